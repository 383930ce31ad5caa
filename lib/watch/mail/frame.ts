import { LANGUAGE_TAGS, type Locale } from '@/lib/i18n/routing';

/**
 * One e-mail, written once as blocks and rendered twice: as plain text and as HTML with inline styles only (no
 * image, font, stylesheet or script from anywhere: what a mail program shows is all in the message). Every text is
 * escaped, and every link must be http(s).
 */
export type MailBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; strong?: boolean }
  | { kind: 'list'; items: readonly string[] }
  /** A labelled address on its own line: "Label: https://…". */
  | { kind: 'link'; label: string; url: string }
  /** The one thing to do: a button in HTML, the address on its own line in text. */
  | { kind: 'button'; label: string; url: string }
  /** A coloured box: the verdict, or what changed. */
  | { kind: 'callout'; tone: Tone; title: string; lines: readonly string[] }
  | { kind: 'links'; items: readonly { title: string; url: string }[] };

export type Tone = 'clear' | 'unsettled' | 'blocked' | 'info';
export type Mail = { subject: string; text: string; html: string };

export interface MailFrame {
  locale: Locale;
  /** The site's name in the subscriber's language: the header of every message. */
  siteName: string;
  subject: string;
  blocks: readonly MailBlock[];
  /** Why this message came, and the links to stop it. */
  footer: readonly MailBlock[];
  /** The language's colon after a label in plain text (":" or "："). */
  colon: string;
}

const TONES: Record<Tone, { border: string; background: string; text: string }> = {
  clear: { border: '#047857', background: '#ecfdf5', text: '#022c22' },
  unsettled: { border: '#d97706', background: '#fffbeb', text: '#451a03' },
  blocked: { border: '#b91c1c', background: '#fef2f2', text: '#450a0a' },
  info: { border: '#175a6d', background: '#eef6f8', text: '#0d3441' },
};

const FONT = `-apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif`;

/** Text for HTML: & < > " ' escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** An http(s) address, percent-encoded (a source's address may hold Chinese characters), or an error. */
/** How an address reads in HTML: its characters as written (the link itself stays percent-encoded). */
const readable = (url: string) => {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
};

function safeUrl(url: string): string {
  if (!/^https?:\/\/[^\s"'<>]+$/.test(url)) throw new Error(`not a link an e-mail may carry: ${url}`);
  return new URL(url).href;
}

// Chinese characters take two columns in a fixed-width font: the underline of a heading matches its width.
const displayWidth = (text: string) => [...text].reduce((n, c) => n + (c.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);

function textBlock(block: MailBlock, colon: string): string {
  switch (block.kind) {
    case 'heading':
      return `${block.text}\n${'-'.repeat(Math.min(60, displayWidth(block.text)))}`;
    case 'paragraph':
      return block.text;
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'link':
    case 'button':
      return `${block.label}${colon}\n${safeUrl(block.url)}`;
    case 'callout':
      return [`** ${block.title} **`, ...block.lines].join('\n');
    case 'links':
      return block.items.map((item) => `- ${item.title}\n  ${safeUrl(item.url)}`).join('\n');
  }
}

const P = 'margin:0 0 14px 0;font-size:15px;line-height:1.55;color:#1e293b';
const A = 'color:#124657;text-decoration:underline;word-break:break-all';

function htmlBlock(block: MailBlock): string {
  switch (block.kind) {
    case 'heading':
      return `<h2 style="margin:22px 0 8px 0;font-size:17px;line-height:1.3;color:#0f172a">${escapeHtml(block.text)}</h2>`;
    case 'paragraph':
      return `<p style="${P}${block.strong ? ';font-weight:bold' : ''}">${escapeHtml(block.text)}</p>`;
    case 'list':
      return `<ul style="margin:0 0 14px 0;padding-left:22px">${block.items
        .map((item) => `<li style="margin:0 0 6px 0;font-size:15px;line-height:1.5;color:#1e293b">${escapeHtml(item)}</li>`)
        .join('')}</ul>`;
    case 'link':
      return `<p style="${P}">${escapeHtml(block.label)}<br><a href="${escapeHtml(safeUrl(block.url))}" style="${A}">${escapeHtml(readable(safeUrl(block.url)))}</a></p>`;
    case 'button':
      return `<table role="presentation" cellspacing="0" cellpadding="0" style="margin:6px 0 18px 0"><tr><td style="border-radius:6px;background:#175a6d"><a href="${escapeHtml(
        safeUrl(block.url),
      )}" style="display:inline-block;padding:12px 22px;font-size:16px;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:6px">${escapeHtml(
        block.label,
      )}</a></td></tr></table>`;
    case 'callout': {
      const tone = TONES[block.tone];
      return `<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="margin:0 0 18px 0"><tr><td style="border-left:6px solid ${tone.border};background:${tone.background};padding:14px 16px;color:${tone.text}"><p style="margin:0 0 6px 0;font-size:17px;font-weight:bold;line-height:1.35;color:${tone.text}">${escapeHtml(
        block.title,
      )}</p>${block.lines.map((line) => `<p style="margin:6px 0 0 0;font-size:15px;line-height:1.5;color:${tone.text}">${escapeHtml(line)}</p>`).join('')}</td></tr></table>`;
    }
    case 'links':
      return `<ol style="margin:0 0 14px 0;padding-left:22px">${block.items
        .map(
          (item) =>
            `<li style="margin:0 0 6px 0;font-size:14px;line-height:1.5;color:#1e293b">${escapeHtml(item.title)}<br><a href="${escapeHtml(
              safeUrl(item.url),
            )}" style="${A};font-size:13px">${escapeHtml(readable(safeUrl(item.url)))}</a></li>`,
        )
        .join('')}</ol>`;
  }
}

/** The message as plain text and as HTML. */
export function renderMail(frame: MailFrame): Mail {
  const text = [
    frame.siteName,
    '',
    ...frame.blocks.map((b) => textBlock(b, frame.colon)).flatMap((b) => [b, '']),
    '--',
    ...frame.footer.map((b) => textBlock(b, frame.colon)).flatMap((b) => [b, '']),
  ]
    .join('\n')
    .trimEnd()
    .concat('\n');
  const footer = frame.footer
    .map((block) => htmlBlock(block).replaceAll(P, 'margin:0 0 10px 0;font-size:13px;line-height:1.5;color:#475569'))
    .join('');
  const html = `<!DOCTYPE html>
<html lang="${LANGUAGE_TAGS[frame.locale]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(frame.subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f1f5f9;font-family:${FONT}">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="background:#f1f5f9"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="max-width:600px;background:#ffffff;border:1px solid #e2e8f0;border-radius:8px;font-family:${FONT}">
<tr><td style="padding:18px 24px;border-bottom:4px solid #175a6d;font-size:16px;font-weight:bold;color:#0d3441">${escapeHtml(frame.siteName)}</td></tr>
<tr><td style="padding:22px 24px 8px 24px">${frame.blocks.map(htmlBlock).join('\n')}</td></tr>
<tr><td style="padding:16px 24px;background:#f8fafc;border-top:1px solid #e2e8f0;border-radius:0 0 8px 8px">${footer}</td></tr>
</table>
</td></tr></table>
</body>
</html>
`;
  return { subject: frame.subject, text, html };
}
