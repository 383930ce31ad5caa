import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/link';
import { resolveLocale } from '@/lib/i18n/page';
import { localePath } from '@/lib/i18n/paths';
import { messageMetadata } from '@/lib/seo';
import { enquiryService } from '@/lib/enquiries/service';
import { requireStaff } from '@/lib/inbox/session';
import { enquiryDetail } from '@/lib/inbox/views';
import { InboxShell } from '@/components/inbox/inbox-shell';
import { EnquiryView } from '@/components/inbox/enquiry-view';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/inbox/enquiry', 'inbox.title', 'inbox.metaTitle', true);
}

export default async function InboxEnquiryPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requireStaff(locale);
  const query = await searchParams;
  const ref = (one(query.ref) ?? '').slice(0, 20);
  const detail = ref ? await enquiryDetail((await enquiryService()).store.sql, ref) : null;
  const t = await getTranslations({ locale, namespace: 'inbox' });
  return (
    <InboxShell locale={locale} user={user} path="/inbox/enquiry" query={ref ? `ref=${encodeURIComponent(ref)}` : undefined}>
      {detail ? (
        <EnquiryView locale={locale} detail={detail} notice={{ saved: one(query.saved), error: one(query.error) }} />
      ) : (
        <>
          <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('title')}</h1>
          <p className="mt-4 text-slate-700">{t('notFound')}</p>
          <Link href={localePath(locale, '/inbox')} className="btn-primary mt-6">
            {t('back')}
          </Link>
        </>
      )}
    </InboxShell>
  );
}
