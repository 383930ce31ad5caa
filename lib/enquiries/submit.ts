import { enquiryErrors, type EnquiryErrors, type EnquiryInput } from './schema';
import type { EnquiryStore } from './store/store';
import type { RateLimiter } from './rate-limit';
import type { AttachedResult, Channel } from './types';
import type { Locale } from '@/lib/i18n/routing';

export type SubmitRequest = {
  locale: Locale;
  input: EnquiryInput;
  /** The form's one-time key: a double click or a retried request sends the same one. */
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
  | { kind: 'rate-limited'; retryAfterMinutes: number }
  | { kind: 'unavailable' };

export type SubmitDeps = {
  store: EnquiryStore;
  channels: readonly Channel[];
  limiter: RateLimiter;
  /** Called once a new enquiry is stored: start delivering it now rather than at the next poll. */
  onStored?: () => void;
  now?: () => Date;
};

const KEY = /^[A-Za-z0-9-]{16,64}$/;

/** Checks an enquiry and stores it durably; the visitor is told it was received only after this resolves. */
export async function submitEnquiry(request: SubmitRequest, deps: SubmitDeps): Promise<SubmitOutcome> {
  const checked = enquiryErrors(request.input);
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  if (request.honeypot.trim() !== '') return { kind: 'spam' };
  // A page without a valid key (an old tab, a hand-made request) is refused as stale rather than stored twice.
  if (!KEY.test(request.idempotencyKey)) return { kind: 'invalid', errors: { contact: 'staleForm' } };
  const wait = deps.limiter.retryAfterMinutes(request.client);
  try {
    if (wait > 0) {
      // A retry of an enquiry already stored is still answered with its reference, whatever the limit says.
      const existing = await deps.store.findByIdempotencyKey(request.idempotencyKey);
      if (existing) return { kind: 'stored', reference: existing.reference, created: false };
      return { kind: 'rate-limited', retryAfterMinutes: wait };
    }
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
      (deps.now ?? (() => new Date()))(),
    );
    if (created) {
      deps.limiter.record(request.client);
      deps.onStored?.();
    }
    return { kind: 'stored', reference: enquiry.reference, created };
  } catch (error) {
    console.error('[enquiries] could not store an enquiry:', error instanceof Error ? error.message : error);
    return { kind: 'unavailable' };
  }
}
