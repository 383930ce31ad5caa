import { Link } from '@/components/link';
import { PageHeading } from '@/components/page-heading';
import { getTranslations } from 'next-intl/server';
import type { Attachment } from '@/lib/enquiries/attachment';
import { getSite } from '@/lib/content/site';
import { issueFormKey } from '@/lib/enquiries/form-key';
import { localePath } from '@/lib/i18n/paths';
import { LANGUAGE_TAGS, LOCALES, type Locale } from '@/lib/i18n/routing';
import { firstQuestionHref } from '@/lib/addresses/urls';
import { formatAnswer } from '@/components/questionnaire/format-answer';
import { EnquiryForm, type EnquiryFormLabels } from './enquiry-form';

const LABEL_KEYS = [
  'required',
  'name',
  'company',
  'companyHint',
  'contactLegend',
  'contactHint',
  'email',
  'phone',
  'phoneHint',
  'wechat',
  'language',
  'message',
  'messageHint',
  'includeResult',
  'includeResultHint',
  'honeypot',
  'submit',
  'sending',
  'errorSummaryTitle',
  'errorSummaryLead',
  'directContact',
] as const;
const ERROR_KEYS = [
  'nameRequired',
  'tooLong',
  'emailInvalid',
  'phoneInvalid',
  'wechatInvalid',
  'contactRequired',
  'languageRequired',
  'messageRequired',
  'messageTooLong',
  'consentRequired',
  'staleForm',
  'nameControl',
  'companyControl',
  'emailControl',
  'phoneControl',
  'wechatControl',
  'messageControl',
] as const;

/** The enquiry page's body: what is sent, what is stored and why, and the form. */
export async function EnquirySection({ locale, attachment }: { locale: Locale; attachment: Attachment }) {
  const t = await getTranslations({ locale });
  const site = getSite();
  const operator = site.name[locale];
  const withResult = attachment.kind === 'result';
  const labels: EnquiryFormLabels = {
    ...(Object.fromEntries(LABEL_KEYS.map((k) => [k, t(`enquiry.${k}`)])) as Record<(typeof LABEL_KEYS)[number], string>),
    consent: t('enquiry.consent', { operator }),
    errors: Object.fromEntries(ERROR_KEYS.map((k) => [k, t(`enquiry.errors.${k}`)])),
  };

  const preview =
    attachment.kind === 'result' ? (
      <section aria-labelledby="enquiry-attachment">
        <h2 id="enquiry-attachment" className="text-lg font-semibold text-slate-900">
          {t('enquiry.attachmentTitle')}
        </h2>
        <p className="mt-1 text-slate-700">{t('enquiry.attachmentLead')}</p>
        <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold text-slate-700">{t('enquiry.attachmentLink')}</dt>
          <dd className="break-all">
            <Link href={attachment.path} className="text-brand-800 underline">
              {attachment.result.url}
            </Link>
          </dd>
          <dt className="font-semibold text-slate-700">{t('enquiry.attachmentVersion')}</dt>
          <dd>{attachment.result.rulesetVersion}</dd>
          <dt className="font-semibold text-slate-700">{t('enquiry.attachmentAnswers')}</dt>
          <dd>
            <ul className="space-y-1">
              {attachment.answered.map(({ question, value }) => (
                <li key={question.id}>
                  {t(`assessment.questions.${question.id}.title`)}{' '}
                  <strong className="font-medium">{formatAnswer(t, question, value)}</strong>
                </li>
              ))}
            </ul>
          </dd>
        </dl>
      </section>
    ) : null;

  const privacy = (
    <section aria-labelledby="enquiry-privacy">
      <h2 id="enquiry-privacy" className="text-lg font-semibold text-slate-900">
        {t('enquiry.privacyTitle')}
      </h2>
      <p className="mt-1 text-slate-700">
        {t('enquiry.privacyBody', {
          withResult: withResult ? 'yes' : 'no',
          operator,
          days: site.enquiries.retentionDays,
          email: site.email,
        })}
      </p>
    </section>
  );

  return (
    <>
      <PageHeading title={t('enquiry.title')} lead={t('enquiry.lead')} />
      {attachment.kind === 'unreadable' && (
        <p role="note" className="mt-4 rounded bg-amber-50 px-3 py-2 text-amber-900">
          {t('enquiry.attachmentUnreadable')}
        </p>
      )}
      {attachment.kind === 'none' && (
        <p className="mt-4 text-slate-700">
          {t('enquiry.noAttachment')}
          <Link href={firstQuestionHref(locale)} className="ml-2 text-brand-800 underline">
            {t('enquiry.takeAssessment')}
          </Link>
        </p>
      )}
      <EnquiryForm
        locale={locale}
        submissionKey={issueFormKey()}
        resultPath={attachment.kind === 'result' ? attachment.path : null}
        attachment={preview}
        privacy={privacy}
        contactHref={localePath(locale, '/contact')}
        labels={labels}
        languages={LOCALES.map((value) => ({ value, label: t(`enquiry.languages.${value}`), lang: LANGUAGE_TAGS[value] }))}
      />
    </>
  );
}
