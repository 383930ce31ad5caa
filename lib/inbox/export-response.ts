import { toCsv, toJson } from '@/lib/enquiries/export';
import { exportPerson, personOf } from '@/lib/enquiries/person-data';
import { enquiryService } from '@/lib/enquiries/service';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { caseRecords, inboxEnquiry } from './case-store';
import { queueFilters, queueRows } from './queue';
import { currentStaff } from './session';

/** What every inbox response carries: never stored by a browser, a proxy or a CDN. */
export const PRIVATE = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' } as const;

const safeRef = (ref: string) => ref.replace(/[^A-Z0-9-]/g, '');

/**
 * The inbox's exports, for signed-in staff only (without a session: to sign-in, nothing else):
 * - `?person=<reference>`: everything stored about the person who sent that enquiry (by e-mail or phone), as JSON;
 * - `?ref=<reference>`: that enquiry; otherwise the enquiries the queue's filters select, every page;
 * as CSV or JSON (`format`), with status, owner, due time, triage, notes and history, as `npm run enquiries -- export` writes them.
 */
export async function exportResponse(locale: Locale, url: URL): Promise<Response> {
  const user = await currentStaff().catch(() => null);
  if (!user) return new Response(null, { status: 303, headers: { location: localePath(locale, '/inbox/sign-in'), ...PRIVATE } });
  const params = Object.fromEntries(url.searchParams);
  const format = params.format === 'json' ? 'json' : 'csv';
  const day = new Date().toISOString().slice(0, 10);
  try {
    const { sql } = (await enquiryService()).store;
    if (params.person) {
      const enquiry = await inboxEnquiry(sql, params.person.slice(0, 20));
      if (!enquiry)
        return new Response('There is no enquiry with this reference.', {
          status: 404,
          headers: { 'content-type': 'text/plain; charset=utf-8', ...PRIVATE },
        });
      return download(await exportPerson(sql, personOf(enquiry), new Date()), `person-${safeRef(enquiry.reference)}-${day}.json`, 'json');
    }
    const enquiries = params.ref
      ? [await inboxEnquiry(sql, params.ref.slice(0, 20))].filter((e) => e !== null)
      : await queueRows(sql, { ...queueFilters(params), after: null }, user, new Date(), null);
    const records = await caseRecords(sql, enquiries);
    const name = `enquiries-${day}${params.ref ? `-${safeRef(params.ref)}` : ''}.${format}`;
    return download(format === 'csv' ? toCsv(records) : toJson(records), name, format);
  } catch (error) {
    console.error(`[inbox] export failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    return new Response('The export could not be made right now (the store cannot be reached). Try again in a minute.', {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '60', ...PRIVATE },
    });
  }
}

function download(body: string, name: string, format: 'csv' | 'json'): Response {
  return new Response(body, {
    headers: {
      'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      ...PRIVATE,
    },
  });
}
