import type { ReactNode } from 'react';
import { PageHeading } from '@/components/page-heading';
import { Link } from '@/components/link';
import type { Translator } from '@/lib/i18n/plain-translator';
import { formatIsoDate } from '@/lib/i18n/dates';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';

/** A button that posts a server action with hidden fields: the one way a page reached by a link changes anything. */
export function ActionButton({
  action,
  fields,
  label,
  tone = 'primary',
}: {
  action: (form: FormData) => Promise<void>;
  fields: Readonly<Record<string, string>>;
  label: string;
  tone?: 'primary' | 'secondary';
}) {
  return (
    <form action={action} className="inline-block">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={tone === 'primary' ? 'btn-primary' : 'btn-secondary'}>
        {label}
      </button>
    </form>
  );
}

/** What a page reached by a link says when the link is not one, has expired, or the store is down. */
export function Trouble({ t, locale, kind }: { t: Translator; locale: Locale; kind: 'bad-link' | 'store-down' | 'expired' }) {
  const [title, lead] =
    kind === 'bad-link'
      ? ['watch.pages.badLinkTitle', 'watch.pages.badLinkLead']
      : kind === 'expired'
        ? ['watch.pages.expiredTitle', 'watch.pages.expiredLead']
        : ['watch.pages.indexTitle', 'watch.pages.storeDown'];
  return (
    <>
      <PageHeading title={t(title)} lead={t(lead)} />
      <p className="mt-6">
        <Link href={localePath(locale, '/watch')} className="text-brand-800 underline">
          {t('watch.pages.indexTitle')}
        </Link>
      </p>
    </>
  );
}

/** The dates reminders count from, in words ("launch 1 March 2027, licence granted …"), or null. */
export function datesText(t: Translator, locale: Locale, launch: string | null, granted: string | null): string | null {
  const parts = [
    launch && t('watch.pages.launchDate', { date: formatIsoDate(locale, launch) }),
    granted && t('watch.pages.grantedDate', { date: formatIsoDate(locale, granted) }),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(t('decision.listSeparator')) : null;
}

/** A notice in the page's green: something was done. */
export function Done({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="mt-6 rounded-lg border-l-4 border-emerald-700 bg-emerald-50 p-4 text-emerald-950">
      {children}
    </p>
  );
}
