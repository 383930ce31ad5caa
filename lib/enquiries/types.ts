import type { Locale } from '@/lib/i18n/routing';
import type { Classification } from '@/lib/assessment/types';

/** Where a stored enquiry is delivered to the operator. */
export type Channel = 'email' | 'webhook';

/** The assessment a visitor chose to send with an enquiry. */
export type AttachedResult = {
  /** Absolute link to the result page: the answers and the ruleset version are in it. */
  url: string;
  rulesetVersion: string;
  /** Answers keyed by question id, as in the result link. */
  answers: Record<string, string | string[]>;
  /**
   * The classification the visitor saw, under `rulesetVersion`: stored with the enquiry, so its e-mail, webhook
   * and the inbox say what was sent even after the rules change. Null for enquiries stored before it was kept.
   */
  classification: Classification | null;
};

/** What the form adds to the store. */
export type NewEnquiry = {
  /** Sent with the form; a second submission with the same key is the same enquiry. */
  idempotencyKey: string;
  locale: Locale;
  name: string;
  company: string;
  email: string;
  phone: string;
  wechat: string;
  preferredLanguage: Locale;
  message: string;
  result: AttachedResult | null;
};

export type StoredEnquiry = NewEnquiry & {
  id: string;
  /** Short code shown to the visitor and quoted in e-mails, e.g. E-7K3M-9PQ2. */
  reference: string;
  createdAt: Date;
  /** When the visitor ticked the consent box: the moment the enquiry was received. */
  consentAt: Date;
};

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export type Delivery = {
  id: number;
  enquiryId: string;
  channel: Channel;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  deliveredAt: Date | null;
};
