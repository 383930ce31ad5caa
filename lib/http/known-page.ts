import { pageFor } from '@/lib/pages';
import { edgeErrorResponse } from './error-page';
import { render } from './render';
import { isRead } from './respond';
import type { Step } from './reading';

/**
 * Unknown pages under a locale get status 404 and the site's not-found page, rendered on the server by the
 * catch-all route (Next's notFound() would stream an empty shell that only JavaScript fills, vercel/next.js#62228).
 * For any method but GET and HEAD Next streams that shell even so, so those get the proxy's own page.
 */
export const refuseUnknownPage: Step = (request, reading) => {
  const { locale, sitePath, page } = reading;
  if (!locale || page) return null;
  // Next would send `/result/<anything>` to the cached result route, not to the catch-all, and cache what it drew.
  const cachedRoute = pageFor(locale, sitePath, { anyValue: true })?.cachedByAddress;
  return isRead(request) && !cachedRoute ? render(request, reading, 404) : edgeErrorResponse(404, {}, request.method, 'address');
};
