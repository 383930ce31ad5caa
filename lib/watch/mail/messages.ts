import { formatIsoDate } from '@/lib/i18n/dates';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import type { Translator } from '@/lib/i18n/plain-translator';
import type { ResultChange } from '../change';
import type { ResultDigest } from '../digest';
import { daysBetween, type DateNeeded, type Day, type Deadline } from '../duties';
import { verdictLabel } from '@/lib/views/verdict-text';
import { renderMail, type Mail, type MailBlock } from './frame';
import { changeSection, subscriberFooter, verdictBlock } from './parts';

/** What every message needs: the subscriber's language, the site's name and public address. */
export type MailContext = { t: Translator; locale: Locale; siteUrl: string; siteName: string };
/** The links at the foot of a subscriber's messages, and the address they go to. */
export type SubscriberLinks = { address: string; unsubscribeUrl: string; manageUrl: string };

const day = (ctx: MailContext, d: Day) => formatIsoDate(ctx.locale, d);
/** "Label: text", with the language's colon. */
const labelled = (t: Translator, label: string, text: string) => `${label}${t('watch.mail.colonSpaced')}${text}`;

/**
 * The confirmation: the site's name, the result's link and the link to confirm, nothing else (the form cannot be
 * used to send anyone words of the sender's choosing).
 */
export function confirmMail(ctx: MailContext, m: { resultUrl: string; confirmUrl: string; days: number }): Mail {
  const { t } = ctx;
  return renderMail({
    locale: ctx.locale,
    siteName: ctx.siteName,
    colon: t('watch.mail.colon'),
    subject: t('watch.mail.confirm.subject'),
    blocks: [
      { kind: 'paragraph', text: t('watch.mail.confirm.lead', { site: ctx.siteName }) },
      { kind: 'link', label: t('watch.mail.confirm.result'), url: m.resultUrl },
      { kind: 'button', label: t('watch.mail.confirm.button'), url: m.confirmUrl },
      { kind: 'paragraph', text: t('watch.mail.confirm.ignore', { days: m.days }) },
    ],
    footer: [{ kind: 'paragraph', text: t('watch.mail.footer.confirmWhy', { site: ctx.siteName }) }],
  });
}

function dutyLine(ctx: MailContext, d: Deadline): string {
  return ctx.t('watch.mail.result.due', { duty: ctx.t(`watch.duties.${d.step}`), date: day(ctx, d.due) });
}

/** The confirmed result: verdict, items, next step, dated duties, the link and the sources. */
export function resultMail(
  ctx: MailContext,
  digest: ResultDigest,
  duties: { deadlines: readonly Deadline[]; asked: readonly DateNeeded[] },
  links: SubscriberLinks,
): Mail {
  const { t, siteUrl } = ctx;
  const c = digest.classification;
  const blocks: MailBlock[] = [{ kind: 'paragraph', text: t('watch.mail.result.lead') }, verdictBlock(t, digest.verdict)];
  blocks.push({ kind: 'heading', text: t('watch.mail.result.needs') });
  blocks.push(
    c.obligations.length > 0
      ? {
          kind: 'list',
          items: c.obligations.map((o) =>
            labelled(t, t(`assessment.obligations.${o.id}.label`), t(`assessment.obligations.${o.id}.summary`)),
          ),
        }
      : { kind: 'paragraph', text: t('watch.mail.result.needsNone') },
  );
  if (c.greyAreas.length > 0)
    blocks.push(
      { kind: 'heading', text: t('watch.mail.result.grey') },
      { kind: 'paragraph', text: t('watch.mail.result.greyLead') },
      { kind: 'list', items: c.greyAreas.map((g) => t(`assessment.greyAreas.${g.id}.label`)) },
    );
  if (c.findings.length > 0)
    blocks.push(
      { kind: 'heading', text: t('watch.mail.result.findings') },
      { kind: 'list', items: c.findings.map((f) => t(`assessment.findings.${f.id}.label`)) },
    );
  if (digest.nextStep)
    blocks.push(
      { kind: 'heading', text: t('watch.mail.result.next') },
      { kind: 'paragraph', text: t(`decision.plan.steps.${digest.nextStep}`) },
    );
  // A blocked result's next step is to choose one of its ways forward: each with its verdict and its own result.
  if (digest.ways.length > 0)
    blocks.push(
      { kind: 'heading', text: t('decision.ways.title') },
      {
        kind: 'links',
        items: digest.ways.map((w) => ({
          title: labelled(t, t(`decision.ways.${w.id}.title`), verdictLabel(t, w.verdict)),
          url: `${siteUrl}${w.href}`,
        })),
      },
    );
  if (duties.deadlines.length > 0)
    blocks.push(
      { kind: 'heading', text: t('watch.mail.result.duties') },
      { kind: 'paragraph', text: t('watch.mail.result.dutiesLead') },
      { kind: 'list', items: duties.deadlines.map((d) => dutyLine(ctx, d)) },
    );
  else if (duties.asked.length > 0)
    blocks.push({ kind: 'heading', text: t('watch.mail.result.duties') }, { kind: 'paragraph', text: t('watch.mail.result.dutiesNone') });
  blocks.push({ kind: 'button', label: t('watch.mail.result.open'), url: `${siteUrl}${digest.href}` });
  if (digest.change?.changed) {
    blocks.push({ kind: 'paragraph', text: t('watch.mail.result.changedSince', { version: digest.version }) });
    blocks.push(...changeSection(t, ctx.locale, siteUrl, digest.change, digest.href));
  }
  blocks.push({ kind: 'heading', text: t('watch.mail.result.sources') });
  if (digest.sources.length > 0) blocks.push({ kind: 'links', items: digest.sources });
  blocks.push(
    { kind: 'link', label: t('watch.mail.result.sourcesPage'), url: `${siteUrl}${localePath(ctx.locale, '/how-it-decides')}#rules` },
    { kind: 'paragraph', text: t('watch.mail.result.issued', { version: digest.version }) },
  );
  return renderMail({
    locale: ctx.locale,
    siteName: ctx.siteName,
    colon: t('watch.mail.colon'),
    subject: t('watch.mail.result.subject', { verdict: verdictLabel(t, digest.verdict.id) }),
    blocks,
    footer: subscriberFooter(t, ctx.siteName, links.address, links.unsubscribeUrl, links.manageUrl),
  });
}

