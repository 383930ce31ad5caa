import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { OBLIGATION_IDS, type ObligationId } from '@/lib/assessment/types';
import type { Locale } from '@/lib/i18n/routing';
import { parseYamlFile } from './frontmatter';
import { CONTENT_ROOT, displayPath } from './paths';
import { isoDate, sourceRefSchema } from './schema';
import { resolveSources, type CitedSource } from './sources';

const line = z.string().min(3);

/** An application pack: how to obtain one or more obligations, and what follows (icp-brief §3.4–§4.4). */
export const packSchema = z
  .object({
    obligations: z.array(z.enum(OBLIGATION_IDS)).min(1),
    lastReviewed: isoDate,
    issuer: line,
    where: line,
    prepare: z.array(line).min(1),
    /** The official time limit, or a statement that the sources give none. */
    timeLimit: line,
    /** What practice reports, where it differs from the rule. */
    practice: line.optional(),
    /** Government fees; "none" only where a source says so. */
    fees: line,
    validity: line,
    after: z.array(line).min(1),
    /** Common reasons an application is rejected (filings). */
    rejections: z.array(line).optional(),
    sources: z.array(sourceRefSchema).min(1),
  })
  .strict();
export const packsSchema = z.array(packSchema).min(1);
/** A pack with its sources resolved against content/sources.yaml. */
export type Pack = z.infer<typeof packSchema> & { cited: CitedSource[] };

const cache = new Map<string, Pack[]>();

/** The application packs of a locale, `content/<locale>/packs.yaml`, validated; empty when the file does not exist. */
export function getPacks(locale: Locale, root: string = CONTENT_ROOT): Pack[] {
  const key = `${root}:${locale}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const file = path.join(root, locale, 'packs.yaml');
  const packs = fs.existsSync(file)
    ? parseYamlFile(fs.readFileSync(file, 'utf8'), packsSchema, displayPath(file)).map((p) => ({
        ...p,
        cited: resolveSources(p.sources, displayPath(file), root),
      }))
    : [];
  cache.set(key, packs);
  return packs;
}

/** The pack that covers an obligation, if any. */
export function packFor(locale: Locale, obligation: ObligationId): Pack | undefined {
  return getPacks(locale).find((p) => p.obligations.includes(obligation));
}

/** Problems with the packs of every locale: the same obligations in the same order, none covered twice. */
export function packProblems(byLocale: Readonly<Record<string, readonly Pack[]>>): string[] {
  const problems: string[] = [];
  const shapes = Object.entries(byLocale).map(([locale, packs]) => [locale, JSON.stringify(packs.map((p) => p.obligations))] as const);
  for (const [locale, shape] of shapes.slice(1))
    if (shape !== shapes[0]![1])
      problems.push(
        `content/${locale}/packs.yaml: must cover the same obligations in the same order as content/${shapes[0]![0]}/packs.yaml`,
      );
  for (const [locale, packs] of Object.entries(byLocale)) {
    const seen = new Set<string>();
    for (const id of packs.flatMap((p) => p.obligations)) {
      if (seen.has(id)) problems.push(`content/${locale}/packs.yaml: obligation "${id}" has two packs`);
      seen.add(id);
    }
  }
  return problems;
}
