import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/routing';

/** A calendar date written YYYY-MM-DD that is a real date. */
export const isoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'is not a real calendar date',
  );

const localizedText = z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict();
const sourceId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a source id in lowercase-kebab-case, e.g. order-292');

/** What the reader gets behind a source's link (content/sources.yaml explains each kind). */
export const SOURCE_KINDS = ['official', 'reproduction', 'commentary'] as const;

/**
 * How sure the team is of an address (icp-brief confidence tags): high = confirmed (the page seen, or several
 * independent reputable sources agree); medium = as cited by several secondary sources, not opened; low = as cited by
 * one source, not opened.
 */
export const ADDRESS_CONFIDENCES = ['high', 'medium', 'low'] as const;

/** Why a commentary has no date: a maintained documentation page, or an article whose date was not recorded. */
export const UNDATED_REASONS = ['maintained', 'not-recorded'] as const;

/** A publication date that may be known only to the year or month: YYYY, YYYY-MM or YYYY-MM-DD (quote it in YAML). */
export const partialDate = z
  .string({ error: 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY, in quotes' })
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY')
  .refine((s) => {
    const [y, m = '01', d = '01'] = s.split('-');
    const iso = `${y}-${m}-${d}`;
    return !Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);
  }, 'is not a real calendar date');

const confidence = z.enum(ADDRESS_CONFIDENCES, { error: 'must be high, medium or low (the confidence of the address)' });
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** One entry of content/sources.yaml: an instrument or a commentary, cited by rules and pages by its id. */
export const sourceEntrySchema = z
  .object({
    id: sourceId,
    nameEn: z.string().min(3),
    nameZh: z.string().min(2),
    kind: z.enum(SOURCE_KINDS),
    /** The authority that issued the instrument, or the firm, provider or publication that wrote the commentary. */
    issuer: localizedText.optional(),
    /** The official document number, e.g. 国务院令第292号. */
    number: localizedText.optional(),
    /** The date of the instrument (adopted or issued) or of the publication; a commentary may give only year or month. */
    date: partialDate.optional(),
    /** When an instrument took effect. */
    effective: isoDate.optional(),
    /** Where the official text is published, when the link is not it (or there is no link). */
    publishedIn: localizedText.optional(),
    /** The address: for an official text, its official publisher's page (in Chinese). */
    url: httpUrl.optional(),
    /** How sure the team is of `url` (required with it): the brief's confidence in the address. */
    confidence: confidence.optional(),
    /** A translation of the text, shown as a second link: where it is, who made it, how sure the address is. */
    translation: z.object({ url: httpUrl, by: localizedText, confidence }).strict().optional(),
    /** A commentary without a date says why: a maintained documentation page, or a date not recorded. */
    undated: z.enum(UNDATED_REASONS).optional(),
    lastChecked: isoDate,
  })
  .strict()
  .superRefine((s, ctx) => {
    const fail = (message: string, path: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
    if (s.kind !== 'commentary' && !s.issuer) fail('an official text or reproduction names its issuer', 'issuer');
    if (s.kind === 'commentary' && !s.url) fail('a commentary needs a url', 'url');
    if (s.url && !s.confidence) fail('an address carries its confidence (high, medium or low)', 'confidence');
    if (!s.url && s.confidence) fail('a confidence belongs to an address: this entry has no url', 'confidence');
    if (s.kind === 'commentary' && !s.date && !s.undated)
      fail('a commentary shows its date, or says why it has none (undated: maintained or not-recorded)', 'date');
    if (s.date && s.undated) fail('an entry with a date is not undated', 'undated');
    if (s.kind === 'reproduction' && !(s.url && s.publishedIn))
      fail('a reproduction needs a url and publishedIn (where the official text is published)', 'publishedIn');
    if (s.kind === 'official' && !s.url && !s.publishedIn)
      fail('an official text without a url names where it is published (publishedIn)', 'publishedIn');
    if (s.kind === 'official' && s.url && !isOfficialHost(new URL(s.url).hostname))
      fail('an official link must be on an official publisher (gov.cn or a subdomain); otherwise use kind: reproduction', 'url');
  });

/** gov.cn and its subdomains (www.gov.cn, miit.gov.cn, cac.gov.cn, ndrc.gov.cn, a provincial bureau ...). */
export function isOfficialHost(host: string): boolean {
  return host === 'gov.cn' || host.endsWith('.gov.cn');
}

export const sourceTableSchema = z
  .array(sourceEntrySchema)
  .min(1)
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((entry, i) => {
      if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', message: `duplicate source id ${entry.id}`, path: [i, 'id'] });
      seen.add(entry.id);
    });
  });

/** A page cites a source of the table by id, optionally with an article or section and a note in the page's language. */
export const sourceRefSchema = z.union([
  sourceId,
  z
    .object({
      id: sourceId,
      article: z.string().min(1).optional(),
      note: z.string().optional(),
    })
    .strict(),
]);

