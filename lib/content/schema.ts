import { z } from 'zod';

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

const localized = z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict();

export const siteSchema = z
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

export const glossarySchema = z
  .array(
    z
      .object({
        id: kebabId,
        zh: z.string().min(1),
        pinyin: z.string().min(1),
        en: z.string().min(1),
        meaning: localized,
        links: z.array(sitePath).min(1).max(6),
      })
      .strict(),
  )
  .min(1);

export type FaqItem = z.infer<typeof faqSchema>[number];
export type GlossaryTerm = z.infer<typeof glossarySchema>[number];
