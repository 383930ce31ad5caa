import addressparser from 'nodemailer/lib/addressparser';
import { EMAIL } from './schema';
import type { StoredEnquiry } from './types';
// The e-mail to the consultancy is written in English: the reply language is named in English.
import english from '@/lib/i18n/messages/en/common.json';

/**
 * The address to reply to: the visitor's e-mail only when it parses as exactly one bare mailbox (no display name, no
 * second address), so `victim<attacker@example.com>` or `a@x.com, b@y.com` never become the Reply-To; else none.
 */
export function replyToOf(email: string): string | undefined {
  const value = email.trim();
  if (!EMAIL.test(value)) return undefined;
  const parsed = addressparser(value, { flatten: true });
  return parsed.length === 1 && parsed[0]!.name === '' && parsed[0]!.address === value ? value : undefined;
}

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

/**
 * A field on one line: any line break (or other control character) becomes a space, so no value can start a line
 * of its own. The form already refuses them (schema.ts); this also covers enquiries stored before it did.
 */
export const oneLineField = (value: string) => value.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ').trim();

/** The message, each line quoted with "> ", so nothing the visitor wrote can pass for one of the labelled lines. */
const quoted = (message: string) =>
  message
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

/** The notification e-mail to the consultancy: plain text, every field labelled on its own line, the message quoted. */
export function emailMessage(enquiry: StoredEnquiry): { subject: string; text: string } {
  const outcomes = outcomesOf(enquiry);
  const field = (value: string) => oneLineField(value) || '-';
  const lines = [
    `New enquiry ${enquiry.reference}, received ${enquiry.createdAt.toISOString()} (site language: ${enquiry.locale}).`,
    '',
    `Name: ${field(enquiry.name)}`,
    `Company: ${field(enquiry.company)}`,
    `E-mail: ${field(enquiry.email)}`,
    `Phone: ${field(enquiry.phone)}`,
    `WeChat ID: ${field(enquiry.wechat)}`,
    `Reply in: ${english.enquiry.languages[enquiry.preferredLanguage]}`,
    '',
    'Message:',
    quoted(enquiry.message),
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
    subject: `Enquiry ${enquiry.reference} from ${oneLineField(enquiry.name)}${enquiry.company ? ` (${oneLineField(enquiry.company)})` : ''}`,
    text: lines.join('\n'),
  };
}
