'use client';

import { startTransition, useActionState, useEffect, useRef, type ReactNode } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { sendEnquiry } from '@/lib/enquiries/action';
import { INITIAL_ENQUIRY_STATE } from '@/lib/enquiries/form-state';
import { enquiryErrors, type EnquiryField, type EnquiryInput } from '@/lib/enquiries/schema';
import type { Locale } from '@/lib/i18n/routing';

export type EnquiryFormLabels = Record<
  | 'required'
  | 'name'
  | 'company'
  | 'companyHint'
  | 'contactLegend'
  | 'contactHint'
  | 'email'
  | 'phone'
  | 'phoneHint'
  | 'wechat'
  | 'language'
  | 'message'
  | 'messageHint'
  | 'includeResult'
  | 'includeResultHint'
  | 'consent'
  | 'honeypot'
  | 'submit'
  | 'sending'
  | 'errorSummaryTitle'
  | 'errorSummaryLead'
  | 'directContact',
  string
> & { errors: Readonly<Record<string, string>> };

export interface EnquiryFormProps {
  locale: Locale;
  /** One per rendering of the form: a double click or a re-sent request stores one enquiry. */
  submissionKey: string;
  /** The result path to send with the enquiry, when the form was opened from a result. */
  resultPath: string | null;
  /** What will be sent with the enquiry (rendered on the server), shown above the checkbox to leave it out. */
  attachment: ReactNode;
  privacy: ReactNode;
  contactHref: string;
  labels: EnquiryFormLabels;
  /** The reply languages to offer, in the order of the site's locales, each named in the page's language. */
  languages: readonly EnquiryLanguage[];
}

/** One reply language: its locale, its name in the page's language and its BCP 47 tag. */
export interface EnquiryLanguage {
  value: Locale;
  label: string;
  lang: string;
}

// Order of the error summary: the order of the fields on the page.
const FIELD_ORDER: readonly EnquiryField[] = ['name', 'company', 'contact', 'email', 'phone', 'wechat', 'language', 'message', 'consent'];
// Where the error summary's link for a field leads: the field's input, or the first of its group.
function fieldTarget(field: EnquiryField, languages: readonly EnquiryLanguage[]): string {
  if (field === 'contact') return 'enquiry-email';
  if (field === 'language') return `enquiry-language-${languages[0]?.value}`;
  return `enquiry-${field}`;
}

const resolver: Resolver<EnquiryInput> = async (values) => {
  const checked = enquiryErrors(values);
  if (checked.ok) return { values, errors: {} };
  const errors = Object.fromEntries(Object.entries(checked.errors).map(([field, key]) => [field, { type: 'validate', message: key }]));
  return { values: {}, errors };
};

/**
 * The enquiry form. Without JavaScript it posts to the server action and the page comes back with any
 * refusal and everything typed; with JavaScript, react-hook-form checks the same schema as the visitor types.
 */
