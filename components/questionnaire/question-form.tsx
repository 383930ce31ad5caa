'use client';

import { useEffect, useRef } from 'react';
import { useRouter } from 'next/navigation';
import { useForm, type Resolver } from 'react-hook-form';
import { answerSchemaFor } from '@/lib/assessment/schema';
import { getQuestion } from '@/lib/assessment/flow';
import type { Locale } from '@/lib/i18n/routing';
import { readQuestionForm } from '@/lib/addresses/assessment-address';

export interface QuestionFormLabels {
  title: string;
  hint: string | null;
  options: readonly { id: string; label: string; hint: string | null }[];
  submit: string;
  /** The empty first entry of a drop-down list ("Choose…"). */
  choose: string;
  errorSummaryTitle: string;
  /** Message per error key (`required`, `invalid-option`, …). */
  errors: Readonly<Record<string, string>>;
}

export interface QuestionFormProps {
  locale: Locale;
  questionId: string;
  action: string;
  /** The other answers, carried as hidden fields so the form works without JavaScript. */
  hidden: readonly (readonly [string, string])[];
  /** The value to show checked: a string, or strings for a multiple-choice question. */
  initial: string | readonly string[] | null;
  initialError: string | null;
  stepField: string;
  labels: QuestionFormLabels;
}

type FormValues = Record<string, string | string[] | boolean | null | undefined>;

/**
 * When the last answer was given here (with JavaScript), the next question's heading takes the keyboard focus as soon
 * as it appears, as a page load would put the reader at the top. Kept across the client navigation, for a few seconds.
 */
let answeredAt = 0;
const FOCUS_WINDOW_MS = 10_000;
function markAnswered() {
  answeredAt = Date.now();
}
/** Whether this question follows one just answered here; true once. */
function takeAnswered(): boolean {
  const recent = Date.now() - answeredAt <= FOCUS_WINDOW_MS;
  answeredAt = 0;
  return recent;
}

/**
 * One question as a plain GET form. Without JavaScript the browser submits it and the server
 * validates; with JavaScript, react-hook-form checks it with the same zod schema and moves on in place.
 */
