'use server';

import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { attachmentFor } from './attachment';
import { enquiryErrors, enquiryInputFromForm } from './schema';
import { enquiryService } from './service';
import { submitEnquiry, type SubmitOutcome } from './submit';
import type { EnquiryFormState } from './form-state';
import { clientAddress } from '@/lib/security/client-address';
import { getSite } from '@/lib/content/site';

/**
 * The enquiry form's server action: with JavaScript off the browser posts the form here and gets the page
 * back (with the refusal and everything typed) or a redirect to the confirmation page.
 */
export async function sendEnquiry(previous: EnquiryFormState, form: FormData): Promise<EnquiryFormState> {
  const localeValue = form.get('locale');
  const locale: Locale = typeof localeValue === 'string' && isLocale(localeValue) ? localeValue : DEFAULT_LOCALE;
  const input = enquiryInputFromForm(form);
  const t = await getTranslations({ locale, namespace: 'enquiry.refused' });
  const refused = (outcome: Exclude<SubmitOutcome, { kind: 'stored' }>): EnquiryFormState => ({
    status: outcome.kind,
    errors: outcome.kind === 'invalid' ? outcome.errors : {},
    notice:
      outcome.kind === 'spam'
        ? t('spam')
        : outcome.kind === 'rate-limited'
          ? outcome.limit === 'site'
            ? t('siteBusy', { email: getSite().email, phone: getSite().phone })
            : t('rateLimited', { minutes: outcome.retryAfterMinutes })
          : outcome.kind === 'unavailable'
            ? t('unavailable')
            : null,
    values: input,
    attempt: previous.attempt + 1,
  });

  // Field errors need no database: answer them even when the store is down.
  const checked = enquiryErrors(input);
  if (!checked.ok) return refused({ kind: 'invalid', errors: checked.errors });

  let outcome: SubmitOutcome;
  try {
    const service = await enquiryService();
    const attachment = attachmentFor(locale, form.get('result'));
    outcome = await submitEnquiry(
      {
        locale,
        input,
        idempotencyKey: String(form.get('submission') ?? ''),
        honeypot: String(form.get('website') ?? ''),
        result: attachment.kind === 'result' ? attachment.result : null,
        client: clientAddress(await headers(), service.trustedHops),
      },
      {
        store: service.store,
        channels: service.channels,
        limiter: service.limiter,
        formKeys: service.formKeys,
        onStored: () => void service.outbox.runOnce(),
      },
    );
  } catch (error) {
    console.error('[enquiries] store unavailable:', error instanceof Error ? error.message : error);
    outcome = { kind: 'unavailable' };
  }
  if (outcome.kind !== 'stored') return refused(outcome);
  redirect(`${localePath(locale, '/enquiry/sent')}?ref=${encodeURIComponent(outcome.reference)}`);
}
