import { toCsv, toJson } from '@/lib/enquiries/export';
import { enquiryService } from '@/lib/enquiries/service';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { currentStaff } from './session';
import { queueFilters, selectedEnquiries, type QueueItem } from './views';
import { inboxEnquiry } from './store';

/** What every inbox response carries: never stored by a browser, a proxy or a CDN. */
export const PRIVATE = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' } as const;

/**
 * The export from the inbox: the enquiries the queue's filters select (or the one `ref` names), as CSV or
 * JSON, made by the same functions as `npm run enquiries -- export`. Without a session: to sign-in, nothing else.
 */
export async function exportResponse(locale: Locale, url: URL): Promise<Response> {
  const user = await currentStaff().catch(() => null);
  if (!user) return new Response(null, { status: 303, headers: { location: localePath(locale, '/inbox/sign-in'), ...PRIVATE } });
  const params = Object.fromEntries(url.searchParams);
  const format = params.format === 'json' ? 'json' : 'csv';
  try {
    const { store } = await enquiryService();
    const ref = params.ref;
    const enquiries = ref
      ? [await inboxEnquiry(store.sql, ref)].filter((e) => e !== null)
      : await selectedEnquiries(store.sql, queueFilters(params));
    // Exactly what the command exports: the stored enquiries, without the inbox's own status and triage.
    const plain = enquiries.map((e) => {
      const { status: _status, triage: _triage, ...stored } = e as QueueItem;
      return stored;
    });
    const name = `enquiries-${new Date().toISOString().slice(0, 10)}${ref ? `-${ref.replace(/[^A-Z0-9-]/g, '')}` : ''}.${format}`;
    return new Response(format === 'csv' ? toCsv(plain) : toJson(plain), {
      headers: {
        'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
        ...PRIVATE,
      },
    });
  } catch (error) {
    console.error('[inbox] export failed:', error instanceof Error ? error.message : error);
    return new Response('The export could not be made right now. Try again in a minute.', {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8', ...PRIVATE },
    });
  }
}
