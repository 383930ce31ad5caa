import { QUESTIONS } from '@/lib/assessment/questions';
import { OBLIGATION_IDS } from '@/lib/assessment/types';
import { RESULT_CODE_PATTERN } from '@/lib/assessment/result-code';
import { contentSlugs } from '@/lib/content/slugs';
import { isLocale, type Locale } from '@/lib/i18n/routing';

/** Where a page is listed besides the sitemap. */
export type Menu = 'main' | 'footer';

export interface SitePage {
  /** The route after the locale, as the folders under app/[locale]/ spell it: '' is the home page. */
  readonly route: string;
  /** For a route with a `[param]` segment: every value there is (per locale), or a test of one (`param` names it, brackets included). */
  readonly values?: (locale: Locale) => readonly string[];
  readonly accepts?: (value: string, param: string) => boolean;
  /** In the sitemap and the link check (every value of a dynamic route). */
  readonly indexable?: boolean;
  /** Message key of the page's name in menus and lists of links. */
  readonly title?: string;
  /** The menus that link it, in table order. */
  readonly menus?: readonly Menu[];
  /** Rendered on its first request and then served from Next's cache by its address (its CSP nonce follows). */
  readonly cachedByAddress?: true;
  /** Served by a route handler (route.ts), not a page: a file or a download. */
  readonly handler?: true;
  /** Posts a form to itself (a server action): the one kind of page that takes POST. */
  readonly forms?: true;
  /**
   * Rendered for whatever address of its pattern a visitor writes (a code, answers, a comparison), so a client can
   * always ask for one nobody has asked for before: such renders take turns at the server (lib/server/render-gate.ts).
   */
  readonly gated?: true;
  /**
   * Needs no script: once prerendered, its HTML is served without Next's scripts and payload (lib/build/scriptless.ts,
   * docs/adr/0008), so its links load pages afresh. The build fails if a client component of ours appears on it.
   */
  readonly scriptless?: true;
}

const QUESTION_IDS: ReadonlySet<string> = new Set(QUESTIONS.map((q) => q.id));

/**
 * Every page of the site, in menu order. The proxy's "is this a page" (anything else under a locale is a 404), the
 * menus, the sitemap and the link check derive from it, and a test fails when app/[locale]/ has a page it lacks.
 */
