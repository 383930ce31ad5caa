// Byte budgets per page kind: deterministic for a given build, so the test command asserts them.
import type { PageBytes } from './bytes';
import { pageType, type PageKind } from './pages';

/** Most gzip bytes of the page's own JavaScript over the framework runtime; null: measured, not judged. */
export const OWN_JS_BUDGETS: Record<PageKind, number | null> = {
  // Content pages are server-rendered HTML: any client component on them is a regression.
  content: 0,
  // The question form (react-hook-form and the answer schema in zod/mini).
  questionnaire: 35_000,
  // The result page: share and copy-link buttons only (issue 12: at most 5 KB).
  result: 5_000,
  // The enquiry form: react-hook-form, the enquiry schema in zod/mini and the server action's client side.
  form: 40_000,
};

/** One line per page over its budget, naming the page, its bytes and the budget. */
export function budgetFailures(results: readonly PageBytes[]): string[] {
  const failures: string[] = [];
  for (const r of results) {
    const kind = pageType(r.page).kind;
    const budget = OWN_JS_BUDGETS[kind];
    if (budget === null || r.ownJs <= budget) continue;
    const chunks = r.ownChunks.map((c) => `${c.file} ${c.gzip} B`).join(', ');
    failures.push(
      `${r.page} (${r.locale}, ${kind} page): ${r.ownJs} bytes of its own JavaScript (gzip) over the framework runtime, budget ${budget} bytes [${chunks}]`,
    );
  }
  return failures;
}
