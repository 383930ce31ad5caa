import { describe, expect, it } from 'vitest';
import { checkContent } from './check';

describe('content check', () => {
  it('passes on the shipped content', async () => {
    const report = await checkContent({ today: new Date('2026-11-28T00:00:00Z') });
    expect(report.errors).toEqual([]);
    expect(report.checked).toBeGreaterThan(20);
  }, 30_000);

  it('warns, without failing, when a page was last reviewed longer ago than the configured age', async () => {
    const report = await checkContent({ maxAgeDays: 180, today: new Date('2028-01-01T00:00:00Z') });
    expect(report.errors).toEqual([]);
    expect(
      report.warnings.some((w) =>
        /content\/en\/guides\/filing-or-licence\.mdx: last reviewed \d{4}-\d{2}-\d{2}, \d+ days ago \(limit 180\)/.test(w),
      ),
    ).toBe(true);
  }, 30_000);
});
