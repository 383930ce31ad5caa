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

export const sourceSchema = z.object({
  /** How the source is named on the page, in the page's language. */
  title: z.string().min(3),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  /** primary = the instrument itself or an official reproduction; secondary = law firm, state media, cloud provider; agency = consultancy page. */
  kind: z.enum(['primary', 'secondary', 'agency']),
  note: z.string().optional(),
});

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
    sources: z.array(sourceSchema).min(1),
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
    sources: z.array(sourceSchema).min(1),
  })
  .strict();

/** A text given once per locale: an object with exactly one non-empty string for each of `locales`. */
export function localizedSchema<L extends string>(locales: readonly L[]) {
  return z.object(Object.fromEntries(locales.map((locale) => [locale, z.string().min(1)])) as Record<L, z.ZodString>).strict();
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
      /** What the enquiry form promises: how long enquiries are kept, and how soon the consultancy replies. */
      enquiries: z
        .object({
          /** Enquiries older than this are deleted by `npm run enquiries -- purge`; the consent note states it. */
          retentionDays: z.int().min(1).max(3650),
          /** Working days within which a reply is promised on the confirmation page. */
          replyWithinWorkingDays: z.int().min(1).max(30),
        })
        .strict(),
      /** True while the file still holds the example values shipped with the repository. */
      example: z.boolean().default(false),
    })
    .strict();
}

export const siteSchema = siteSchemaFor(LOCALES);

export type Source = z.infer<typeof sourceSchema>;
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
