import type { StoredEnquiry } from './types';
// The e-mail to the consultancy is written in English: the reply language is named in English.
import english from '@/lib/i18n/messages/en/common.json';

/** The JSON a webhook receives; `Idempotency-Key` carries the enquiry id so a repeat can be recognised. */
export function webhookPayload(enquiry: StoredEnquiry) {
  return {
    type: 'enquiry.received',
    id: enquiry.id,
    reference: enquiry.reference,
    receivedAt: enquiry.createdAt.toISOString(),
    locale: enquiry.locale,
    preferredLanguage: enquiry.preferredLanguage,
    contact: { name: enquiry.name, company: enquiry.company, email: enquiry.email, phone: enquiry.phone, wechat: enquiry.wechat },
    message: enquiry.message,
    result: enquiry.result ? { ...enquiry.result, outcomes: outcomesOf(enquiry) } : null,
  };
}

/**
 * The ids of what the attached result found, exactly as stored with the enquiry (the classification the visitor
 * saw under its ruleset version), never recomputed under today's rules; null when none was stored.
 */
export function outcomesOf(enquiry: StoredEnquiry): { obligations: string[]; greyAreas: string[]; findings: string[] } | null {
  const c = enquiry.result?.classification;
  if (!c) return null;
  return { obligations: c.obligations.map((o) => o.id), greyAreas: c.greyAreas.map((o) => o.id), findings: c.findings.map((o) => o.id) };
}

/** The notification e-mail to the consultancy: plain text, every field labelled, the result link first. */
export function emailMessage(enquiry: StoredEnquiry): { subject: string; text: string } {
  const outcomes = outcomesOf(enquiry);
  const lines = [
    `New enquiry ${enquiry.reference}, received ${enquiry.createdAt.toISOString()} (site language: ${enquiry.locale}).`,
    '',
    `Name: ${enquiry.name}`,
    `Company: ${enquiry.company || '-'}`,
    `E-mail: ${enquiry.email || '-'}`,
    `Phone: ${enquiry.phone || '-'}`,
    `WeChat ID: ${enquiry.wechat || '-'}`,
    `Reply in: ${english.enquiry.languages[enquiry.preferredLanguage]}`,
    '',
    'Message:',
    enquiry.message,
    '',
  ];
  if (enquiry.result) {
    lines.push(
      `Assessment result (ruleset ${enquiry.result.classification?.version ?? enquiry.result.rulesetVersion}): ${enquiry.result.url}`,
      `Answers: ${Object.entries(enquiry.result.answers)
        .map(([q, a]) => `${q}=${Array.isArray(a) ? a.join(',') : a}`)
        .join('; ')}`,
    );
    if (outcomes) {
      lines.push(
        `Obligations: ${outcomes.obligations.join(', ') || 'none'}`,
        `Grey areas: ${outcomes.greyAreas.join(', ') || 'none'}`,
        `Findings: ${outcomes.findings.join(', ') || 'none'}`,
      );
    }
  } else {
    lines.push('No assessment result was attached.');
  }
  return {
    subject: `Enquiry ${enquiry.reference} from ${enquiry.name}${enquiry.company ? ` (${enquiry.company})` : ''}`,
    text: lines.join('\n'),
  };
}
