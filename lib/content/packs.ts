import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { OBLIGATION_IDS, type ObligationId } from '@/lib/assessment/types';
import type { Locale } from '@/lib/i18n/routing';
import { parseYamlFile } from './frontmatter';
import { CONTENT_ROOT, displayPath } from './paths';
import { PORTAL_IDS, PORTALS, type Portal, type PortalId } from './portals';
import { isoDate, sourceRefSchema } from './schema';
import { resolveSources, type CitedSource } from './sources';

const line = z.string().min(3);
/** A statement with the sources it rests on. */
const sourced = z.object({ text: line, sources: z.array(sourceRefSchema).min(1) }).strict();
/** What practice reports: with its sources, or (agencies' figures, which the source table does not hold) saying so in its text. */
const reported = z.object({ text: line, sources: z.array(sourceRefSchema).default([]) }).strict();

/**
 * A permit pack: what one obligation is, who issues it, where one applies (the channel in words, and the official
 * portals of lib/content/portals.ts where the brief gives one), what to prepare, how long (the statutory limit and
 * what practice reports, each with its source), fees, validity, duties after, common rejection reasons, sources.
 */
export const packSchema = z
  .object({
    obligation: z.enum(OBLIGATION_IDS),
    lastReviewed: isoDate,
    /** What it is, in two or three sentences. */
    what: line,
    /** Who may hold it, where the rules limit that (ownership, kind of applicant). */
    holders: line.optional(),
    issuer: line,
    apply: z.object({ channel: line, portals: z.array(z.enum(PORTAL_IDS)).default([]) }).strict(),
    prepare: z.array(line).min(1),
    /** The official time limit, or what the sources say about it. */
    timeLimit: sourced,
    /** What practice reports, where it differs from the rule. */
    practice: reported.optional(),
    /** Government fees and money the rules ask for; "none named" only where that is what the sources say. */
    fees: line,
    validity: line,
    after: z.array(line).min(1),
    /** Common reasons an application or filing is refused. */
    rejections: z.array(line).optional(),
    sources: z.array(sourceRefSchema).min(1),
  })
  .strict();
export const packsSchema = z.array(packSchema).min(1);

type PackData = z.infer<typeof packSchema>;
type Sourced = { text: string; cited: CitedSource[] };

/** A pack with its sources resolved against content/sources.yaml and its portals against the portal table. */
export type Pack = Omit<PackData, 'timeLimit' | 'practice'> & {
  timeLimit: Sourced;
  practice?: Sourced;
  portals: (Portal & { id: PortalId })[];
  cited: CitedSource[];
};

const cache = new Map<string, Pack[]>();

/** The permit packs of a locale, `content/<locale>/packs.yaml`, validated; empty when the file does not exist. */
export function getPacks(locale: Locale, root: string = CONTENT_ROOT): Pack[] {
  const key = `${root}:${locale}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const file = path.join(root, locale, 'packs.yaml');
  const where = displayPath(file);
  const resolve = (s: { text: string; sources: PackData['sources'] }): Sourced => ({
    text: s.text,
    cited: resolveSources(s.sources, where, root),
  });
  const packs = fs.existsSync(file)
    ? parseYamlFile(fs.readFileSync(file, 'utf8'), packsSchema, where).map(({ practice, ...p }): Pack => ({
        ...p,
        timeLimit: resolve(p.timeLimit),
        ...(practice && { practice: resolve(practice) }),
        portals: p.apply.portals.map((id) => ({ id, ...PORTALS[id] })),
        cited: resolveSources(p.sources, where, root),
      }))
    : [];
  cache.set(key, packs);
  return packs;
}

/** The pack of an obligation, if any. */
export function packFor(locale: Locale, obligation: ObligationId): Pack | undefined {
  return getPacks(locale).find((p) => p.obligation === obligation);
}

/** Every source a pack cites (its list, the time limit's and practice's), once each. */
export function packSources(pack: Pack): CitedSource[] {
  const all = [...pack.cited, ...pack.timeLimit.cited, ...(pack.practice?.cited ?? [])];
  return all.filter((s, i) => all.findIndex((o) => o.entry.id === s.entry.id) === i);
}

/** Problems with the packs of every locale: one pack per obligation, every obligation covered, in the same order. */
export function packProblems(byLocale: Readonly<Record<string, readonly Pack[]>>): string[] {
  const problems: string[] = [];
  for (const [locale, packs] of Object.entries(byLocale)) {
    const ids = packs.map((p) => p.obligation);
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    for (const id of new Set(twice)) problems.push(`content/${locale}/packs.yaml: obligation "${id}" has two packs`);
    for (const id of OBLIGATION_IDS.filter((o) => !ids.includes(o)))
      problems.push(`content/${locale}/packs.yaml: obligation "${id}" has no pack (every obligation has a permit page)`);
  }
  const shapes = Object.entries(byLocale).map(([locale, packs]) => [locale, packs.map((p) => p.obligation).join()] as const);
  for (const [locale, shape] of shapes.slice(1))
    if (shape !== shapes[0]![1])
      problems.push(
        `content/${locale}/packs.yaml: must list the same obligations in the same order as content/${shapes[0]![0]}/packs.yaml`,
      );
  return problems;
}
