import * as z from 'zod/mini';
import { EMAIL } from '@/lib/enquiries/schema';
import { readDay } from './duties';

// No generated parsers: zod otherwise probes `new Function`, which the site's CSP (no eval) reports.
z.config({ jitless: true });

/**
 * The subscribe form's one schema (the server checks it; the form shows what it says, in the visitor's language:
 * messages are keys under `watch.section.errors`). Dates are optional calendar days between 2000 and 2100.
 */
export const WATCH_FIELDS = ['email', 'launch', 'granted'] as const;
export type WatchField = (typeof WATCH_FIELDS)[number];
export type WatchInput = Record<WatchField, string>;
export type WatchErrors = Partial<Record<WatchField, string>>;

const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

const day = z.string().check(
  z.trim(),
  z.refine((v) => v === '' || readDay(v) !== null, 'dateInvalid'),
  z.refine((v) => v === '' || (v >= '2000-01-01' && v <= '2100-12-31'), 'dateRange'),
);

export const watchSchema = z.object({
  email: z.string().check(
    z.trim(),
    z.refine((v) => !CONTROL.test(v), 'emailControl'),
    z.minLength(1, 'emailRequired'),
    z.maxLength(254, 'tooLong'),
    z.refine((v) => v === '' || EMAIL.test(v), 'emailInvalid'),
  ),
  launch: day,
  granted: day,
});

/** What the visitor typed, as strings (missing fields are empty). */
export function watchInputFromForm(form: FormData): WatchInput {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value.slice(0, 1000) : '';
  };
  return { email: text('email'), launch: text('launch'), granted: text('granted') };
}

/** The checked input (dates empty become null), or each field's first error key. */
export function checkWatchInput(
  input: WatchInput,
): { ok: true; data: { email: string; launch: string | null; granted: string | null } } | { ok: false; errors: WatchErrors } {
  const parsed = watchSchema.safeParse(input);
  if (parsed.success) {
    const { email, launch, granted } = parsed.data;
    return { ok: true, data: { email, launch: launch || null, granted: granted || null } };
  }
  const errors: WatchErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as WatchField;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
