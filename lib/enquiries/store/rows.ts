import { randomBytes } from 'node:crypto';
import type { Channel, Delivery, DeliveryStatus, StoredEnquiry } from '../types';
import type { Locale } from '@/lib/i18n/routing';
import type { Classification } from '@/lib/assessment/types';

/** A row of `enquiries` as either database returns it (dates as Date or ISO text, answers as JSON or text). */
export type EnquiryRow = {
  id: string;
  reference: string;
  idempotency_key: string;
  created_at: Date | string;
  locale: string;
  name: string;
  company: string;
  email: string;
  phone: string;
  wechat: string;
  preferred_language: string;
  message: string;
  consent_at: Date | string;
  result_url: string | null;
  ruleset_version: string | null;
  answers: string | Record<string, string | string[]> | null;
  /** Added by migration 2: null for enquiries stored before it, or sent without a result. */
  classification?: string | Classification | null;
  /** Added by migration 3. */
  status?: string;
};

export type DeliveryRow = {
  id: number | string;
  enquiry_id: string;
  channel: string;
  status: string;
  attempts: number;
  next_attempt_at: Date | string;
  last_error: string | null;
  delivered_at: Date | string | null;
};

const date = (value: Date | string) => (value instanceof Date ? value : new Date(value));

export function toEnquiry(row: EnquiryRow): StoredEnquiry {
  const answers = typeof row.answers === 'string' ? (JSON.parse(row.answers) as Record<string, string | string[]>) : row.answers;
  const classification =
    typeof row.classification === 'string' ? (JSON.parse(row.classification) as Classification) : (row.classification ?? null);
  return {
    id: row.id,
    reference: row.reference,
    idempotencyKey: row.idempotency_key,
    createdAt: date(row.created_at),
    consentAt: date(row.consent_at),
    locale: row.locale as Locale,
    name: row.name,
    company: row.company,
    email: row.email,
    phone: row.phone,
    wechat: row.wechat,
    preferredLanguage: row.preferred_language as Locale,
    message: row.message,
    result: row.result_url && answers ? { url: row.result_url, rulesetVersion: row.ruleset_version ?? '', answers, classification } : null,
  };
}

export function toDelivery(row: DeliveryRow): Delivery {
  return {
    id: Number(row.id),
    enquiryId: row.enquiry_id,
    channel: row.channel as Channel,
    status: row.status as DeliveryStatus,
    attempts: row.attempts,
    nextAttemptAt: date(row.next_attempt_at),
    lastError: row.last_error,
    deliveredAt: row.delivered_at === null ? null : date(row.delivered_at),
  };
}

// Crockford's base32 without I, L, O, U: easy to read out on the phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A short reference the visitor can quote, e.g. E-7K3M-9PQ2 (40 random bits). */
export function newReference(): string {
  const bytes = randomBytes(8);
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[bytes[i]! % 32];
  return `E-${code.slice(0, 4)}-${code.slice(4)}`;
}