export function QuestionForm({ locale, questionId, action, hidden, initial, initialError, stepField, labels }: QuestionFormProps) {
  const router = useRouter();
  const question = getQuestion(questionId)!;
  const multi = question.kind === 'multi';
  const summaryRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (takeAnswered()) headingRef.current?.focus();
  }, []);

  const resolver: Resolver<FormValues> = async (values) => {
    const raw = values[questionId];
    const normalised = multi ? (Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : []) : (raw ?? '');
    const result = answerSchemaFor(question).safeParse(normalised);
    if (result.success) return { values, errors: {} };
    const code = result.error.issues[0]?.message ?? 'required';
    return { values: {}, errors: { [questionId]: { type: 'validate', message: code } } };
  };

  const { register, handleSubmit, formState } = useForm<FormValues>({
    resolver,
    defaultValues: { [questionId]: initial === null ? (multi ? [] : undefined) : (initial as string | string[]) },
    shouldFocusError: false,
  });

  const errorKey = formState.errors[questionId]?.message ?? (formState.submitCount === 0 ? initialError : null);
  const errorText = errorKey ? (labels.errors[errorKey] ?? labels.errors.required) : null;
  const fieldId = `${questionId}-field`;
  const errorId = `${questionId}-error`;
  const hintId = `${questionId}-hint`;

  useEffect(() => {
    if (formState.submitCount > 0 && formState.errors[questionId]) summaryRef.current?.focus();
  }, [formState.submitCount, formState.errors, questionId]);

  const onValid = (values: FormValues) => {
    const params = new URLSearchParams(hidden.map(([k, v]) => [k, v]));
    const raw = values[questionId];
    for (const v of Array.isArray(raw) ? raw : [raw]) if (typeof v === 'string') params.append(questionId, v);
    params.set(stepField, questionId);
    // Where the form's own address (what it sends without JavaScript) leads, read as the proxy reads it.
    const address = readQuestionForm(locale, questionId, params);
    markAnswered();
    router.push(address.kind === 'redirect' ? address.to : `${action}?${params}`);
  };

  const describedBy = [labels.hint ? hintId : null, errorText ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <form method="get" action={action} noValidate onSubmit={handleSubmit(onValid)} className="mt-6">
      {errorText && (
        <div
          ref={summaryRef}
          tabIndex={-1}
          autoFocus={formState.submitCount === 0 && initialError !== null}
          role="alert"
          aria-labelledby="error-summary-title"
          className="mb-6 rounded-md border-2 border-red-700 bg-red-50 p-4"
        >
          <h2 id="error-summary-title" className="font-semibold text-red-800">
            {labels.errorSummaryTitle}
          </h2>
          <p className="mt-1">
            <a href={`#${fieldId}`} className="text-red-800 underline">
              {errorText}
            </a>
          </p>
        </div>
      )}
      {hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name={stepField} value={questionId} />
      <fieldset aria-describedby={describedBy}>
        <legend className="w-full">
          <h1
            id={`${questionId}-title`}
            ref={headingRef}
            tabIndex={-1}
            className="text-2xl font-bold tracking-tight text-slate-900 focus:outline-none sm:text-3xl"
          >
            {labels.title}
          </h1>
        </legend>
        {labels.hint && (
          <p id={hintId} className="mt-3 text-slate-700">
            {labels.hint}
          </p>
        )}
        {errorText && (
          <p id={errorId} className="mt-2 font-semibold text-red-700">
            {errorText}
          </p>
        )}
        {question.display === 'select' ? (
          <div className={`mt-4 ${errorText ? 'border-l-4 border-red-700 pl-4' : ''}`}>
            {/* Many options of one choice: a native list, which works without JavaScript and on every phone. */}
            <select
              id={fieldId}
              aria-labelledby={`${questionId}-title`}
              defaultValue={typeof initial === 'string' ? initial : ''}
              className="block w-full max-w-md rounded-md border border-slate-300 bg-white p-3 text-slate-900"
              {...register(questionId)}
            >
              <option value="" disabled>
                {labels.choose}
              </option>
              {labels.options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
            {labels.options
              .filter((option) => option.hint)
              .map((option) => (
                <p key={option.id} className="mt-2 text-sm text-slate-600">
                  {option.label}: {option.hint}
                </p>
              ))}
          </div>
        ) : (
          <div className={`mt-4 space-y-3 ${errorText ? 'border-l-4 border-red-700 pl-4' : ''}`}>
            {labels.options.map((option, i) => {
              const id = i === 0 ? fieldId : `${questionId}-${option.id}`;
              const optionHint = option.hint ? `${id}-hint` : undefined;
              return (
                <div
                  key={option.id}
                  className="flex items-start gap-3 rounded-md border border-slate-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
                >
                  <input
                    id={id}
                    type={multi ? 'checkbox' : 'radio'}
                    value={option.id}
                    aria-labelledby={`${id}-label`}
                    // Checked in the server HTML too, so a returning or corrected answer shows without JavaScript.
                    defaultChecked={
                      initial === null ? false : typeof initial === 'string' ? initial === option.id : initial.includes(option.id)
                    }
                    aria-describedby={optionHint}
                    className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
                    {...register(questionId)}
                  />
                  {/* The hint sits inside the label so the whole card is clickable; aria-hidden keeps it out of the
                    accessible name, and aria-describedby still reads it as the description. */}
                  <label htmlFor={id} className="cursor-pointer">
                    <span id={`${id}-label`} className="font-medium text-slate-900">
                      {option.label}
                    </span>
                    {option.hint && (
                      <span id={optionHint} aria-hidden="true" className="block text-sm text-slate-600">
                        {option.hint}
                      </span>
                    )}
                  </label>
                </div>
              );
            })}
          </div>
        )}
      </fieldset>
      <button type="submit" className="btn-primary mt-8">
        {labels.submit}
      </button>
    </form>
  );
}
