import { enquiryErrors, type EnquiryErrors, type EnquiryInput } from './schema';
import type { EnquiryStore } from './store/store';
import { limitKeysOf, type LimitName, type RateLimiter } from './rate-limit';
import { checkFormKey } from './form-key';
import type { AttachedResult, Channel } from './types';
import type { Locale } from '@/lib/i18n/routing';

export type SubmitRequest = {
  locale: Locale;
  input: EnquiryInput;
  /** The form's one-time key (form-key.ts), issued with the page: a double click or a retried request sends the same one. */
  idempotencyKey: string;
  /** The honeypot: a field people never see, so only bots fill it in. */
  honeypot: string;
  /** The result to attach, already checked; null when none was offered. */
  result: AttachedResult | null;
  /** Who is sending, for the rate limit (an address, never stored). */
  client: string;
};

export type SubmitOutcome =
  | { kind: 'stored'; reference: string; created: boolean }
  | { kind: 'invalid'; errors: EnquiryErrors }
  | { kind: 'spam' }
  | { kind: 'rate-limited'; limit: LimitName; retryAfterMinutes: number }
  | { kind: 'unavailable' };

export type SubmitDeps = {
  store: EnquiryStore;
  channels: readonly Channel[];
  limiter: RateLimiter;
  /** The secret form keys are signed with, and how long a form stays valid. */
  formKeys: { secret: Buffer; maxAgeMs: number };
  /** Called once a new enquiry is stored: start delivering it now rather than at the next poll. */
  onStored?: () => void;
  now?: () => Date;
};

/** Checks an enquiry and stores it durably; the visitor is told it was received only after this resolves. */
export async function submitEnquiry(request: SubmitRequest, deps: SubmitDeps): Promise<SubmitOutcome> {
  const checked = enquiryErrors(request.input);
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  if (request.honeypot.trim() !== '') return { kind: 'spam' };
  const now = (deps.now ?? (() => new Date()))();
  // A page without a key this site issued (an old tab, a hand-made request) is refused as stale, not stored.
  if (checkFormKey(request.idempotencyKey, now.getTime(), deps.formKeys.maxAgeMs, deps.formKeys.secret) !== 'valid')
    return { kind: 'invalid', errors: { contact: 'staleForm' } };
  try {
    // A retry of an enquiry already stored is answered with its reference, and not counted again.
    const existing = await deps.store.findByIdempotencyKey(request.idempotencyKey);
    if (existing) return { kind: 'stored', reference: existing.reference, created: false };
    const refusal = await deps.limiter.consume(limitKeysOf(request.client, checked.data.email, checked.data.phone));
    if (refusal) return { kind: 'rate-limited', ...refusal };
    const { data } = checked;
    const { enquiry, created } = await deps.store.insert(
      {
        idempotencyKey: request.idempotencyKey,
        locale: request.locale,
        name: data.name,
        company: data.company,
        email: data.email,
        phone: data.phone,
        wechat: data.wechat,
        preferredLanguage: data.language,
        message: data.message,
        result: data.includeResult ? request.result : null,
      },
      deps.channels,
      now,
    );
    if (created) deps.onStored?.();
    return { kind: 'stored', reference: enquiry.reference, created };
  } catch (error) {
    console.error('[enquiries] could not store an enquiry:', error instanceof Error ? error.message : error);
    return { kind: 'unavailable' };
  }
}
