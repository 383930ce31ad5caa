import { createHmac } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { EnquiryConfig } from './config';
import { emailMessage, replyToOf, webhookPayload } from './message';
import type { Channel, StoredEnquiry } from './types';

/** Sends one enquiry through one channel; throws when it was not accepted. */
export type Sender = (enquiry: StoredEnquiry, signal: AbortSignal) => Promise<void>;

/** The senders of the configured channels. */
export function configuredSenders(config: EnquiryConfig): Partial<Record<Channel, Sender>> {
  const senders: Partial<Record<Channel, Sender>> = {};
  if (config.email) senders.email = emailSender(config.email, config.deliveryTimeoutMs);
  if (config.webhook) senders.webhook = webhookSender(config.webhook);
  return senders;
}

function emailSender(email: NonNullable<EnquiryConfig['email']>, timeoutMs: number): Sender {
  const url = new URL(email.smtpUrl);
  const secure = url.protocol === 'smtps:';
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  return async (enquiry) => {
    const { subject, text } = emailMessage(enquiry);
    await transport.sendMail({
      from: email.from,
      to: email.to,
      replyTo: replyToOf(enquiry.email),
      subject,
      text,
      // The same id on every attempt, so a mail system that sees a retry of a delivered message can drop it.
      messageId: `<enquiry-${enquiry.id}@enquiries.invalid>`,
      headers: { 'X-Enquiry-Reference': enquiry.reference },
    });
  };
}

function webhookSender(webhook: NonNullable<EnquiryConfig['webhook']>): Sender {
  return async (enquiry, signal) => {
    const body = JSON.stringify(webhookPayload(enquiry));
    const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': enquiry.id };
    if (webhook.secret) headers['x-enquiry-signature'] = `sha256=${createHmac('sha256', webhook.secret).update(body).digest('hex')}`;
    const response = await fetch(webhook.url, { method: 'POST', headers, body, signal, redirect: 'error' });
    await response.body?.cancel().catch(() => undefined);
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
  };
}
