import { checkFormKey } from '@/lib/enquiries/form-key';
import { limitKeysOf, type LimitName } from '@/lib/enquiries/rate-limit';
import { plainTranslator } from '@/lib/i18n/plain-translator';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { readResultCode } from '@/lib/addresses/result-link';
import { resultPath } from '@/lib/addresses/urls';
import type { Unavailable } from './config';
import { addressKey, normaliseAddress, signToken, watchLink } from './links';
import { confirmMail, manageMail } from './mail/messages';
import { enqueue } from './queue';
import { checkWatchInput, type WatchErrors, type WatchInput } from './schema';
import type { Watch } from './service';
import { forgetUnconfirmed, newSubscription, subscriptionsOf } from './store';

/** A request from the form on a result page (or the form asking for the link to an address's subscriptions). */
export type FormRequest = {
  locale: Locale;
  /** The form's key (lib/enquiries/form-key.ts), issued with the page. */
  formKey: string;
  /** The honeypot: a field people never see. */
  honeypot: string;
  /** Who is asking, for the rate limit (an address, never stored). */
  client: string;
};

export type SubscribeOutcome =
  | { kind: 'queued' }
  | { kind: 'invalid'; errors: WatchErrors }
  | { kind: 'spam' }
  | { kind: 'rate-limited'; limit: LimitName; retryAfterMinutes: number }
  | { kind: 'unavailable'; reason: Unavailable | 'store' };

type Deps = Pick<Watch, 'sql' | 'secret' | 'limiter' | 'formKeys' | 'config' | 'siteUrl' | 'siteName' | 'unavailable'> & {
  /** Called once a message is queued: send it now rather than at the next poll. */
  onQueued?: () => void;
};

const DAY_MS = 86_400_000;

/** The checks every form of the subscriptions makes before it stores or sends anything, in order. */
async function admit(
  request: FormRequest,
  email: string,
  deps: Deps,
  now: Date,
): Promise<Exclude<SubscribeOutcome, { kind: 'queued' }> | null> {
  if (deps.unavailable) return { kind: 'unavailable', reason: deps.unavailable };
  if (request.honeypot.trim() !== '') return { kind: 'spam' };
  // The enquiry form's rule: only a key this site issued, not too old (a cached result page's key lives a day longer).
  if (checkFormKey(request.formKey, now.getTime(), deps.formKeys.maxAgeMs, deps.formKeys.secret) !== 'valid')
    return { kind: 'invalid', errors: { email: 'staleForm' } };
  // Counted per client, per address and for the whole site, before anything is stored or sent.
  const refusal = await deps.limiter.consume(limitKeysOf(request.client, email, ''));
  return refusal ? { kind: 'rate-limited', ...refusal } : null;
}

/**
 * Stores an unconfirmed subscription and queues its confirmation (one transaction): the only message an address
 * gets before its owner presses Confirm. The answer never says whether the address already watches anything.
 */
export async function subscribe(
  request: FormRequest & { input: WatchInput; resultCode: string },
  deps: Deps,
  now: Date = new Date(),
): Promise<SubscribeOutcome> {
  const checked = checkWatchInput(request.input);
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  const read = readResultCode(request.resultCode);
  // The code comes from the result page the form sits on: anything else is a hand-made request.
  if (read.kind !== 'result') return { kind: 'invalid', errors: { email: 'staleForm' } };
  try {
    const refused = await admit(request, checked.data.email, deps, now);
    if (refused) return refused;
    await forgetUnconfirmed(deps.sql, new Date(now.getTime() - deps.config.confirmDays * DAY_MS));
    const email = normaliseAddress(checked.data.email);
    const key = addressKey(deps.secret, email);
    const { id, statement } = newSubscription(
      {
        email,
        addressKey: key,
        resultCode: read.code,
        locale: request.locale,
        launch: checked.data.launch,
        granted: checked.data.granted,
        version: read.version,
      },
      now,
    );
    const t = plainTranslator(request.locale);
    const ctx = { t, locale: request.locale, siteUrl: deps.siteUrl, siteName: deps.siteName(request.locale) };
    const mail = confirmMail(ctx, {
      resultUrl: `${deps.siteUrl}${localePath(request.locale, resultPath(read.code))}`,
      confirmUrl: watchLink(deps.siteUrl, request.locale, 'confirm', signToken(deps.secret, 'confirm', { kind: 'subscription', id })),
      days: deps.config.confirmDays,
    });
    const unsubscribe = watchLink(
      deps.siteUrl,
      request.locale,
      'oneClick',
      signToken(deps.secret, 'unsubscribe', { kind: 'subscription', id }),
    );
    await deps.sql.batch([
      statement,
      enqueue(
        {
          dedupeKey: `confirm:${id}`,
          kind: 'confirm',
          subscriptionId: id,
          addressKey: key,
          to: email,
          locale: request.locale,
          mail,
          unsubscribeUrl: unsubscribe,
        },
        now,
      ),
    ]);
    deps.onQueued?.();
    return { kind: 'queued' };
  } catch (error) {
    console.error('[watch] could not store a subscription:', error instanceof Error ? error.message : error);
    return { kind: 'unavailable', reason: 'store' };
  }
}

/**
 * Sends an address the link to the page listing what it watches, when it watches anything (at most once an hour);
 * the answer is the same either way, so the form tells nobody whether an address is known.
 */
export async function requestManageLink(
  request: FormRequest & { email: string },
  deps: Deps,
  now: Date = new Date(),
): Promise<SubscribeOutcome> {
  const checked = checkWatchInput({ email: request.email, launch: '', granted: '' });
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  try {
    const refused = await admit(request, checked.data.email, deps, now);
    if (refused) return refused;
    const email = normaliseAddress(checked.data.email);
    const key = addressKey(deps.secret, email);
    const watched = (await subscriptionsOf(deps.sql, key)).filter((s) => s.consentAt !== null);
    if (watched.length === 0) return { kind: 'queued' };
    const t = plainTranslator(request.locale);
    const manageUrl = watchLink(deps.siteUrl, request.locale, 'manage', signToken(deps.secret, 'manage', { kind: 'address', key }));
    const mail = manageMail({ t, locale: request.locale, siteUrl: deps.siteUrl, siteName: deps.siteName(request.locale) }, manageUrl);
    const unsubscribe = watchLink(
      deps.siteUrl,
      request.locale,
      'oneClick',
      signToken(deps.secret, 'unsubscribe', { kind: 'address', key }),
    );
    const hour = Math.floor(now.getTime() / 3_600_000);
    await deps.sql.batch([
      enqueue(
        {
          dedupeKey: `manage:${key}:${hour}`,
          kind: 'manage',
          subscriptionId: null,
          addressKey: key,
          to: email,
          locale: request.locale,
          mail,
          unsubscribeUrl: unsubscribe,
        },
        now,
      ),
    ]);
    deps.onQueued?.();
    return { kind: 'queued' };
  } catch (error) {
    console.error('[watch] could not queue a link:', error instanceof Error ? error.message : error);
    return { kind: 'unavailable', reason: 'store' };
  }
}
