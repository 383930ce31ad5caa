import { pageFor } from '@/lib/pages';
import { render } from './render';
import { addressErrorPage, isRead, splitLocale, type Step } from './respond';

/**
 * Unknown pages under a locale get status 404 and the site's not-found page, rendered on the server by the
 * catch-all route (Next's notFound() would stream an empty shell that only JavaScript fills, vercel/next.js#62228).
 * For any method but GET and HEAD Next streams that shell even so, so those get the proxy's own page.
 */
export const refuseUnknownPage: Step = (request) => {
  const where = splitLocale(request.nextUrl.pathname);
  if (!where || pageFor(where.locale, where.sitePath)) return null;
  // Next would send `/result/<anything>` to the cached result route, not to the catch-all, and cache what it drew.
  const cachedRoute = pageFor(where.locale, where.sitePath, { anyValue: true })?.cachedByAddress;
  return isRead(request) && !cachedRoute ? render(request, 404) : addressErrorPage(404);
};