export const categoryMetaSchema = z
  .object({
    /** The page title in the page's language. */
    title: z.string().min(3),
    /** Official name in the 2015 Catalogue, in Chinese. */
    nameZh: z.string().min(2),
    /** English rendering of the official name. */
    nameEn: z.string().min(3),
    /** Position in the Catalogue, e.g. "B25 · 1". */
    code: z.string().min(2),
    /** Order among the five sub-categories (1–5, as in the Catalogue). */
    order: z.number().int().min(1).max(5),
    /** One or two sentences for cards and the meta description. */
    summary: z.string().min(20).max(320),
    lastReviewed: isoDate,
    sources: z.array(sourceRefSchema).min(1),
  })
  .strict();

export const guideMetaSchema = z
  .object({
    title: z.string().min(3),
    summary: z.string().min(20).max(320),
    order: z.number().int().min(1),
    lastReviewed: isoDate,
    related: z
      .object({
        categories: z.array(z.string()).default([]),
        guides: z.array(z.string()).default([]),
      })
      .strict()
      .default({ categories: [], guides: [] }),
    sources: z.array(sourceRefSchema).min(1),
  })
  .strict();

/** A text given once per locale: an object with exactly one non-empty string for each of `locales`. */
export function localizedSchema<L extends string>(locales: readonly L[]) {
  return z.object(Object.fromEntries(locales.map((locale) => [locale, z.string().min(1)])) as Record<L, z.ZodString>).strict();
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** content/site.yaml, for a list of locales (the site's own: `siteSchema`). */
export function siteSchemaFor<L extends string>(locales: readonly L[]) {
  const localized = localizedSchema(locales);
  return z
    .object({
      name: localized,
      /** Public base URL used for canonical links and the sitemap; the SITE_URL environment variable overrides it. */
      siteUrl: z.url({ protocol: /^https?$/ }),
      phone: z.string().regex(/^\+?[0-9 ()-]{6,24}$/, 'must be a phone number such as +86 10 5555 0100'),
      email: z.email(),
      wechat: z.string().min(3),
      address: localized,
      officeHours: localized,
      /** The office's IANA time zone: the inbox shows times in it and counts reply times in its working days. */
      officeTimeZone: z.string().refine(isTimeZone, 'must be an IANA time zone such as Asia/Shanghai').default('Asia/Shanghai'),
      /** What the enquiry form promises: how long enquiries are kept, and how soon the consultancy replies. */
      enquiries: z
        .object({
          /** Enquiries older than this are deleted by `npm run enquiries -- purge`; the consent note states it. */
          retentionDays: z.int().min(1).max(3650),
          /** Working days within which a reply is promised on the confirmation page. */
          replyWithinWorkingDays: z.int().min(1).max(30),
        })
        .strict(),
      /** The "About us" page: who the consultancy is, what it handles, how a consultation works, who reviews the content. */
      about: z
        .object({
          summary: localized,
          /** The licences and registrations the consultancy handles, each with an optional line of detail. */
          services: z.array(z.object({ name: localized, detail: localized.optional() }).strict()).min(1),
          /** The steps of a consultation, in order. */
          consultation: z.array(localized).min(1),
          /** Who reviews the legal content; named on every guide's and category page's "last reviewed" line. */
          reviewer: z.object({ name: localized, qualification: localized }).strict().optional(),
        })
        .strict()
        .optional(),
      /** True while the file still holds the example values shipped with the repository. */
      example: z.boolean().default(false),
    })
    .strict();
}

export const siteSchema = siteSchemaFor(LOCALES);

export type SourceEntryData = z.infer<typeof sourceEntrySchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type CategoryMeta = z.infer<typeof categoryMetaSchema>;
export type GuideMeta = z.infer<typeof guideMetaSchema>;
export type Site = z.infer<typeof siteSchema>;

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase-kebab-case, e.g. icp-filing');
const sitePath = z.string().regex(/^\/[a-z0-9/#-]*$/, 'must be a site path without the locale, e.g. /guides/filing-or-licence');

export const faqSchema = z
  .array(
    z
      .object({
        id: kebabId,
        question: z.string().min(5),
        answer: z.string().min(20),
        /** The slug of the guide that explains the answer in depth. */
        guide: kebabId,
      })
      .strict(),
  )
  .min(1);

/** content/glossary.yaml, for a list of locales (the site's own: `glossarySchema`). */
export function glossarySchemaFor<L extends string>(locales: readonly L[]) {
  return z
    .array(
      z
        .object({
          id: kebabId,
          // The term itself, in Chinese with its pinyin, and its usual English rendering: the languages are the subject.
          zh: z.string().min(1),
          pinyin: z.string().min(1),
          en: z.string().min(1),
          meaning: localizedSchema(locales),
          links: z.array(sitePath).min(1).max(6),
        })
        .strict(),
    )
    .min(1);
}

export const glossarySchema = glossarySchemaFor(LOCALES);

export type FaqItem = z.infer<typeof faqSchema>[number];
export type GlossaryTerm = z.infer<typeof glossarySchema>[number];
