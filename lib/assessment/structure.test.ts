import { describe, expect, it } from 'vitest';
import en from '@/lib/i18n/messages/en/assessment.json';
import zh from '@/lib/i18n/messages/zh/assessment.json';
import { classify } from './classify';
import { questionsRead } from './condition';
import { askedQuestions } from './flow';
import fc from 'fast-check';
import { CURRENT_RULESET, RULESETS } from './rulesets';
import { FIXTURE_SEED } from './rulesets/fixture';
import { completeAnswersFor } from './testing/arbitraries';
import { complete } from './testing/v3-cases';
import { TABLE } from './testing/v3-table';
import { getSourceTable } from '@/lib/content/sources';

// The classifier reads no file: its sources are data the site reads (content/sources.yaml), checked here against it.
const SOURCES = Object.fromEntries(getSourceTable());
import { VERDICT_IDS } from './verdict';
import { B25_ITEMS, FINDING_IDS, GREY_AREA_IDS, OBLIGATION_IDS, OTHER_VATS_CODES, type Answers, type Condition } from './types';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
function lookup(messages: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (o, part) => (o !== null && typeof o === 'object' && Object.hasOwn(o, part) ? (o as Record<string, unknown>)[part] : undefined),
      messages,
    );
}

/** Every id that needs copy, as a message path. */
const REQUIRED_KEYS = [...RULESETS.flatMap((ruleset) => requiredKeys(ruleset))];
const MAINLAND_VALUE = 'mainland';

function requiredKeys({ questions, rules, nextSteps: NEXT_STEPS }: (typeof RULESETS)[number]): string[] {
  return [
    ...questions.flatMap((q) => [
      `questions.${q.id}.title`,
      `questions.${q.id}.hint`,
      ...(q.kind === 'yesno' ? ['yes', 'no'] : (q.options ?? []).map((o) => o.id)).map((o) => `questions.${q.id}.options.${o}.label`),
    ]),
    ...OBLIGATION_IDS.flatMap((id) => ['label', 'authority', 'summary'].map((f) => `obligations.${id}.${f}`)),
    ...B25_ITEMS.map((id) => `subItems.${id}`),
    ...OTHER_VATS_CODES.map((id) => `codes.${id}`),
    ...FINDING_IDS.flatMap((id) => [`findings.${id}.label`, `findings.${id}.summary`]),
    ...GREY_AREA_IDS.flatMap((id) => [`greyAreas.${id}.label`, `greyAreas.${id}.summary`]),
    ...rules.map((r) => `rules.${r.id}`),
    ...NEXT_STEPS.map((s) => `nextSteps.${s.id}`),
    ...VERDICT_IDS.map((id) => `verdicts.${id}.label`),
  ];
}

