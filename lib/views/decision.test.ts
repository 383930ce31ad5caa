import { describe, expect, it } from 'vitest';
import { RULESETS } from '@/lib/assessment/rulesets';
import { DECISION_CASES } from '@/lib/assessment/testing/decision-cases';
import { classify } from '@/lib/assessment';
import { guides } from '@/lib/content/guides';
import { extractHeadings } from '@/lib/content/headings';
import { MESSAGES } from '@/lib/i18n/messages';
import { LOCALES } from '@/lib/i18n/routing';
import { decisionOf } from './decision';

describe('ways forward on the page', () => {
  it('link to a section that exists in the guide, in every locale', () => {
    for (const locale of LOCALES) {
      for (const { id, guide: slug } of RULESETS.flatMap((r) => r.waysForward?.ways ?? [])) {
        const guide = guides.get(locale, slug);
        expect(guide, `${locale} ${slug}`).toBeTruthy();
        const anchor = (MESSAGES[locale].decision.ways as unknown as Record<string, { anchors?: Record<string, string> }>)[id]?.anchors?.[
          slug
        ];
        expect(
          extractHeadings(guide!.body).map((h) => h.id),
          `${locale} ${id}`,
        ).toContain(anchor);
      }
    }
  });

  it('each link opens the changed answers’ own result, in the page’s language', () => {
    const decision = decisionOf('zh', DECISION_CASES.wfoeCommunityOut, classify(DECISION_CASES.wfoeCommunityOut));
    expect(decision.verdict.id).toBe('blocked');
    expect(decision.ways.length).toBeGreaterThan(2);
    for (const way of decision.ways) {
      expect(way.href).toMatch(/^\/zh\/result\/\d+-[0-9a-z]+$/);
      expect(way.guideHref).toMatch(/^\/zh\/guides\/[a-z-]+$/);
    }
    expect(new Set(decision.ways.map((w) => w.href)).size).toBe(decision.ways.length);
  });
});