export function EnquiryForm({ locale, submissionKey, resultPath, attachment, privacy, contactHref, labels, languages }: EnquiryFormProps) {
  const [state, formAction, pending] = useActionState(sendEnquiry, INITIAL_ENQUIRY_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const initial: EnquiryInput = state.values ?? {
    name: '',
    company: '',
    email: '',
    phone: '',
    wechat: '',
    language: locale,
    message: '',
    consent: false,
    includeResult: resultPath !== null,
  };
  const { register, handleSubmit, formState } = useForm<EnquiryInput>({
    resolver,
    defaultValues: initial,
    mode: 'onTouched',
    shouldFocusError: false,
  });

  // Errors from the browser's check win; the server's stay until the visitor submits again.
  const clientErrors = formState.errors as Partial<Record<EnquiryField, { message?: string }>>;
  const errorKey = (field: EnquiryField) =>
    clientErrors[field]?.message ?? (formState.submitCount === 0 || pending ? state.errors[field] : undefined);
  const shown = FIELD_ORDER.filter((f) => errorKey(f));
  const refusal = state.notice;

  useEffect(() => {
    if (state.attempt > 0) summaryRef.current?.focus();
  }, [state.attempt]);
  useEffect(() => {
    if (formState.submitCount > 0 && Object.keys(formState.errors).length > 0) summaryRef.current?.focus();
  }, [formState.submitCount, formState.errors]);

  const onSubmit = handleSubmit(() => {
    startTransition(() => formAction(new FormData(formRef.current!)));
  });

  const field = (name: EnquiryField) => {
    const key = errorKey(name);
    return {
      id: `enquiry-${name}`,
      error: key ? (labels.errors[key] ?? key) : null,
      errorId: `enquiry-${name}-error`,
    };
  };
  const describe = (...ids: Array<string | null | false>) => ids.filter(Boolean).join(' ') || undefined;
  const input =
    'mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base text-slate-900 focus:border-brand-700 focus:outline-2 focus:outline-brand-700 aria-[invalid=true]:border-red-700';

  const name = field('name');
  const company = field('company');
  const contact = field('contact');
  const email = field('email');
  const phone = field('phone');
  const wechat = field('wechat');
  const language = field('language');
  const message = field('message');
  const consent = field('consent');
  const errorText = (f: ReturnType<typeof field>) =>
    f.error ? (
      <p id={f.errorId} className="mt-1 text-sm font-medium text-red-800">
        {f.error}
      </p>
    ) : null;

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(e);
      }}
      noValidate
      className="mt-8 space-y-6"
    >
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="submission" value={submissionKey} />
      {resultPath && <input type="hidden" name="result" value={resultPath} />}

      {(shown.length > 0 || refusal) && (
        <div
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          aria-labelledby="enquiry-summary-title"
          className="rounded-md border-2 border-red-700 bg-red-50 p-4"
        >
          <h2 id="enquiry-summary-title" className="text-lg font-semibold text-red-900">
            {labels.errorSummaryTitle}
          </h2>
          {refusal ? (
            <p className="mt-1 text-red-900">
              {refusal}{' '}
              <a href={contactHref} className="font-medium underline">
                {labels.directContact}
              </a>
            </p>
          ) : (
            <>
              <p className="mt-1 text-red-900">{labels.errorSummaryLead}</p>
              <ul className="mt-2 list-disc pl-5">
                {shown.map((f) => (
                  <li key={f}>
                    <a href={`#${fieldTarget(f, languages)}`} className="text-red-900 underline">
                      {labels.errors[errorKey(f)!] ?? errorKey(f)}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}

      <div>
        <label htmlFor={name.id} className="block font-medium text-slate-900">
          {labels.name} <span className="text-sm font-normal text-slate-600">{labels.required}</span>
        </label>
        <input
          {...register('name')}
          id={name.id}
          defaultValue={initial.name}
          autoComplete="name"
          required
          aria-invalid={!!name.error}
          aria-describedby={describe(name.error && name.errorId)}
          className={input}
        />
        {errorText(name)}
      </div>

      <div>
        <label htmlFor={company.id} className="block font-medium text-slate-900">
          {labels.company}
        </label>
        <p id="enquiry-company-hint" className="text-sm text-slate-600">
          {labels.companyHint}
        </p>
        <input
          {...register('company')}
          id={company.id}
          defaultValue={initial.company}
          autoComplete="organization"
          aria-invalid={!!company.error}
          aria-describedby={describe('enquiry-company-hint', company.error && company.errorId)}
          className={input}
        />
        {errorText(company)}
      </div>

      <fieldset
        aria-describedby={describe('enquiry-contact-hint', contact.error && contact.errorId)}
        className="rounded-md border border-slate-300 p-4"
      >
        <legend className="px-1 font-medium text-slate-900">{labels.contactLegend}</legend>
        <p id="enquiry-contact-hint" className="text-sm text-slate-600">
          {labels.contactHint}
        </p>
        {errorText(contact)}
        <div className="mt-3 space-y-4">
          <div>
            <label htmlFor={email.id} className="block font-medium text-slate-900">
              {labels.email}
            </label>
            <input
              {...register('email')}
              id={email.id}
              type="email"
              defaultValue={initial.email}
              autoComplete="email"
              inputMode="email"
              aria-invalid={!!(email.error || contact.error)}
              aria-describedby={describe(email.error && email.errorId)}
              className={input}
            />
            {errorText(email)}
          </div>
          <div>
            <label htmlFor={phone.id} className="block font-medium text-slate-900">
              {labels.phone}
            </label>
            <p id="enquiry-phone-hint" className="text-sm text-slate-600">
              {labels.phoneHint}
            </p>
            <input
              {...register('phone')}
              id={phone.id}
              type="tel"
              defaultValue={initial.phone}
              autoComplete="tel"
              aria-invalid={!!(phone.error || contact.error)}
              aria-describedby={describe('enquiry-phone-hint', phone.error && phone.errorId)}
              className={input}
            />
            {errorText(phone)}
          </div>
          <div>
            <label htmlFor={wechat.id} className="block font-medium text-slate-900">
              {labels.wechat}
            </label>
            <input
              {...register('wechat')}
              id={wechat.id}
              defaultValue={initial.wechat}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={!!(wechat.error || contact.error)}
              aria-describedby={describe(wechat.error && wechat.errorId)}
              className={input}
            />
            {errorText(wechat)}
          </div>
        </div>
      </fieldset>

      <fieldset aria-describedby={describe(language.error && language.errorId)}>
        <legend className="font-medium text-slate-900">{labels.language}</legend>
        {errorText(language)}
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {languages.map(({ value, label, lang }) => (
            <label key={value} className="inline-flex items-center gap-2">
              <input
                {...register('language')}
                id={`enquiry-language-${value}`}
                type="radio"
                value={value}
                defaultChecked={initial.language === value}
                className="h-5 w-5 accent-brand-700"
              />
              <span lang={lang}>{label}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div>
        <label htmlFor={message.id} className="block font-medium text-slate-900">
          {labels.message} <span className="text-sm font-normal text-slate-600">{labels.required}</span>
        </label>
        <p id="enquiry-message-hint" className="text-sm text-slate-600">
          {labels.messageHint}
        </p>
        <textarea
          {...register('message')}
          id={message.id}
          defaultValue={initial.message}
          rows={6}
          required
          aria-invalid={!!message.error}
          aria-describedby={describe('enquiry-message-hint', message.error && message.errorId)}
          className={input}
        />
        {errorText(message)}
      </div>

      {resultPath && (
        <div className="rounded-md border border-slate-300 bg-slate-50 p-4">
          {attachment}
          <label className="mt-4 flex items-start gap-3">
            <input
              {...register('includeResult')}
              id="enquiry-includeResult"
              type="checkbox"
              defaultChecked={initial.includeResult}
              aria-describedby="enquiry-includeResult-hint"
              className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
            />
            <span>
              <span className="font-medium text-slate-900">{labels.includeResult}</span>
              <span id="enquiry-includeResult-hint" className="block text-sm text-slate-600">
                {labels.includeResultHint}
              </span>
            </span>
          </label>
        </div>
      )}

      <div className="rounded-md border border-slate-300 p-4">
        {privacy}
        <label className="mt-4 flex items-start gap-3">
          <input
            {...register('consent')}
            id={consent.id}
            type="checkbox"
            defaultChecked={initial.consent}
            aria-invalid={!!consent.error}
            aria-describedby={describe(consent.error && consent.errorId)}
            className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
          />
          <span className="font-medium text-slate-900">{labels.consent}</span>
        </label>
        {errorText(consent)}
      </div>

      {/* A field people never see or reach; bots that fill every field fill this one too. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="enquiry-website">{labels.honeypot}</label>
        <input id="enquiry-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <button type="submit" disabled={pending} className="btn-primary disabled:opacity-70">
        {pending ? labels.sending : labels.submit}
      </button>
    </form>
  );
}
