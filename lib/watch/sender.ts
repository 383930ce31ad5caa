import nodemailer from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';
import type { WatchConfig } from './config';
import type { WatchMessage } from './queue';

/**
 * Sends one queued message over the enquiries' SMTP server. Every message carries `List-Unsubscribe` with the
 * one-click address and `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058), so a mail program can stop
 * the e-mails without opening a page; `Auto-Submitted` (RFC 3834) keeps out-of-office replies away; and the
 * `Message-ID` is the same on every attempt, so a mail system can drop the one repeat a crash can cause.
 */
export function watchSender(mail: NonNullable<WatchConfig['mail']>, timeoutMs: number, host: string) {
  const url = new URL(mail.smtpUrl);
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
  // ENQUIRY_MAIL_FROM may be a bare address or "Name <address>": the address is kept, the name is the site's.
  const address = addressparser(mail.from, { flatten: true })[0]?.address || mail.from;
  return async (message: WatchMessage, fromName: string): Promise<void> => {
    await transport.sendMail({
      from: { name: fromName, address },
      to: message.to,
      subject: message.mail.subject,
      text: message.mail.text,
      html: message.mail.html,
      messageId: `<watch-${message.id}-${message.dedupeKey.replace(/[^A-Za-z0-9.-]/g, '.')}@${host}>`,
      headers: {
        'List-Unsubscribe': `<${message.unsubscribeUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'Auto-Submitted': 'auto-generated',
        'X-Auto-Response-Suppress': 'All',
      },
    });
  };
}
