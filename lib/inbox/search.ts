/**
 * The queue's search: one lower-cased NFKC text per enquiry (reference, name, company, e-mail, phone, the phone's
 * digits, WeChat id, message), written with the enquiry (lib/enquiries/store/derived.ts), and each search term
 * looked for in it. Folding in JavaScript rather than SQL makes both databases agree (SQLite's LOWER() knows only
 * ASCII), treats full-width letters as their ASCII forms, and leaves Chinese as it is.
 */
export type Searchable = {
  reference: string;
  name: string;
  company: string;
  email: string;
  phone: string;
  wechat: string;
  message: string;
};

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/** The text an enquiry is searched in. */
export function searchTextOf(e: Searchable): string {
  return fold([e.reference, e.name, e.company, e.email, e.phone, e.phone.replace(/\D/g, ''), e.wechat, e.message].join('\n'));
}

const PHONE_LIKE = /^\+?[\d\s().-]+$/;
export const MAX_SEARCH_TERMS = 8;

/**
 * What a query looks for, every term in the same enquiry: words split at spaces, or, for something that reads as a
 * phone number ("+86 138-0000 0000"), its digits alone, so it matches however the visitor wrote the number.
 */
export function searchTerms(query: string): string[] {
  const q = fold(query).trim();
  if (q === '') return [];
  const digits = q.replace(/\D/g, '');
  if (PHONE_LIKE.test(q) && digits.length >= 5) return [digits];
  return [...new Set(q.split(/\s+/))].slice(0, MAX_SEARCH_TERMS);
}

/** A term as a LIKE pattern, its wildcards (and the escape character) escaped with `\`. */
export const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
