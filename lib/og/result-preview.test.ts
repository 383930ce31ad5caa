import { describe, expect, it } from 'vitest';
import { DECISION_CASES } from '@/lib/assessment/testing/decision-cases';
import { resultCode } from '@/lib/addresses/result-link';
import { MESSAGES } from '@/lib/i18n/messages';
import { cjkFonts } from './cjk-font';
import { previewText, resultPreview } from './result-preview';

describe('the result preview', () => {
  it('names the verdict and the main items, in the result’s language', () => {
    const founder = previewText('zh', resultCode(DECISION_CASES.wfoeCommunityOut))!;
    expect(founder.verdict).toBe('blocked');
    // The verdict by its one name, the same words the result page and the inbox use.
    expect(founder.title).toBe(MESSAGES.zh.assessment.verdicts.blocked.label);
    // Why, in one sentence, and the items under a heading of their own: never "cannot be done" followed by the permits.
    expect(founder.why).toContain('外资比例超过了所需许可证的上限');
    expect(founder.itemsTitle).toBe(MESSAGES.zh.decision.glanceTitleBlocked);
    expect(founder.items[0]).toContain('ICP备案');
    const english = previewText('en', resultCode(DECISION_CASES.saasChatOut))!;
    expect(english.title).toBe('Not possible as described');
    expect(english.why).toBe(
      'Something the service needs cannot be held by this operator as described: foreign shareholding is over the cap for a licence the service needs.',
    );
    expect(english.itemsTitle).toBe('What the service would need');
    const brochure = previewText('en', resultCode(DECISION_CASES.brochure))!;
    expect(brochure.verdict).toBe('clear');
    expect(brochure.items.join(' ')).toContain('ICP filing');
    expect(previewText('en', 'not-a-code')).toBeNull();
  });

  it('loads the CJK glyphs it needs from the font package (nothing fetched)', () => {
    const fonts = cjkFonts('按目前情况ICP', 700);
    expect(fonts.length).toBeGreaterThan(1);
    expect(fonts.every((f) => f.data.byteLength > 1000)).toBe(true);
    // The same data object every time: the renderer parses a font once per object, so once per process, not per image.
    const again = cjkFonts('情况', 700);
    for (const font of again) expect(font.data).toBe(fonts.find((f) => f.name === font.name)!.data);
  });

  it('draws two different results as two different images', async () => {
    const a = await resultPreview('zh', resultCode(DECISION_CASES.wfoeCommunityOut)).arrayBuffer();
    const b = await resultPreview('zh', resultCode(DECISION_CASES.brochure)).arrayBuffer();
    expect(Buffer.from(a).subarray(1, 4).toString()).toBe('PNG');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(resultPreview('en', 'nope').status).toBe(404);
  });
});
