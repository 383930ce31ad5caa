import * as z from 'zod/mini';
import { LOCALES } from '@/lib/i18n/routing';

// No generated parsers: zod otherwise probes `new Function`, which the site's CSP (no eval) reports (see README).
z.config({ jitless: true });

/**
 * The enquiry form's one schema, used by react-hook-form in the browser and by the server action.
 * Messages are keys under `enquiry.errors` in the locale messages, so each side shows them in its language.
 * zod/mini keeps the browser bundle small; the rules are the same on both sides.
 */

const optionalText = (max: number, message: string) => z.string().check(z.trim(), z.maxLength(max, message));

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{6,24}$/;
// WeChat IDs are 6–20 letters, digits, "_" or "-"; older accounts use a phone number, so digits may lead.
const WECHAT = /^[A-Za-z0-9_-]{5,40}$/;

const pattern = (re: RegExp, message: string) => z.refine<string>((value) => value === '' || re.test(value), message);

export const ENQUIRY_FIELDS = ['name', 'company', 'email', 'phone', 'wechat', 'language', 'message', 'consent', 'includeResult'] as const;
export type EnquiryField = (typeof ENQUIRY_FIELDS)[number] | 'contact';

export const enquirySchema = z
  .object({
    name: z.string().check(z.trim(), z.minLength(1, 'nameRequired'), z.maxLength(120, 'tooLong')),
    company: optionalText(200, 'tooLong'),
    email: optionalText(254, 'tooLong').check(pattern(EMAIL, 'emailInvalid')),
    phone: optionalText(24, 'phoneInvalid').check(pattern(PHONE, 'phoneInvalid')),
    wechat: optionalText(40, 'wechatInvalid').check(pattern(WECHAT, 'wechatInvalid')),
    language: z.enum(LOCALES, 'languageRequired'),
    message: z.string().check(z.trim(), z.minLength(1, 'messageRequired'), z.maxLength(5000, 'messageTooLong')),
    consent: z.literal(true, 'consentRequired'),
    includeResult: z.boolean(),
  })
  .check(
    z.refine((value) => [value.email, value.phone, value.wechat].some((v) => typeof v === 'string' && v.trim() !== ''), {
      message: 'contactRequired',
      path: ['contact'],
      // Report a missing way to reach the visitor together with the other fields' errors, not after them.
      when: () => true,
    }),
  );

/** The form's values before validation: what the browser form holds and what a POST is read into. */
export type EnquiryInput = Omit<z.input<typeof enquirySchema>, 'consent' | 'language'> & { consent: boolean; language: string };
export type EnquiryValues = z.output<typeof enquirySchema>;
export type EnquiryErrors = Partial<Record<EnquiryField, string>>;

/** The first error of each field, as message keys; empty when the values are valid. */
export function enquiryErrors(values: unknown): { ok: true; data: EnquiryValues } | { ok: false; errors: EnquiryErrors } {
  const parsed = enquirySchema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: EnquiryErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'contact') as EnquiryField;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Reads the posted form (JavaScript on or off) into the schema's input shape; unknown fields are ignored. */
export function enquiryInputFromForm(form: FormData): EnquiryInput {
  const text = (key: string) => {
    const value = form.get(key);
    return typeof value === 'string' ? value.slice(0, 20_000) : '';
  };
  return {
    name: text('name'),
    company: text('company'),
    email: text('email'),
    phone: text('phone'),
    wechat: text('wechat'),
    language: text('language'),
    message: text('message'),
    consent: form.get('consent') === 'on',
    includeResult: form.get('includeResult') === 'on',
  };
}
