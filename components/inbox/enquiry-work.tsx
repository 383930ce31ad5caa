import { getTranslations } from 'next-intl/server';
import { noteAction, ownerAction, statusAction } from '@/lib/inbox/enquiry-actions';
import { ENQUIRY_STATUSES, MAX_NOTE_LENGTH } from '@/lib/inbox/case-store';
import type { EnquiryDetail } from '@/lib/inbox/views';
import type { Locale } from '@/lib/i18n/routing';
import { StaffForm } from './staff-form';
import { staffErrors } from './staff-errors';
import { When } from './when';

/** An enquiry's history (status, owner, notes; who and when) and the forms that add to it. */
export async function EnquiryWork({ locale, detail }: { locale: Locale; detail: EnquiryDetail }) {
  const t = await getTranslations({ locale, namespace: 'inbox' });
  const errors = await staffErrors(locale);
  const { enquiry: e, history } = detail;
  const ref = { kind: 'hidden', name: 'ref', value: e.reference } as const;
  const box = 'rounded-lg border border-slate-200 p-4';
  return (
    <section aria-labelledby="history" className="mt-10">
      <h2 id="history" className="text-2xl font-semibold text-slate-900">
        {t('historyTitle')}
      </h2>
      {history.length === 0 ? (
        <p className="mt-2 text-slate-700">{t('historyNone')}</p>
      ) : (
        <ol className="mt-2 space-y-3">
          {history.map((h) => (
            <li key={h.id} className="border-l-4 border-slate-300 pl-3">
              <p className="text-sm text-slate-600">
                <When locale={locale} date={h.at} />
              </p>
              <p className="text-slate-900">
                {h.kind === 'status'
                  ? t('historyStatus', { actor: h.actor, status: t(`statuses.${h.status}`) })
                  : h.kind === 'owner'
                    ? h.owner
                      ? t('historyOwner', { actor: h.actor, owner: h.owner })
                      : t('historyOwnerNone', { actor: h.actor })
                    : t('historyNote', { actor: h.actor })}
              </p>
              {h.kind === 'note' && <p className="mt-1 whitespace-pre-wrap break-words text-slate-800">{h.note}</p>}
            </li>
          ))}
        </ol>
      )}
      <div className="mt-6 grid gap-6 md:grid-cols-3">
        <StaffForm
          locale={locale}
          id="owner"
          action={ownerAction}
          className={box}
          errors={errors}
          submit={t('saveOwner')}
          fields={[
            ref,
            {
              kind: 'select',
              name: 'owner',
              label: t('ownerLabel'),
              value: e.owner?.id ?? 'none',
              options: [{ value: 'none', label: t('nobody') }, ...detail.staff.map((u) => ({ value: u.id, label: u.email }))],
            },
          ]}
        />
        <StaffForm
          locale={locale}
          id="status"
          action={statusAction}
          className={box}
          errors={errors}
          submit={t('saveStatus')}
          fields={[
            ref,
            {
              kind: 'select',
              name: 'status',
              label: t('changeStatus'),
              value: e.status,
              options: ENQUIRY_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
            },
          ]}
        />
        <StaffForm
          locale={locale}
          id="note"
          action={noteAction}
          className={box}
          errors={errors}
          submit={t('saveNote')}
          fields={[ref, { kind: 'textarea', name: 'note', label: t('noteLabel'), maxLength: MAX_NOTE_LENGTH, required: true }]}
        />
      </div>
    </section>
  );
}
