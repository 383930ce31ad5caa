import { CURRENT_RULESET } from '@/lib/assessment';
import { plainTranslator } from '@/lib/i18n/plain-translator';
import { resultDigest } from './digest';
import type { DutyCalendar } from './duties';
import { signToken, watchLink, type LinkTarget } from './links';
import { resultMail } from './mail/messages';
import { enqueue } from './queue';
import type { Watch } from './service';
import { confirmStatements, findSubscription, type Subscription } from './store';

type Deps = Pick<Watch, 'sql' | 'secret' | 'config' | 'siteUrl' | 'siteName'> & { calendar: DutyCalendar; onQueued?: () => void };

const DAY_MS = 86_400_000;

/** The links at the foot of every message to a subscriber, and the one-click address for List-Unsubscribe. */
export function subscriberLinks(deps: Pick<Watch, 'secret' | 'siteUrl'>, s: Subscription) {
  const unsubscribe = signToken(deps.secret, 'unsubscribe', { kind: 'subscription', id: s.id });
  return {
    address: s.email,
    unsubscribeUrl: watchLink(deps.siteUrl, s.locale, 'unsubscribe', unsubscribe),
    manageUrl: watchLink(deps.siteUrl, s.locale, 'manage', signToken(deps.secret, 'manage', { kind: 'address', key: s.addressKey })),
    oneClickUrl: watchLink(deps.siteUrl, s.locale, 'oneClick', unsubscribe),
  };
}

/** What a confirmation link finds: a subscription waiting for its button, one already confirmed, or nothing (expired). */
export type Confirmable = { kind: 'waiting' | 'confirmed'; subscription: Subscription } | { kind: 'expired' };

/** The subscription a confirmation link names, as the confirmation page shows it. */
export async function confirmable(deps: Pick<Watch, 'sql' | 'config'>, target: LinkTarget, now: Date): Promise<Confirmable> {
  if (target.kind !== 'subscription') return { kind: 'expired' };
  const s = await findSubscription(deps.sql, target.id);
  if (!s) return { kind: 'expired' };
  if (s.consentAt) return { kind: 'confirmed', subscription: s };
  return s.requestedAt.getTime() < now.getTime() - deps.config.confirmDays * DAY_MS
    ? { kind: 'expired' }
    : { kind: 'waiting', subscription: s };
}

/**
 * Confirms a subscription (the button on the confirmation page, never the link alone) and queues the result e-mail in
 * the same transaction. Its basis becomes the result under the current rules when the code is older (the e-mail then
 * says what changed), so notify tells the subscriber only of later changes. Confirming twice sends one e-mail.
 */
export async function confirmSubscription(deps: Deps, target: LinkTarget, now: Date = new Date()): Promise<Confirmable> {
  const found = await confirmable(deps, target, now);
  if (found.kind !== 'waiting') return found;
  const s = found.subscription;
  const digest = resultDigest(s.locale, s.resultCode);
  if (!digest) return { kind: 'expired' };
  const basisCode = digest.change?.currentCode ?? s.resultCode;
  const basis = basisCode === s.resultCode ? digest : (resultDigest(s.locale, basisCode) ?? digest);
  const dates = { launch: s.launch, granted: s.granted };
  const today = new Date(now.getTime());
  const t = plainTranslator(s.locale);
  const links = subscriberLinks(deps, s);
  const mail = resultMail(
    { t, locale: s.locale, siteUrl: deps.siteUrl, siteName: deps.siteName(s.locale) },
    digest,
    { deadlines: deps.calendar.deadlines(basis.plan, dates, today), asked: deps.calendar.datesAsked(basis.plan) },
    links,
  );
  const cutoff = new Date(now.getTime() - deps.config.confirmDays * DAY_MS);
  await deps.sql.batch([
    ...confirmStatements(s, now, cutoff, CURRENT_RULESET.version, basisCode),
    enqueue(
      {
        dedupeKey: `result:${s.id}`,
        kind: 'result',
        subscriptionId: s.id,
        addressKey: s.addressKey,
        to: s.email,
        locale: s.locale,
        mail,
        unsubscribeUrl: links.oneClickUrl,
      },
      now,
    ),
  ]);
  deps.onQueued?.();
  return { kind: 'confirmed', subscription: { ...s, consentAt: now, basisCode, checkedVersion: CURRENT_RULESET.version } };
}
