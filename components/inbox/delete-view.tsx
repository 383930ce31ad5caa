import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/link';
import { deleteAction } from '@/lib/inbox/enquiry-actions';
import type { DeletionView } from '@/lib/inbox/views';
import type { Delivery } from '@/lib/enquiries/types';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { formatWhen } from '@/lib/inbox/time';
import { StaffForm } from './staff-form';
import { staffErrors } from './staff-errors';
import { When } from './when';

/** The confirmation before a deletion: what goes, which copies the site cannot delete, and the button. */
export async function DeleteView({ locale, view }: { locale: Locale; view: DeletionView }) {
  const t = await getTranslations({ locale, namespace: 'inbox' });
  const alerts = await getTranslations({ locale, namespace: 'watch.inbox' });
  const errors = await staffErrors(locale);
  const { plan } = view;
  const channel = (d: Delivery) => t(`channels.${d.channel}`);
  const copies = (deliveries: readonly Delivery[]) => {
    const lines = deliveries.map((d) =>
      d.status === 'delivered'
        ? t(d.channel === 'email' ? 'copyEmail' : 'copyWebhook', { at: d.deliveredAt ? formatWhen(locale, d.deliveredAt) : '' })
        : d.status === 'pending'
          ? t('copyPending', { channel: channel(d) })
          : t('copyFailed', { channel: channel(d) }),
    );
    return lines.length ? lines : [t('copyNone')];
  };
  const back = `${localePath(locale, '/inbox/enquiry')}?ref=${encodeURIComponent(view.reference)}`;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('deleteTitle')}</h1>
      <p className="mt-3 max-w-3xl text-slate-800">
        {t(view.scope === 'person' ? 'deleteLeadPerson' : 'deleteLeadOne', { reference: view.reference })}
      </p>
      <h2 className="mt-6 text-xl font-semibold text-slate-900">{t('deleteList')}</h2>
      <ul className="mt-2 space-y-3">
        {plan.enquiries.map((e) => (
          <li key={e.id} className="rounded-md border border-slate-200 p-3">
            <p>
              <span className="font-mono font-semibold">{e.reference}</span> · {e.name}
              {e.company && ` · ${e.company}`} · <When locale={locale} date={e.createdAt} />
            </p>
            <p className="mt-1 text-sm font-medium text-slate-700">{t('copiesTitle')}:</p>
            <ul className="list-disc pl-5 text-sm text-slate-800">
              {copies(plan.deliveries.get(e.id) ?? []).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {plan.also.map((a) => (
        <p key={a.name} className="mt-4 text-slate-800" data-also={a.name}>
          {a.name === 'resultAlerts' ? alerts('also', { count: a.count }) : `${a.name}: ${a.count}`}
        </p>
      ))}
      <p className="mt-4 text-slate-800">{t('backups')}</p>
      <p className="mt-1 text-slate-800">{t('auditNote')}</p>
      <StaffForm
        locale={locale}
        id="delete"
        action={deleteAction}
        className="mt-6 max-w-xl rounded-lg border-2 border-red-700 p-4"
        errors={errors}
        danger
        submit={t('deleteButton', { count: plan.enquiries.length })}
        fields={[
          { kind: 'hidden', name: 'ref', value: view.reference },
          { kind: 'hidden', name: 'scope', value: view.scope },
          { kind: 'hidden', name: 'confirmed', value: plan.enquiries.map((e) => e.reference).join(',') },
          { kind: 'checkbox', name: 'confirm', value: 'yes', label: t('confirmDelete') },
        ]}
      />
      <p className="mt-4">
        <Link href={back} className="text-brand-800 underline">
          {t('cancel')}
        </Link>
      </p>
    </>
  );
}
