import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';

/** The staff forms' error messages (raw: StaffForm fills in `{minutes}`), with their heading. */
export async function staffErrors(locale: Locale): Promise<Record<string, string> & { title: string }> {
  const t = await getTranslations({ locale, namespace: 'inbox' });
  return { ...(t.raw('errors') as Record<string, string>), title: t('errorTitle') };
}
