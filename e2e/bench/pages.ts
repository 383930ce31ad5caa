// The pages the benchmark and the byte budgets measure: one representative URL per page type.
import { encodeAnswers, type Answers } from '../../lib/assessment';
import { QUESTIONS } from '../../lib/assessment/questions';
import { LOCALES } from '../../lib/i18n/routing';
import { questionPath, resultHref } from '../../lib/addresses/urls';
import { resultCode } from '../../lib/addresses/result-link';

export const BENCH_LOCALES = LOCALES;
export type BenchLocale = (typeof BENCH_LOCALES)[number];

/** A complete answer set with several obligations, findings and grey areas: a result page of typical size. */
export const RESULT_ANSWERS: Answers = {
  hosting: 'mainland',
  forms: ['website', 'app'],
  operator: 'mainland-company',
  'foreign-share': 'none',
  revenue: ['advertising', 'service-fees'],
  activities: ['community', 'messaging'],
  sectors: ['none'],
  location: 'zhejiang',
  operations: 'several-provinces',
};

export const RESULT_QUERY = encodeAnswers(RESULT_ANSWERS);
/** Its short permanent link's code: what every result page on the site is served at. */
export const RESULT_CODE = resultCode(RESULT_ANSWERS);
/** The first question at its canonical address (where the start button and every question link point). */
const FIRST_QUESTION = questionPath(QUESTIONS[0].id, {});

export type PageKind = 'content' | 'questionnaire' | 'result' | 'form';

export interface PageType {
  /** Short name used in tables, budgets and the JSON file. */
  id: string;
  kind: PageKind;
  /** Path after the locale prefix. */
  path: string;
  /** Whether search engines may index it (question and result pages are noindex). */
  indexable: boolean;
}

/** Every page type, in the order tables list them. */
export const PAGE_TYPES: readonly PageType[] = [
  { id: 'home', kind: 'content', path: '', indexable: true },
  { id: 'categories', kind: 'content', path: '/categories', indexable: true },
  { id: 'category', kind: 'content', path: '/categories/community', indexable: true },
  { id: 'guides', kind: 'content', path: '/guides', indexable: true },
  { id: 'guide', kind: 'content', path: '/guides/filing-or-licence', indexable: true },
  { id: 'faq', kind: 'content', path: '/faq', indexable: true },
  { id: 'glossary', kind: 'content', path: '/glossary', indexable: true },
  { id: 'contact', kind: 'content', path: '/contact', indexable: true },
  { id: 'assessment', kind: 'content', path: '/assessment', indexable: true },
  { id: 'how-it-decides', kind: 'content', path: '/how-it-decides', indexable: true },
  {
    id: 'compare',
    kind: 'content',
    path: `/compare?r=${resultCode(RESULT_ANSWERS)}&r=${resultCode({ ...RESULT_ANSWERS, hosting: 'offshore' })}`,
    indexable: false,
  },
  { id: 'question', kind: 'questionnaire', path: FIRST_QUESTION, indexable: false },
  { id: 'result', kind: 'result', path: `/result/${RESULT_CODE}`, indexable: false },
  { id: 'enquiry', kind: 'form', path: `/enquiry?result=${encodeURIComponent(`/en/result/${RESULT_CODE}`)}`, indexable: false },
];

export function pageType(id: string): PageType {
  const found = PAGE_TYPES.find((p) => p.id === id);
  if (!found) throw new Error(`no page type ${id}`);
  return found;
}

/** The URL path of a page type in a locale. */
export function pagePath(locale: BenchLocale, page: PageType): string {
  return `/${locale}${page.path}`;
}

/** The page types Lighthouse runs on, in both locales (the issue's list). */
export const LIGHTHOUSE_PAGES = ['home', 'category', 'question', 'result'] as const;

/**
 * The page types named by the bench's `--pages` option (comma-separated ids of PAGE_TYPES, e.g. `home,category`),
 * in the order given; all of LIGHTHOUSE_PAGES when the option is absent. An unknown or repeated id is an error
 * that lists the ids there are.
 */
export function lighthousePages(option: string | undefined): string[] {
  if (option === undefined) return [...LIGHTHOUSE_PAGES];
  const ids = option.split(',').map((id) => id.trim());
  const known = PAGE_TYPES.map((p) => p.id);
  for (const [i, id] of ids.entries()) {
    if (!known.includes(id)) throw new Error(`--pages takes page ids of ${known.join(', ')} (comma-separated), not "${id}"`);
    if (ids.indexOf(id) !== i) throw new Error(`--pages names ${id} twice`);
  }
  return ids;
}

/** The targets of the throughput runs: pages in English, the JSON API, and the in-memory baseline. */
export const HTTP_TARGETS = [
  { id: 'home', path: '/en' },
  { id: 'category', path: '/en/categories/community' },
  { id: 'question', path: `/en${FIRST_QUESTION}` },
  { id: 'result', path: `/en/result/${RESULT_CODE}` },
  { id: 'api', path: `/api/assessment/${RESULT_CODE}` },
] as const;

/** The address of the result page of `answers` (its short permanent link), for the run of distinct, uncached result pages. */
export function distinctResultPath(answers: Answers): string {
  return resultHref('en', answers);
}