// Frozen versions are pinned by their fixtures (rulesets/frozen.test.ts); the structure of the current one is checked here.
describe.each([[CURRENT_RULESET.version, CURRENT_RULESET] as const])('ruleset version %s', (_, ruleset) => {
  const questions = ruleset.questions;
  const rules = ruleset.rules;
  const NEXT_STEPS = ruleset.nextSteps;
  const isMainland = (c: Condition) => 'in' in c && c.q === 'hosting' && c.in.includes(MAINLAND_VALUE) && !c.in.includes('offshore');
  // What the rule table's cases and a seeded sample of random complete answer sets reach: the questions asked, the
  // rules fired, the outcomes and next steps produced.
  const STATS = (() => {
    const reached = new Set<string>();
    const fired = new Set<string>();
    const seen = new Set<string>();
    let longest = 0;
    const visit = (a: Answers) => {
      const asked = askedQuestions(a, ruleset);
      longest = Math.max(longest, asked.length);
      asked.forEach((q) => reached.add(q.id));
      const c = classify(a, ruleset);
      for (const o of [...c.obligations, ...c.notNeeded, ...c.findings, ...c.greyAreas]) o.because.forEach((r) => fired.add(r.ruleId));
      for (const o of c.obligations) {
        seen.add(`obligation:${o.id}`);
        o.subItems.forEach((s) => seen.add(`subItem:${s}`));
        o.codes.forEach((s) => seen.add(`code:${s}`));
      }
      c.findings.forEach((f) => seen.add(`finding:${f.id}`));
      c.greyAreas.forEach((g) => seen.add(`grey:${g.id}`));
      c.nextSteps.forEach((s) => seen.add(`step:${s}`));
    };
    for (const row of Object.values(TABLE)) for (const overrides of [...row.fires, ...row.not]) visit(complete(overrides));
    for (const a of fc.sample(completeAnswersFor(ruleset), { numRuns: 3000, seed: FIXTURE_SEED })) visit(a);
    return { reached, fired, seen, longest };
  })();

  describe('questions', () => {
    it('question ids and option ids are unique', () => {
      const ids = questions.map((q) => q.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const q of questions) {
        const options = (q.options ?? []).map((o) => o.id);
        expect(new Set(options).size, q.id).toBe(options.length);
        expect(q.id).not.toBe('v');
        if (q.kind === 'single' || q.kind === 'multi') expect(options.length, q.id).toBeGreaterThan(1);
        expect((q.options ?? []).filter((o) => o.exclusive).length, q.id).toBeLessThanOrEqual(1);
      }
    });

    it('ids are URL-safe and contain no commas', () => {
      for (const q of questions) {
        expect(q.id).toMatch(/^[a-z0-9-]+$/);
        for (const o of q.options ?? []) expect(o.id).toMatch(/^[a-z0-9-]+$/);
      }
    });

    it('a question is asked only on what earlier questions answered', () => {
      questions.forEach((q, i) => {
        if (!q.when) return;
        for (const read of questionsRead(q.when, ruleset))
          expect(
            questions.findIndex((p) => p.id === read),
            `${q.id} reads ${read}`,
          ).toBeLessThan(i);
      });
    });

    it('no path asks more than 14 questions (the follow-ups on place, pilot and investors are asked only where they matter)', () => {
      expect(STATS.longest).toBeLessThanOrEqual(14);
    });

    it('every question is reachable by some answer set', () => {
      const reached = STATS.reached;
      expect(questions.map((q) => q.id).filter((id) => !reached.has(id))).toEqual([]);
    });

    it('where the company operates is asked of a company exactly when some telecom licence is needed', () => {
      const operations = questions.find((q) => q.id === 'operations')!;
      expect(operations.when).toEqual({ all: [{ q: 'operator', is: 'mainland-company' }, ruleset.needsLicence] });
    });
  });

  describe('rules', () => {
    it('rule ids are unique and every rule cites a known source', () => {
      const ids = rules.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const r of rules) {
        expect(r.citations.length, r.id).toBeGreaterThan(0);
        for (const c of r.citations) expect(Object.hasOwn(SOURCES, c.source), `${r.id} cites ${c.source}`).toBe(true);
        for (const q of questionsRead(r.when, ruleset))
          expect(
            questions.some((x) => x.id === q),
            `${r.id} reads ${q}`,
          ).toBe(true);
      }
    });

    it('rules only name options that exist', () => {
      const check = (c: Condition, where: string): void => {
        if ('all' in c) return c.all.forEach((x) => check(x, where));
        if ('any' in c) return c.any.forEach((x) => check(x, where));
        if ('not' in c) return check(c.not, where);
        const q = questions.find((x) => x.id === c.q)!;
        const options = q.kind === 'yesno' ? [] : (q.options ?? []).map((o) => o.id);
        const named =
          'is' in c && typeof c.is === 'string'
            ? [c.is]
            : 'in' in c
              ? c.in
              : 'includes' in c
                ? [c.includes]
                : 'includesAny' in c
                  ? c.includesAny
                  : [];
        for (const n of named) expect(options, `${where}: ${c.q}=${n}`).toContain(n);
        if ('is' in c && typeof c.is === 'boolean') expect(q.kind, where).toBe('yesno');
      };
      for (const r of rules) check(r.when, r.id);
      for (const q of questions) if (q.when) check(q.when, q.id);
    });

    it('every telecom licence and the website filings need mainland hosting', () => {
      const mainlandOnly = ['icp-filing', 'psb-filing', 'icp-licence', 'edi-licence', 'sp-licence', 'vats-other'];
      for (const r of rules) {
        if (r.produces.kind !== 'obligation' || !mainlandOnly.includes(r.produces.id)) continue;
        const when = r.when;
        const requiresMainland = 'all' in when && when.all.some((c) => isMainland(c) || ('all' in c && c.all.some(isMainland)));
        expect(requiresMainland, r.id).toBe(true);
      }
    });

    it('every rule can fire', () => {
      const fired = STATS.fired;
      // Rules that need two options of one question at once are covered by rules.test.ts; none today.
      expect(rules.map((r) => r.id).filter((id) => !fired.has(id))).toEqual([]);
    });

    it('every obligation, finding, grey area, sub-item, code and next step is reachable', () => {
      const seen = STATS.seen;
      /** Ids deliberately never produced, with the reason. None today. */
      const NOT_PRODUCED: Record<string, string> = {};
      // Ids added in a later version are not produced by an earlier one: check those the version's rules produce.
      const kind = { obligation: 'obligation', 'not-needed': 'obligation', finding: 'finding', grey: 'grey' } as const;
      const produced = new Set(rules.map((r) => `${kind[r.produces.kind]}:${r.produces.id}`));
      const all = [
        ...OBLIGATION_IDS.map((id) => `obligation:${id}`),
        ...B25_ITEMS.map((id) => `subItem:${id}`),
        ...OTHER_VATS_CODES.map((id) => `code:${id}`),
        ...FINDING_IDS.map((id) => `finding:${id}`),
        ...GREY_AREA_IDS.map((id) => `grey:${id}`),
      ].filter((id) => !/^(obligation|finding|grey):/.test(id) || produced.has(id));
      all.push(...NEXT_STEPS.map((s) => `step:${s.id}`));
      expect(all).toContain('grey:self-operated-shop');
      expect(all.filter((id) => !seen.has(id) && !Object.hasOwn(NOT_PRODUCED, id))).toEqual([]);
    });

    it('next steps are unique and the last one always applies', () => {
      const ids = NEXT_STEPS.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(NEXT_STEPS.at(-1)?.when).toEqual({ always: true });
    });
  });

  describe('sources', () => {
    it('every source the rules cite has both names, a kind and a last-checked date (content/sources.yaml)', () => {
      const cited = new Set(rules.flatMap((r) => r.citations.map((c) => c.source)));
      for (const id of cited) {
        const s = SOURCES[id];
        expect(s, id).toBeDefined();
        expect(s!.nameZh.length).toBeGreaterThan(0);
        expect(s!.nameEn.length).toBeGreaterThan(0);
        expect(['official', 'reproduction', 'commentary']).toContain(s!.kind);
        expect(s!.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    });
  });
});

describe('messages', () => {
  it('every id has copy in both locales', () => {
    for (const [name, messages] of [
      ['en', en],
      ['zh', zh],
    ] as const) {
      const missing = REQUIRED_KEYS.filter((k) => {
        const v = lookup(messages, k);
        return typeof v !== 'string' || v.trim() === '';
      });
      expect(missing, `missing in ${name}`).toEqual([]);
    }
  });

  it('the two locales have identical key sets, and no stray copy', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
    const known = new Set(REQUIRED_KEYS);
    const stray = keys(en).filter((k) => !known.has(k) && !/^questions\.[^.]+\.options\.[^.]+\.hint$/.test(k));
    expect(stray).toEqual([]);
    for (const k of keys(en).filter((k) => k.endsWith('.hint') && k.includes('.options.'))) {
      const [, q, , o] = k.split('.');
      expect(REQUIRED_KEYS, k).toContain(`questions.${q}.options.${o}.label`);
    }
  });

  it('copy is valid ICU without placeholders: no braces, typographic apostrophes', () => {
    for (const messages of [en, zh]) {
      for (const k of keys(messages)) {
        const v = String(lookup(messages, k));
        expect(v, k).not.toMatch(/[{}']/);
      }
    }
  });

  it('Chinese copy uses full-width punctuation', () => {
    for (const k of keys(zh)) {
      const v = String(lookup(zh, k));
      // ASCII , ; : ? ! ( ) next to a Chinese character.
      expect(v, k).not.toMatch(/[\u4e00-\u9fff][,;:?!()]|[,;:?!()][\u4e00-\u9fff]/);
    }
  });
});
