import { localePath } from '@/lib/i18n/paths';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/routing';
import { readToken, WATCH_PAGES } from './links';
import { unsubscribe } from './manage';
import { watchService } from './service';

const plain = (status: number, text: string) =>
  new Response(`${text}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

/**
 * The List-Unsubscribe address (RFC 8058). A POST, which mail programs send when the reader asks to unsubscribe,
 * stops what the token names (the message's result, or, for a message to an address, everything it watches) and
 * answers 200. A GET changes nothing: it sends the visitor to the unsubscribe page and its buttons.
 */
export async function oneClick(method: 'GET' | 'POST', localeParam: string, token: string | null): Promise<Response> {
  const locale = isLocale(localeParam) ? localeParam : DEFAULT_LOCALE;
  const page = `${localePath(locale, WATCH_PAGES.unsubscribe)}?t=${encodeURIComponent(token ?? '')}`;
  if (method === 'GET') return new Response(null, { status: 303, headers: { location: page, 'cache-control': 'no-store' } });
  try {
    const watch = await watchService();
    const target = readToken(watch.secret, 'unsubscribe', token);
    if (!target) return plain(400, 'This unsubscribe link cannot be read.');
    await unsubscribe(watch, target, false);
    return plain(200, 'Unsubscribed.');
  } catch (error) {
    console.error('[watch] one-click unsubscribe failed:', error instanceof Error ? error.message : error);
    return plain(503, 'Try again later.');
  }
}
