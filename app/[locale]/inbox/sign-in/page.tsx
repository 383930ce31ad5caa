import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/lib/i18n/page';
import { localePath } from '@/lib/i18n/paths';
import { messageMetadata } from '@/lib/seo';
import { currentStaff } from '@/lib/inbox/session';
import { InboxFrame } from '@/components/inbox/inbox-frame';
import { SignInForm } from '@/components/inbox/sign-in-form';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/inbox/sign-in', 'inbox.signInTitle', 'inbox.signInLead', true);
}

export default async function SignInPage({ params }: Props) {
  const locale = await resolveLocale(params);
  if (await currentStaff().catch(() => null)) redirect(localePath(locale, '/inbox'));
  const t = await getTranslations({ locale, namespace: 'inbox' });
  return (
    <InboxFrame locale={locale} path="/inbox/sign-in">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('signInTitle')}</h1>
      <p className="mt-4 text-slate-700">{t('signInLead')}</p>
      <SignInForm locale={locale} labels={{ email: t('email'), password: t('password'), signIn: t('signIn'), signingIn: t('signingIn') }} />
    </InboxFrame>
  );
}
