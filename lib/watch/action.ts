'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientAddress, trustedHops } from '@/lib/security/client-address';
import { plainTranslator } from '@/lib/i18n/plain-translator';
import { localePath } from '@/lib/i18n/paths';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/routing';
import { DUTY_CALENDAR } from './calendar-duties';
import { confirmSubscription } from './confirm';
import type { WatchFormState } from './form-state';
import { readToken, signToken, WATCH_PAGES } from './links';
import { unsubscribe } from './manage';
import { watchInputFromForm } from './schema';
import { watchService } from './service';
import { requestManageLink, subscribe, type SubscribeOutcome } from './subscribe';

const localeOf = (form: FormData): Locale => {
  const value = form.get('locale');
  return isLocale(value) ? value : DEFAULT_LOCALE;
};
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

/** The form's state after a refusal: the message, the field errors, and everything typed. */
async function refused(locale: Locale, previous: WatchFormState, outcome: Exclude<SubscribeOutcome, { kind: 'queued' }>, form: FormData) {
  const t = plainTranslator(locale, 'watch.section');
  const notice =
    outcome.kind === 'spam'
      ? t('refused.spam')
      : outcome.kind === 'rate-limited'
        ? t(outcome.limit === 'site' ? 'refused.siteBusy' : 'refused.rateLimited', { minutes: outcome.retryAfterMinutes })
        : outcome.kind === 'unavailable'
          ? outcome.reason === 'store'
            ? t('refused.store')
            : t('unavailable')
          : null;
  return {
    status: outcome.kind === 'invalid' ? 'invalid' : 'refused',
    errors: outcome.kind === 'invalid' ? outcome.errors : {},
    notice,
    values: watchInputFromForm(form),
    attempt: previous.attempt + 1,
  } satisfies WatchFormState;
}

async function deps() {
  const watch = await watchService();
  return { ...watch, onQueued: () => void watch.outbox.runOnce() };
}

async function request(form: FormData) {
  const locale = localeOf(form);
  return {
    locale,
    formKey: text(form, 'key'),
    honeypot: text(form, 'website'),
    client: clientAddress(await headers(), trustedHops()),
  };
}

/**
 * The subscribe form on a result page: without JavaScript the browser posts it to the page and gets it back with
 * the refusal and everything typed, or a redirect to "check your inbox".
 */
export async function subscribeAction(previous: WatchFormState, form: FormData): Promise<WatchFormState> {
  const base = await request(form);
  const code = text(form, 'result');
  let outcome: SubscribeOutcome;
  try {
    outcome = await subscribe({ ...base, input: watchInputFromForm(form), resultCode: code }, await deps());
  } catch (error) {
    console.error('[watch] subscriptions unavailable:', error instanceof Error ? error.message : error);
    outcome = { kind: 'unavailable', reason: 'store' };
  }
  if (outcome.kind !== 'queued') return refused(base.locale, previous, outcome, form);
  redirect(`${localePath(base.locale, '/watch/sent')}?result=${encodeURIComponent(code)}`);
}

/** The form asking for the link to an address's subscriptions: the same answer whether or not the address is known. */
export async function manageLinkAction(previous: WatchFormState, form: FormData): Promise<WatchFormState> {
  const base = await request(form);
  let outcome: SubscribeOutcome;
  try {
    outcome = await requestManageLink({ ...base, email: text(form, 'email') }, await deps());
  } catch (error) {
    console.error('[watch] subscriptions unavailable:', error instanceof Error ? error.message : error);
    outcome = { kind: 'unavailable', reason: 'store' };
  }
  if (outcome.kind !== 'queued') return refused(base.locale, previous, outcome, form);
  redirect(`${localePath(base.locale, '/watch/sent')}?for=link`);
}

/** The confirmation page's button (a link alone never confirms): on to the address's page, which says it is done. */
export async function confirmAction(form: FormData): Promise<void> {
  const locale = localeOf(form);
  const token = text(form, 't');
  const back = `${localePath(locale, WATCH_PAGES.confirm)}?t=${encodeURIComponent(token)}`;
  let to: string;
  try {
    const watch = await deps();
    const target = readToken(watch.secret, 'confirm', token);
    const done = target && (await confirmSubscription({ ...watch, calendar: DUTY_CALENDAR }, target));
    if (!done || done.kind !== 'confirmed') to = back;
    else {
      const manage = signToken(watch.secret, 'manage', { kind: 'address', key: done.subscription.addressKey });
      to = `${localePath(locale, WATCH_PAGES.manage)}?t=${encodeURIComponent(manage)}&confirmed=1`;
    }
  } catch (error) {
    console.error('[watch] could not confirm:', error instanceof Error ? error.message : error);
    to = `${back}&error=store`;
  }
  redirect(to);
}

/** The unsubscribe and manage pages' buttons: stop one result or everything, then say so. */
export async function unsubscribeAction(form: FormData): Promise<void> {
  const locale = localeOf(form);
  const token = text(form, 't');
  const all = text(form, 'scope') === 'all';
  let to: string;
  try {
    const watch = await watchService();
    const target = readToken(watch.secret, 'unsubscribe', token);
    if (!target) to = `${localePath(locale, WATCH_PAGES.unsubscribe)}?t=${encodeURIComponent(token)}`;
    else {
      await unsubscribe(watch, target, all);
      to = `${localePath(locale, WATCH_PAGES.unsubscribe)}?done=${all || target.kind === 'address' ? 'all' : 'one'}`;
    }
  } catch (error) {
    console.error('[watch] could not unsubscribe:', error instanceof Error ? error.message : error);
    to = `${localePath(locale, WATCH_PAGES.unsubscribe)}?t=${encodeURIComponent(token)}&error=store`;
  }
  redirect(to);
}
