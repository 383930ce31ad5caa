import { getSite } from '@/lib/content/site';
import { issueFormKey } from '@/lib/enquiries/form-key';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { readResultCode } from '@/lib/addresses/result-link';
import { resultPath } from '@/lib/addresses/urls';
import { unavailability, watchConfig, type Unavailable } from './config';
import { confirmable } from './confirm';
import { readToken, type LinkPurpose } from './links';
import { managed, stoppable, type Stoppable, type WatchedResult } from './manage';
import { watchService } from './service';

/** What a page reached by a signed link shows when the link is not one, or when the store cannot be reached. */
type Trouble = { kind: 'bad-link' } | { kind: 'store-down' };

/** Reads a page's token (`?t=`) for its purpose and runs `view` on what it names. */
async function withToken<T>(
  purpose: LinkPurpose,
  token: unknown,
  view: (watch: Awaited<ReturnType<typeof watchService>>, target: NonNullable<ReturnType<typeof readToken>>) => Promise<T>,
): Promise<T | Trouble> {
  try {
    const watch = await watchService();
    const target = readToken(watch.secret, purpose, token);
    return target ? await view(watch, target) : { kind: 'bad-link' };
  } catch (error) {
    console.error('[watch] store unavailable:', error instanceof Error ? error.message : error);
    return { kind: 'store-down' };
  }
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export type ConfirmPage =
  | Trouble
  | { kind: 'expired' }
  | { kind: 'waiting'; token: string; address: string; resultHref: string; launch: string | null; granted: string | null }
  | { kind: 'confirmed'; manageHref: string };

/** The confirmation page: what pressing Confirm starts (opening the link changes nothing). */
export async function confirmPage(
  locale: Locale,
  query: Record<string, string | string[] | undefined>,
  now = new Date(),
): Promise<ConfirmPage> {
  const token = one(query.t) ?? '';
  if (one(query.error) === 'store') return { kind: 'store-down' };
  return withToken('confirm', token, async (watch, target) => {
    const found = await confirmable(watch, target, now);
    if (found.kind === 'expired') return found;
    const s = found.subscription;
    if (found.kind === 'confirmed') return { kind: 'confirmed', manageHref: localePath(locale, '/watch') };
    return {
      kind: 'waiting',
      token,
      address: s.email,
      resultHref: localePath(locale, resultPath(s.resultCode)),
      launch: s.launch,
      granted: s.granted,
    };
  });
}

export type UnsubscribePage = Trouble | { kind: 'done'; scope: 'one' | 'all' } | (Stoppable & { token: string });

/** The unsubscribe page: the buttons that stop one result or everything (opening the link changes nothing). */
export async function unsubscribePage(locale: Locale, query: Record<string, string | string[] | undefined>): Promise<UnsubscribePage> {
  const done = one(query.done);
  if (done === 'one' || done === 'all') return { kind: 'done', scope: done };
  if (one(query.error) === 'store') return { kind: 'store-down' };
  const token = one(query.t) ?? '';
  return withToken('unsubscribe', token, async (watch, target) => ({ ...(await stoppable(watch, locale, target)), token }));
}

export type ManagePage =
  Trouble | { kind: 'none' } | { kind: 'list'; address: string; results: WatchedResult[]; addressToken: string; confirmed: boolean };

/** The page listing what an address watches (reached by a signed link sent to it). */
export async function managePage(locale: Locale, query: Record<string, string | string[] | undefined>): Promise<ManagePage> {
  return withToken('manage', one(query.t), async (watch, target) => {
    const list = await managed(watch, locale, target);
    return list ? { kind: 'list', ...list, confirmed: one(query.confirmed) === '1' } : { kind: 'none' };
  });
}

/** The "check your inbox" page: back to the result when the address names one. */
export function sentPage(locale: Locale, query: Record<string, string | string[] | undefined>) {
  const code = one(query.result);
  const read = code ? readResultCode(code) : null;
  const result = read?.kind === 'result' ? read.code : null;
  const forLink = one(query.for) === 'link';
  return {
    forLink,
    resultHref: result ? localePath(locale, resultPath(result)) : null,
    days: watchFormSetup().confirmDays,
    /** What the language switch keeps. */
    query: result ? `result=${result}` : forLink ? 'for=link' : undefined,
  };
}

/** What the subscribe forms need: whether the site can take addresses now, a fresh form key, how long unconfirmed ones last. */
export function watchFormSetup(): { unavailable: Unavailable | null; formKey: string; confirmDays: number } {
  try {
    const config = watchConfig();
    return { unavailable: unavailability(config, getSite().siteUrl), formKey: issueFormKey(), confirmDays: config.confirmDays };
  } catch (error) {
    // A malformed setting: the page says alerts are not available (the server's log says why), it does not fail.
    console.error('[watch] settings:', error instanceof Error ? error.message : error);
    return { unavailable: 'no-mail', formKey: '', confirmDays: 3 };
  }
}
