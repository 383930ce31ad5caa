import type { EnquiryEvent, InboxEnquiry } from '@/lib/inbox/case-store';
import type { StoredEnquiry } from './types';

/** An enquiry with what the staff did with it: the unit of every export (command, inbox, a person's data). */
export type CaseRecord = StoredEnquiry &
  Pick<InboxEnquiry, 'status' | 'owner' | 'dueAt' | 'triageId'> & { history: readonly EnquiryEvent[] };

const iso = (d: Date | null) => d?.toISOString() ?? '';

/** One history entry as a line: when, who, what. */
export function eventLine(e: EnquiryEvent): string {
  const what = e.kind === 'status' ? `status: ${e.status}` : e.kind === 'owner' ? `owner: ${e.owner ?? 'nobody'}` : `note: ${e.note}`;
  return `${e.at.toISOString()} ${e.actor} ${what}`;
}

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
  ['status', (e) => e.status],
  ['owner', (e) => e.owner?.email ?? ''],
  ['due_by', (e) => iso(e.dueAt)],
  ['triage', (e) => e.triageId],
  ['notes', (e) => e.history.flatMap((h) => (h.kind === 'note' ? [`${h.at.toISOString()} ${h.actor}: ${h.note}`] : [])).join('\n')],
  ['history', (e) => e.history.map(eventLine).join('\n')],
] as const satisfies ReadonlyArray<readonly [string, (e: CaseRecord) => string]>;

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
export function toCsv(records: readonly CaseRecord[]): string {
  const rows = [COLUMNS.map(([name]) => name), ...records.map((e) => COLUMNS.map(([, get]) => get(e)))];
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** One enquiry as JSON-ready data: every stored field but the internal idempotency key, with status, owner and history. */
export function caseJson({ idempotencyKey: _key, owner, dueAt, triageId, history, ...e }: CaseRecord) {
  return { ...e, owner: owner?.email ?? null, dueBy: dueAt?.toISOString() ?? null, triage: triageId, history };
}

/** Enquiries as JSON: one object per enquiry, dates as ISO strings. */
export function toJson(records: readonly CaseRecord[]): string {
  return `${JSON.stringify(records.map(caseJson), null, 2)}\n`;
}
