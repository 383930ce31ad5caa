import { LOCALES } from '@/lib/i18n/routing';
import { NO_SCRIPT_POLICY } from '@/lib/security/csp';

const INBOX = new RegExp(`^/(?:${LOCALES.join('|')})/inbox(?:/|$)`);

/**
 * True for a request that would change something in the inbox (any method but GET and HEAD) sent from another
 * site: its Origin names another host, or the browser says it is cross-site. Next refuses such server actions
 * too, but with a 500; the proxy answers them with a plain 403 before they reach it. Session cookies are
 * SameSite=Lax as well, so a cross-site POST never carries one.
 */
export function isCrossSiteInboxWrite(method: string, pathname: string, headers: Headers): boolean {
  if (method === 'GET' || method === 'HEAD' || !INBOX.test(pathname)) return false;
  if (headers.get('sec-fetch-site') === 'cross-site') return true;
  const origin = headers.get('origin');
  if (!origin) return false;
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  try {
    return origin === 'null' || new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export function crossSiteRefusal(): Response {
  return new Response('This form can only be sent from this site.', {
    status: 403,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'private, no-store',
      'content-security-policy': NO_SCRIPT_POLICY,
    },
  });
}