export const PAGES = [
  { route: '', indexable: true, title: 'nav.home', scriptless: true },
  { route: '/categories', indexable: true, title: 'nav.categories', menus: ['main'], scriptless: true },
  { route: '/categories/[slug]', indexable: true, values: (l) => contentSlugs(l, 'categories'), scriptless: true },
  { route: '/guides', indexable: true, title: 'nav.guides', menus: ['main', 'footer'], scriptless: true },
  { route: '/guides/[slug]', indexable: true, values: (l) => contentSlugs(l, 'guides'), scriptless: true },
  // The permit catalogue: every obligation's page (content/<locale>/packs.yaml), browsed without answering a question.
  { route: '/permits', indexable: true, title: 'explore.permits.title', menus: ['main', 'footer'], scriptless: true },
  { route: '/permits/[id]', indexable: true, values: () => OBLIGATION_IDS, scriptless: true },
  { route: '/assessment', indexable: true, title: 'nav.assessment', menus: ['main', 'footer'] },
  // A question's query form (a submission, an old link): the proxy moves it to the canonical address, or answers 400.
  { route: '/assessment/q/[question]', accepts: (id) => QUESTION_IDS.has(id), gated: true },
  // A question page at its canonical address: the code holds the answers given so far (lib/addresses/urls.ts questionPath).
  {
    route: '/assessment/q/[question]/[code]',
    accepts: (value, param) => (param === '[question]' ? QUESTION_IDS.has(value) : RESULT_CODE_PATTERN.test(value)),
    cachedByAddress: true,
    gated: true,
  },
  // The long result links of the first release: answered with a 308 to the short link, or a page saying what to fix.
  { route: '/assessment/result', gated: true },
  // Its "e-mail me this result" form posts to the page (issue 25): a post renders afresh, the cached page is untouched.
  { route: '/result/[code]', accepts: (code) => RESULT_CODE_PATTERN.test(code), cachedByAddress: true, gated: true, forms: true },
  // A result's print view (every section expanded) and its what-ifs in full: cached by address like the result.
  { route: '/result/[code]/print', accepts: (code) => RESULT_CODE_PATTERN.test(code), cachedByAddress: true, gated: true },
  { route: '/result/[code]/what-ifs', accepts: (code) => RESULT_CODE_PATTERN.test(code), cachedByAddress: true, gated: true },
  // A result's plan, or a way forward's, dated from the targets in its query: rendered per request.
  { route: '/result/[code]/plan', accepts: (code) => RESULT_CODE_PATTERN.test(code), gated: true },
  { route: '/result/[code]/feed.atom', accepts: (code) => RESULT_CODE_PATTERN.test(code), handler: true, gated: true },
  { route: '/feed.atom', handler: true },
  { route: '/compare', gated: true },
  { route: '/how-it-decides', indexable: true, title: 'explore.howItDecides.title', menus: ['footer'] },
  { route: '/faq', indexable: true, title: 'nav.faq', menus: ['main', 'footer'], scriptless: true },
  { route: '/glossary', indexable: true, title: 'nav.glossary', menus: ['footer'], scriptless: true },
  { route: '/contact', indexable: true, title: 'nav.contact', menus: ['main'] },
  { route: '/enquiry', forms: true },
  { route: '/enquiry/sent' },
  { route: '/about', indexable: true, title: 'nav.about', menus: ['footer'] },
  // The rules' versions and what each changed; a result links to the entry of its version.
  { route: '/changelog', indexable: true, title: 'nav.changelog', menus: ['footer'] },
  // The consultancy's staff inbox: every page redirects to sign-in without a session.
  { route: '/inbox', forms: true },
  { route: '/inbox/sign-in', forms: true },
  { route: '/inbox/enquiry', forms: true },
  { route: '/inbox/dashboard', forms: true },
  { route: '/inbox/delete', forms: true },
  { route: '/inbox/account', forms: true },
  { route: '/inbox/export', handler: true },
  // E-mail alerts about a result (lib/watch): pages reached from the e-mails' signed links; a button acts, a visit does not.
  { route: '/watch', forms: true },
  { route: '/watch/sent' },
  { route: '/watch/confirm', forms: true },
  { route: '/watch/unsubscribe', forms: true },
  { route: '/watch/manage', forms: true },
  // RFC 8058: mail programs POST here to unsubscribe in one click; a GET only opens the unsubscribe page.
  { route: '/watch/one-click', handler: true, forms: true },
  // A result's dated duties as a calendar file, and its link preview (og:image); a code that does not read gets 404.
  { route: '/result/[code]/calendar.ics', handler: true, accepts: (code) => RESULT_CODE_PATTERN.test(code), gated: true },
  { route: '/result/[code]/preview.png', handler: true, accepts: (code) => RESULT_CODE_PATTERN.test(code), gated: true },
] as const satisfies readonly SitePage[];

const TABLE: readonly SitePage[] = PAGES;

/**
 * The page a path after the locale is, or null: `/categories/community` → the `/categories/[slug]` entry. With
 * `anyValue`, the route Next would send it to whatever its dynamic segment holds (`/result/x` → `/result/[code]`).
 */
export function pageFor(locale: Locale, sitePath: string, { anyValue = false } = {}): SitePage | null {
  const segments = sitePath.replace(/\/$/, '').split('/');
  for (const page of TABLE) {
    const pattern = page.route.split('/');
    if (pattern.length !== segments.length) continue;
    const matches = pattern.every((part, i) => {
      const segment = segments[i]!;
      if (!part.startsWith('[')) return part === segment;
      if (anyValue) return true;
      return page.accepts ? page.accepts(segment, part) : (page.values?.(locale).includes(segment) ?? false);
    });
    if (matches) return page;
  }
  return null;
}

/** Whether a path (with its locale prefix) is a page of the site; the proxy answers any other with 404. */
export function isKnownPath(pathname: string): boolean {
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  return match !== null && isLocale(match[1]) && pageFor(match[1], match[2] ?? '') !== null;
}

/** Every indexable page's path after the locale prefix, dynamic routes expanded, for the sitemap and the link check. */
export function indexablePaths(locale: Locale): string[] {
  return TABLE.filter((page) => page.indexable).flatMap((page) => {
    const param = /\[[^\]]+\]/.exec(page.route);
    if (!param) return [page.route];
    return (page.values?.(locale) ?? []).map((value) => page.route.replace(param[0], value));
  });
}

/** The pages a menu links, in table order: their path after the locale and the message key of their name. */
export function menuItems(menu: Menu): { path: string; title: string }[] {
  return TABLE.filter((page) => page.menus?.includes(menu) && page.title).map((page) => ({ path: page.route, title: page.title! }));
}
