import * as z from 'zod/mini';
import { LOCALES } from '@/lib/i18n/routing';

// No generated parsers: zod otherwise probes `new Function`, which the site's CSP (no eval) reports (see README).
z.config({ jitless: true });

/**
 * The enquiry form's one schema, used by react-hook-form in the browser and by the server action.
 * Messages are keys under `enquiry.errors` in the locale messages, so each side shows them in its language.
 * zod/mini keeps the browser bundle small; the rules are the same on both sides.
 */

/**
 * Text is normalised before it is checked, stored or sent: NFC; in one-line fields (everything but the message)
 * every line break or tab becomes a space, so a name can never start a second labelled line in the staff e-mail;
 * in the message, line breaks become \n. Other control characters (NUL, which PostgreSQL cannot store, escape,
 * backspace, DEL, C1) are refused with a message naming the field: they are never typed, only pasted or forged.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
export const oneLine = (value: string) => value.normalize('NFC').replace(/[\t\n\r\u2028\u2029]+/g, ' ');
export const messageText = (value: string) => value.normalize('NFC').replace(/\r\n?|[\u2028\u2029]/g, '\n');
/** The refusal of a control character names its field: `nameControl`, `messageControl`, … */
const noControl = (field: string) => z.refine<string>((value) => !CONTROL.test(value), `${field}Control`);
const lineText = (field: string) => z.string().check(z.overwrite(oneLine), z.trim(), noControl(field));
const optionalText = (field: string, max: number, message: string) => lineText(field).check(z.maxLength(max, message));

// One address, as RFC 5322 writes a bare mailbox: nothing a mail program reads as a display name, a second address,
// a comment or a route (no <, >, quotes, commas, parentheses, brackets, semicolons, colons or backslashes).
export const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$/;
const PHONE = /^\+?[0-9 ()-]{6,24}$/;
// WeChat IDs are 6–20 letters, digits, "_" or "-"; older accounts use a phone number, so digits may lead.
const WECHAT = /^[A-Za-z0-9_-]{5,40}$/;

const pattern = (re: RegExp, message: string) => z.refine<string>((value) => value === '' || re.test(value), message);

export const ENQUIRY_FIELDS = ['name', 'company', 'email', 'phone', 'wechat', 'language', 'message', 'consent', 'includeResult'] as const;
export type EnquiryField = (typeof ENQUIRY_FIELDS)[number] | 'contact';

export const enquirySchema = z
  .object({
    name: lineText('name').check(z.minLength(1, 'nameRequired'), z.maxLength(120, 'tooLong')),
    company: optionalText('company', 200, 'tooLong'),
    email: optionalText('email', 254, 'tooLong').check(pattern(EMAIL, 'emailInvalid')),
    phone: optionalText('phone', 24, 'phoneInvalid').check(pattern(PHONE, 'phoneInvalid')),
    wechat: optionalText('wechat', 40, 'wechatInvalid').check(pattern(WECHAT, 'wechatInvalid')),
    language: z.enum(LOCALES, 'languageRequired'),
    message: z
      .string()
      .check(
        z.overwrite(messageText),
        z.trim(),
        noControl('message'),
        z.minLength(1, 'messageRequired'),
        z.maxLength(5000, 'messageTooLong'),
      ),
    consent: z.literal(true, 'consentRequired'),
    includeResult: z.boolean(),
  })
  .check(
    z.refine((value) => [value.email, value.phone, value.wechat].some((v) => typeof v === 'string' && v.trim() !== ''), {
      message: 'contactRequired',
      path: ['contact'],
      // Report a missing way to reach the visitor together with the other fields' errors, not after them.
      when: () => true,
    }),
  );

/** The form's values before validation: what the browser form holds and what a POST is read into. */
export type EnquiryInput = Omit<z.input<typeof enquirySchema>, 'consent' | 'language'> & { consent: boolean; language: string };
export type EnquiryValues = z.output<typeof enquirySchema>;
export type EnquiryErrors = Partial<Record<EnquiryField, string>>;

/** The first error of each field, as message keys; empty when the values are valid. */
export function enquiryErrors(values: unknown): { ok: true; data: EnquiryValues } | { ok: false; errors: EnquiryErrors } {
  const parsed = enquirySchema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: EnquiryErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'contact') as EnquiryField;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Reads the posted form (JavaScript on or off) into the schema's input shape; unknown fields are ignored. */
export function enquiryInputFromForm(form: FormData): EnquiryInput {
  const text = (key: string) => {
    const value = form.get(key);
    return typeof value === 'string' ? value.slice(0, 20_000) : '';
  };
  return {
    name: text('name'),
    company: text('company'),
    email: text('email'),
    phone: text('phone'),
    wechat: text('wechat'),
    language: text('language'),
    message: text('message'),
    consent: form.get('consent') === 'on',
    includeResult: form.get('includeResult') === 'on',
  };
}
