import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type WebhookCall = {
  headers: IncomingMessage['headers'];
  body: string;
  json: { id: string; reference: string } & Record<string, unknown>;
};

/** A local webhook receiver: answers `status` (settable while it runs) after `delayMs`, and records every call. */
export async function startWebhookReceiver(options: { status?: number; delayMs?: number; port?: number } = {}) {
  const state = { status: options.status ?? 200, delayMs: options.delayMs ?? 0 };
  const calls: WebhookCall[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      setTimeout(() => {
        // Only accepted calls count as received, as a real receiver that failed would not have kept it.
        if (state.status < 300) calls.push({ headers: req.headers, body, json: JSON.parse(body) });
        res.writeHead(state.status).end();
      }, state.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/enquiry`,
    port,
    calls,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()).closeAllConnections()),
  };
}

export type SmtpMessage = { from: string; to: string[]; raw: string };

/** A local SMTP sink that accepts any message (no TLS, no auth) and records it. */
export async function startSmtpSink(options: { port?: number } = {}) {
  const messages: SmtpMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, port, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
