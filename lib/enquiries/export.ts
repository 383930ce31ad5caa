import type { StoredEnquiry } from './types';

const COLUMNS = [
  ['reference', (e) => e.reference],
  ['received_at', (e) => e.createdAt.toISOString()],
  ['name', (e) => e.name],
  ['company', (e) => e.company],
  ['email', (e) => e.email],
  ['phone', (e) => e.phone],
  ['wechat', (e) => e.wechat],
  ['preferred_language', (e) => e.preferredLanguage],
  ['site_language', (e) => e.locale],
  ['message', (e) => e.message],
  ['result_url', (e) => e.result?.url ?? ''],
  ['ruleset_version', (e) => e.result?.rulesetVersion ?? ''],
  ['answers', (e) => (e.result ? JSON.stringify(e.result.answers) : '')],
  ['consent_at', (e) => e.consentAt.toISOString()],
  ['id', (e) => e.id],
] as const satisfies ReadonlyArray<readonly [string, (e: StoredEnquiry) => string]>;

/**
 * A cell a spreadsheet will not run: text starting with = + - @ or a tab/CR (and the full-width forms some
 * spreadsheets also accept) is prefixed with an apostrophe, per OWASP's CSV injection advice.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r＝＋－＠]/.test(value) ? `'${value}` : value;
}

/**
 * Every cell is quoted: a spreadsheet set to another locale's separator (`;` in much of Europe, a tab) then
 * still reads a comma, semicolon or tab inside a cell as text, so no part of a cell can start a new cell
 * that begins like a formula (`Acme;=cmd|' /C calc'!A0` stays one cell).
 */
function csvCell(value: string): string {
  return `"${neutraliseFormula(value).replaceAll('"', '""')}"`;
}

/** Enquiries as CSV (RFC 4180, every cell quoted, CRLF, with a UTF-8 byte order mark so spreadsheets read Chinese correctly). */
export function toCsv(enquiries: readonly StoredEnquiry[]): string {
  const rows = [COLUMNS.map(([name]) => name), ...enquiries.map((e) => COLUMNS.map(([, get]) => get(e)))];
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Enquiries as JSON: one object per enquiry, dates as ISO strings. */
export function toJson(enquiries: readonly StoredEnquiry[]): string {
  return `${JSON.stringify(
    enquiries.map(({ idempotencyKey: _key, ...e }) => e),
    null,
    2,
  )}\n`;
}
