import { getTranslations } from 'next-intl/server';
import { addStaffAction, passwordAction, removeStaffAction } from '@/lib/inbox/account-actions';
import { STAFF_ROLES, type StaffUser } from '@/lib/inbox/store';
import type { Locale } from '@/lib/i18n/routing';
import { StaffForm } from './staff-form';
import { staffErrors } from './staff-errors';
import { When } from './when';

const SAVED = ['password', 'added', 'removed'] as const;

export interface AccountViewProps {
  locale: Locale;
  user: StaffUser;
  /** Every account, for an owner; empty for staff. */
  staff: readonly StaffUser[];
  saved: string | null;
}

/** The signed-in member's account: their password, and for an owner the staff accounts. */
export async function AccountView({ locale, user, staff, saved }: AccountViewProps) {
  const t = await getTranslations({ locale, namespace: 'inbox' });
  const errors = await staffErrors(locale);
  const savedKey = SAVED.find((k) => k === saved);
  const box = 'max-w-xl rounded-lg border border-slate-200 p-4';
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('accountTitle')}</h1>
      <p className="mt-2 break-all text-slate-700">
        {user.email} · {t(`roles.${user.role}`)}
      </p>
      {savedKey && (
        <p role="status" className="mt-4 rounded-md border-l-4 border-emerald-600 bg-emerald-50 p-3 text-emerald-900">
          {t(`savedMessages.${savedKey}`)}
        </p>
      )}
      <section aria-labelledby="password" className="mt-8">
        <h2 id="password" className="text-2xl font-semibold text-slate-900">
          {t('passwordTitle')}
        </h2>
        <StaffForm
          locale={locale}
          id="pw"
          action={passwordAction}
          className={`mt-3 ${box}`}
          errors={errors}
          submit={t('savePassword')}
          fields={[
            {
              kind: 'password',
              name: 'current',
              label: t('currentPassword'),
              autoComplete: 'current-password',
              required: true,
              maxLength: 1024,
            },
            {
              kind: 'password',
              name: 'next',
              label: t('newPassword'),
              hint: t('passwordHint'),
              autoComplete: 'new-password',
              required: true,
              maxLength: 256,
            },
            {
              kind: 'password',
              name: 'confirm',
              label: t('confirmPassword'),
              autoComplete: 'new-password',
              required: true,
              maxLength: 256,
            },
          ]}
        />
      </section>
      {user.role === 'owner' && (
        <section aria-labelledby="staff" className="mt-10">
          <h2 id="staff" className="text-2xl font-semibold text-slate-900">
            {t('staffTitle')}
          </h2>
          <p className="mt-2 text-slate-700">{t('staffLead')}</p>
          <ul className="mt-3 space-y-3">
            {staff.map((u) => (
              <li key={u.id} className="flex flex-wrap items-start justify-between gap-3 rounded-md border border-slate-200 p-3">
                <p>
                  <span className="font-medium break-all">{u.email}</span> · {t(`roles.${u.role}`)}
                  {u.id === user.id && ` (${t('you')})`}
                  <span className="block text-sm text-slate-600">
                    <When locale={locale} date={u.createdAt} />
                  </span>
                </p>
                {u.id !== user.id && (
                  <StaffForm
                    locale={locale}
                    id={`remove-${u.id}`}
                    action={removeStaffAction}
                    errors={errors}
                    danger
                    submit={t('removeStaff')}
                    fields={[
                      { kind: 'hidden', name: 'email', value: u.email },
                      { kind: 'checkbox', name: 'confirm', value: 'yes', label: t('removeConfirm', { email: u.email }) },
                    ]}
                  />
                )}
              </li>
            ))}
          </ul>
          <h3 className="mt-8 text-xl font-semibold text-slate-900">{t('addStaffTitle')}</h3>
          <p className="mt-1 text-slate-700">{t('addStaffHint')}</p>
          <StaffForm
            locale={locale}
            id="add"
            action={addStaffAction}
            className={`mt-3 ${box}`}
            errors={errors}
            submit={t('addStaff')}
            fields={[
              { kind: 'email', name: 'email', label: t('email'), autoComplete: 'off', required: true, maxLength: 254 },
              {
                kind: 'password',
                name: 'password',
                label: t('firstPassword'),
                hint: t('passwordHint'),
                autoComplete: 'new-password',
                required: true,
                maxLength: 256,
              },
              {
                kind: 'select',
                name: 'role',
                label: t('roleLabel'),
                value: 'staff',
                options: STAFF_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })),
              },
            ]}
          />
        </section>
      )}
    </>
  );
}
