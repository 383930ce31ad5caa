/**
 * A received message read back, for tests and the end-to-end spec: its headers (unfolded, by lower-case name) and
 * its text and HTML parts, decoded from quoted-printable or base64. Enough for what nodemailer writes.
 */
export type ReadMail = { headers: Map<string, string>; text: string; html: string };

function headersOf(block: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of block
    .replace(/\r\n/g, '\n')
    .replace(/\n[ \t]+/g, ' ')
    .split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) map.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return map;
}

function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding?.toLowerCase() === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding?.toLowerCase() === 'quoted-printable') {
    const bytes = body
      .replace(/\r\n/g, '\n')
      .replace(/=\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body.replace(/\r\n/g, '\n');
}

/** The headers and parts of a raw message. */
export function readMail(raw: string): ReadMail {
  const split = raw.indexOf('\r\n\r\n') >= 0 ? raw.indexOf('\r\n\r\n') : raw.indexOf('\n\n');
  const headers = headersOf(raw.slice(0, split));
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const out: ReadMail = { headers, text: '', html: '' };
  const boundary = /boundary="?([^";]+)"?/i.exec(headers.get('content-type') ?? '')?.[1];
  const parts = boundary ? body.split(`--${boundary}`).slice(1, -1) : [`${raw.slice(0, split)}\n\n${body}`];
  for (const part of parts) {
    const cut = part.search(/\r?\n\r?\n/);
    const h = headersOf(part.slice(0, cut));
    const content = decodeBody(part.slice(cut).replace(/^\r?\n\r?\n/, ''), h.get('content-transfer-encoding'));
    if ((h.get('content-type') ?? '').startsWith('text/html')) out.html = content;
    else if ((h.get('content-type') ?? 'text/plain').startsWith('text/plain')) out.text = content;
  }
  return out;
}

/** The links of a text part that open one of the alerts' pages, by page. */
export function watchLinks(text: string): Record<string, string> {
  const links: Record<string, string> = {};
  for (const m of text.matchAll(/https?:\/\/\S+\/watch\/(confirm|unsubscribe|manage|one-click)\?t=\S+/g)) links[m[1]!] ??= m[0];
  return links;
}
