'use client';

import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { INITIAL_WATCH_STATE, type WatchFormState } from '@/lib/watch/form-state';

/** One input of the form: the address (required) or a date (optional). */
export interface WatchFormField {
  name: 'email' | 'launch' | 'granted';
  label: string;
  hint?: string;
}

export interface WatchFormProps {
  /** The server action (lib/watch/action.ts): it answers with the refusal, or redirects. */
  action: (state: WatchFormState, form: FormData) => Promise<WatchFormState>;
  id: string;
  fields: readonly WatchFormField[];
  /** Hidden inputs: the locale, the form key, the result code. */
  hidden: Readonly<Record<string, string>>;
  /** Rendered on the server: what is sent, how often, how to stop (above the button). */
  statement?: ReactNode;
  /** A legend and hint for the dates, when the form asks for any. */
  dates?: { legend: string; hint: string };
  labels: { submit: string; sending: string; required: string; honeypot: string; summaryTitle: string; summaryLead: string; colon: string };
  errors: Readonly<Record<string, string>>;
}

const INPUT =
  'mt-1 block w-full max-w-md rounded-md border border-slate-400 px-3 py-2 text-base text-slate-900 focus:border-brand-700 focus:outline-2 focus:outline-brand-700 aria-[invalid=true]:border-red-700';

/**
 * The subscribe form (and the form asking for the link to one's alerts). Without JavaScript it posts to the server
 * action and the page comes back with the refusal and everything typed; with it, the same action answers in place.
 * The server checks everything: the form holds no rules of its own.
 */
export function WatchForm({ action, id, fields, hidden, statement, dates, labels, errors }: WatchFormProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_WATCH_STATE);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.attempt > 0) summary.current?.focus();
  }, [state.attempt]);
  const shown = fields.filter((f) => state.errors[f.name]);
  const message = (key: string) => errors[key] ?? key;

  const input = (f: WatchFormField) => {
    const error = state.errors[f.name];
    const describedBy = [f.hint && `${id}-${f.name}-hint`, error && `${id}-${f.name}-error`].filter(Boolean).join(' ') || undefined;
    return (
      <div key={f.name} className="mt-3">
        <label htmlFor={`${id}-${f.name}`} className="block font-medium text-slate-900">
          {f.label}
          {f.name === 'email' && <span className="text-sm font-normal text-slate-600"> {labels.required}</span>}
        </label>
        {f.hint && (
          <p id={`${id}-${f.name}-hint`} className="text-sm text-slate-600">
            {f.hint}
          </p>
        )}
        <input
          id={`${id}-${f.name}`}
          name={f.name}
          type={f.name === 'email' ? 'email' : 'date'}
          defaultValue={state.values?.[f.name] ?? ''}
          autoComplete={f.name === 'email' ? 'email' : 'off'}
          required={f.name === 'email'}
          aria-invalid={!!error}
          aria-describedby={describedBy}
          className={f.name === 'email' ? INPUT : `${INPUT} sm:w-56`}
        />
        {error && (
          <p id={`${id}-${f.name}-error`} className="mt-1 text-sm font-medium text-red-800">
            {message(error)}
          </p>
        )}
      </div>
    );
  };

  return (
    <form action={formAction} noValidate className="mt-4" key={state.attempt}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {(shown.length > 0 || state.notice) && (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          aria-labelledby={`${id}-summary`}
          className="rounded-md border-2 border-red-700 bg-red-50 p-4"
        >
          <h3 id={`${id}-summary`} className="font-semibold text-red-900">
            {labels.summaryTitle}
          </h3>
          {state.notice ? (
            <p className="mt-1 text-red-900">{state.notice}</p>
          ) : (
            <>
              <p className="mt-1 text-red-900">{labels.summaryLead}</p>
              <ul className="mt-1 list-disc pl-5">
                {shown.map((f) => (
                  <li key={f.name}>
                    <a href={`#${id}-${f.name}`} className="text-red-900 underline">
                      {f.label}
                      {labels.colon}
                      {message(state.errors[f.name]!)}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {fields.filter((f) => f.name === 'email').map(input)}
      {dates && fields.some((f) => f.name !== 'email') && (
        <fieldset className="mt-4" aria-describedby={`${id}-dates-hint`}>
          <legend className="font-medium text-slate-900">{dates.legend}</legend>
          <p id={`${id}-dates-hint`} className="text-sm text-slate-600">
            {dates.hint}
          </p>
          <div className="sm:flex sm:gap-6">{fields.filter((f) => f.name !== 'email').map(input)}</div>
        </fieldset>
      )}
      {statement}
      {/* A field people never see or reach; bots that fill every field fill this one too. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={`${id}-website`}>{labels.honeypot}</label>
        <input id={`${id}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button type="submit" disabled={pending} className="btn-primary mt-4 disabled:opacity-70">
        {pending ? labels.sending : labels.submit}
      </button>
    </form>
  );
}
