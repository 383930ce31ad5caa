'use client';

import { useActionState, useEffect, useRef } from 'react';
import { INITIAL_STAFF_STATE, type StaffFormState } from '@/lib/inbox/form-state';
import type { Locale } from '@/lib/i18n/routing';
import { INPUT, LABEL } from './styles';

const DANGER = 'inline-flex items-center justify-center rounded-md bg-red-700 px-5 py-3 font-semibold text-white hover:bg-red-800';

/** One field of a staff form, as data: the server component that uses the form says what it holds. */
export type StaffField =
  | { kind: 'hidden'; name: string; value: string }
  | {
      kind: 'text' | 'email' | 'password';
      name: string;
      label: string;
      hint?: string;
      autoComplete?: string;
      maxLength?: number;
      required?: boolean;
    }
  | { kind: 'textarea'; name: string; label: string; maxLength: number; rows?: number; required?: boolean }
  | { kind: 'select'; name: string; label: string; value: string; options: ReadonlyArray<{ value: string; label: string }> }
  | { kind: 'checkbox'; name: string; label: string; value: string };

export interface StaffFormProps {
  locale: Locale;
  /** The form's id prefix (ids stay unique when a page has several forms). */
  id: string;
  action: (previous: StaffFormState, form: FormData) => Promise<StaffFormState>;
  fields: readonly StaffField[];
  submit: string;
  /** Error messages by StaffError, `{minutes}` filled in; `title` heads them. */
  errors: Record<string, string> & { title: string };
  danger?: boolean;
  className?: string;
}

/**
 * A staff form posting to a server action: without JavaScript the page comes back with the error and what was typed
 * (passwords aside), as it does with it. The first field is focused when an error comes back.
 */
export function StaffForm({ locale, id, action, fields, submit, errors, danger, className }: StaffFormProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_STAFF_STATE);
  const alert = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.attempt > 0) alert.current?.focus();
  }, [state.attempt]);
  const message = state.error
    ? (errors[state.error] ?? errors.unavailable ?? '').replace('{minutes}', String(state.retryAfterMinutes))
    : null;
  const value = (name: string, fallback = '') => state.values[name] ?? fallback;
  return (
    <form key={state.attempt} action={formAction} className={className}>
      <input type="hidden" name="locale" value={locale} />
      {message && (
        <p
          ref={alert}
          tabIndex={-1}
          id={`${id}-error`}
          role="alert"
          className="mb-3 rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900"
        >
          <strong>{errors.title}:</strong> {message}
        </p>
      )}
      {fields.map((f) => {
        const fid = `${id}-${f.name}`;
        const described = message ? `${id}-error` : undefined;
        switch (f.kind) {
          case 'hidden':
            return <input key={f.name} type="hidden" name={f.name} value={f.value} />;
          case 'select':
            return (
              <div key={f.name} className="mb-3">
                <label htmlFor={fid} className={LABEL}>
                  {f.label}
                </label>
                <select id={fid} name={f.name} defaultValue={value(f.name, f.value)} aria-describedby={described} className={INPUT}>
                  {f.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </div>
            );
          case 'textarea':
            return (
              <div key={f.name} className="mb-3">
                <label htmlFor={fid} className={LABEL}>
                  {f.label}
                </label>
                <textarea
                  id={fid}
                  name={f.name}
                  rows={f.rows ?? 4}
                  maxLength={f.maxLength}
                  required={f.required}
                  defaultValue={value(f.name)}
                  aria-describedby={described}
                  className={INPUT}
                />
              </div>
            );
          case 'checkbox':
            return (
              <div key={f.name} className="mb-3 flex items-start gap-2">
                <input
                  id={fid}
                  type="checkbox"
                  name={f.name}
                  value={f.value}
                  required
                  className="mt-1 size-5 shrink-0"
                  aria-describedby={described}
                />
                <label htmlFor={fid} className="text-slate-900">
                  {f.label}
                </label>
              </div>
            );
          default:
            return (
              <div key={f.name} className="mb-3">
                <label htmlFor={fid} className={LABEL}>
                  {f.label}
                </label>
                {f.hint && (
                  <p id={`${fid}-hint`} className="text-sm text-slate-600">
                    {f.hint}
                  </p>
                )}
                <input
                  id={fid}
                  type={f.kind}
                  name={f.name}
                  autoComplete={f.autoComplete}
                  maxLength={f.maxLength}
                  required={f.required}
                  defaultValue={f.kind === 'password' ? undefined : value(f.name)}
                  aria-describedby={[f.hint ? `${fid}-hint` : '', described ?? ''].filter(Boolean).join(' ') || undefined}
                  className={INPUT}
                />
              </div>
            );
        }
      })}
      <button type="submit" className={danger ? DANGER : 'btn-primary'} disabled={pending}>
        {submit}
      </button>
    </form>
  );
}
