import { resultVerdict, type VerdictId } from '@/lib/assessment/verdict';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { resolveResultCode } from '@/lib/views/result';
import { resultPath } from '@/lib/addresses/urls';
import { signToken, type LinkTarget } from './links';
import type { Watch } from './service';
import { deleteAddress, deleteSubscription, findSubscription, subscriptionsOf, type Subscription } from './store';

/** One watched result as the pages list it. */
export type WatchedResult = {
  code: string;
  /** The result page in the page's language. */
  href: string;
  /** The verdict of the result as issued; null when the code no longer reads. */
  verdict: VerdictId | null;
  locale: Locale;
  launch: string | null;
  granted: string | null;
  /** Null while it waits for confirmation. */
  since: Date | null;
  /** The token of the button that stops it. */
  unsubscribeToken: string;
};

function watched(secret: Buffer, locale: Locale, s: Subscription): WatchedResult {
  const view = resolveResultCode(locale, s.resultCode);
  return {
    code: s.resultCode,
    href: localePath(locale, resultPath(s.resultCode)),
    verdict: view.kind === 'result' ? resultVerdict(view.answers, view.classification).id : null,
    locale: s.locale,
    launch: s.launch,
    granted: s.granted,
    since: s.consentAt,
    unsubscribeToken: signToken(secret, 'unsubscribe', { kind: 'subscription', id: s.id }),
  };
}

/** What an unsubscribe link finds: one subscription (and its address), an address, or nothing left to stop. */
export type Stoppable =
  | { kind: 'subscription'; address: string; result: WatchedResult; addressToken: string }
  | { kind: 'address'; address: string; addressToken: string }
  | { kind: 'gone' };

/** The unsubscribe page's view of a token signed for unsubscribing. */
export async function stoppable(deps: Pick<Watch, 'sql' | 'secret'>, locale: Locale, target: LinkTarget): Promise<Stoppable> {
  if (target.kind === 'subscription') {
    const s = await findSubscription(deps.sql, target.id);
    if (!s) return { kind: 'gone' };
    const addressToken = signToken(deps.secret, 'unsubscribe', { kind: 'address', key: s.addressKey });
    return { kind: 'subscription', address: s.email, result: watched(deps.secret, locale, s), addressToken };
  }
  const [first] = await subscriptionsOf(deps.sql, target.key);
  return first ? { kind: 'address', address: first.email, addressToken: signToken(deps.secret, 'unsubscribe', target) } : { kind: 'gone' };
}

/**
 * Stops e-mails: a subscription token stops that result (or, with `all`, everything its address watches); an address
 * token stops everything. The rows are deleted, with every message still waiting: nothing of the address is kept.
 * Returns how many subscriptions went (0 when they had gone already: a second press changes nothing).
 */
export async function unsubscribe(deps: Pick<Watch, 'sql'>, target: LinkTarget, all: boolean): Promise<number> {
  if (target.kind === 'address') return deleteAddress(deps.sql, target.key);
  if (!all) return (await deleteSubscription(deps.sql, target.id)) ? 1 : 0;
  const s = await findSubscription(deps.sql, target.id);
  return s ? deleteAddress(deps.sql, s.addressKey) : 0;
}

/** The manage page: the address and each result it watches (or waits to confirm), oldest first; null when none is left. */
export async function managed(
  deps: Pick<Watch, 'sql' | 'secret'>,
  locale: Locale,
  target: LinkTarget,
): Promise<{ address: string; results: WatchedResult[]; addressToken: string } | null> {
  if (target.kind !== 'address') return null;
  const subscriptions = await subscriptionsOf(deps.sql, target.key);
  if (subscriptions.length === 0) return null;
  return {
    address: subscriptions[0]!.email,
    results: subscriptions.map((s) => watched(deps.secret, locale, s)),
    addressToken: signToken(deps.secret, 'unsubscribe', target),
  };
}