/** The notice that a new ruleset changes what the result needs, with the result as the subscriber had it and the current one. */
export function changedMail(ctx: MailContext, change: ResultChange, asIssuedHref: string, links: SubscriberLinks): Mail {
  const { t } = ctx;
  return renderMail({
    locale: ctx.locale,
    siteName: ctx.siteName,
    colon: t('watch.mail.colon'),
    subject: t('watch.mail.changed.subject'),
    blocks: changeSection(t, ctx.locale, ctx.siteUrl, change, asIssuedHref),
    footer: subscriberFooter(t, ctx.siteName, links.address, links.unsubscribeUrl, links.manageUrl),
  });
}

/** A reminder of one deadline, some days before it. */
export function reminderMail(
  ctx: MailContext,
  r: { deadline: Deadline; from: Day; today: Day; resultHref: string; calendarUrl: string },
  links: SubscriberLinks,
): Mail {
  const { t } = ctx;
  const { deadline } = r;
  const duty = t(`watch.duties.${deadline.step}`);
  const blocks: MailBlock[] = [
    { kind: 'paragraph', text: t('watch.mail.reminder.lead') },
    {
      kind: 'callout',
      tone: 'info',
      title: duty,
      lines: [
        t('watch.mail.reminder.due', { date: day(ctx, deadline.due), days: Math.max(0, daysBetween(r.today, deadline.due)) }),
        t(`decision.plan.steps.${deadline.step}`),
        ...(deadline.opens ? [t('watch.mail.reminder.opens', { date: day(ctx, deadline.opens) })] : []),
      ],
    },
    { kind: 'paragraph', text: t(`watch.mail.reminder.${deadline.countsFrom}`, { date: day(ctx, r.from) }) },
  ];
  if (deadline.yearly) blocks.push({ kind: 'paragraph', text: t('watch.mail.reminder.yearly') });
  blocks.push(
    { kind: 'button', label: t('watch.mail.reminder.result'), url: `${ctx.siteUrl}${r.resultHref}` },
    { kind: 'link', label: t('watch.mail.reminder.calendar'), url: r.calendarUrl },
  );
  return renderMail({
    locale: ctx.locale,
    siteName: ctx.siteName,
    colon: t('watch.mail.colon'),
    subject: t('watch.mail.reminder.subject', { duty, date: day(ctx, deadline.due) }),
    blocks,
    footer: subscriberFooter(t, ctx.siteName, links.address, links.unsubscribeUrl, links.manageUrl),
  });
}

/** The link to the page listing what an address watches, sent to that address when asked for. */
export function manageMail(ctx: MailContext, manageUrl: string): Mail {
  const { t } = ctx;
  return renderMail({
    locale: ctx.locale,
    siteName: ctx.siteName,
    colon: t('watch.mail.colon'),
    subject: t('watch.mail.manage.subject'),
    blocks: [
      { kind: 'paragraph', text: t('watch.mail.manage.lead') },
      { kind: 'button', label: t('watch.mail.manage.button'), url: manageUrl },
      { kind: 'paragraph', text: t('watch.mail.manage.ignore') },
    ],
    footer: [{ kind: 'paragraph', text: t('watch.mail.footer.disclaimer') }],
  });
}
