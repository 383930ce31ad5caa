import { describe, expect, it } from 'vitest';
import { DECISION_CASES } from '@/lib/assessment/testing/decision-cases';
import { resultCode } from '@/lib/wizard/result-link';
import { cjkFonts } from './cjk-font';
import { previewText, resultPreview } from './result-preview';

describe('the result preview', () => {
  it('names the verdict and the main items, in the result’s language', () => {
    const founder = previewText('zh', resultCode(DECISION_CASES.wfoeCommunityOut))!;
    expect(founder.verdict).toBe('blocked');
    expect(founder.title).toBe('按目前情况，无法办成');
    expect(founder.items[0]).toContain('ICP备案');
    const brochure = previewText('en', resultCode(DECISION_CASES.brochure))!;
    expect(brochure.verdict).toBe('clear');
    expect(brochure.items.join(' ')).toContain('ICP filing');
    expect(previewText('en', 'not-a-code')).toBeNull();
  });

  it('loads the CJK glyphs it needs from the font package (nothing fetched)', () => {
    const fonts = cjkFonts('按目前情况ICP', 700);
    expect(fonts.length).toBeGreaterThan(1);
    expect(fonts.every((f) => f.data.byteLength > 1000)).toBe(true);
  });

  it('draws two different results as two different images', async () => {
    const a = await resultPreview('zh', resultCode(DECISION_CASES.wfoeCommunityOut)).arrayBuffer();
    const b = await resultPreview('zh', resultCode(DECISION_CASES.brochure)).arrayBuffer();
    expect(Buffer.from(a).subarray(1, 4).toString()).toBe('PNG');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(resultPreview('en', 'nope').status).toBe(404);
  });
});
