import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv, toJson, type CaseRecord } from './export';
import { sampleEnquiry } from './testing/fixtures';

const stored = (over: Partial<CaseRecord> = {}): CaseRecord => ({
  ...sampleEnquiry(),
  id: '3f0c6a3e-0000-4000-8000-000000000001',
  reference: 'E-7K3M-9PQ2',
  createdAt: new Date('2026-11-02T03:04:05.000Z'),
  consentAt: new Date('2026-11-02T03:04:05.000Z'),
  status: 'new',
  owner: null,
  dueAt: new Date('2026-11-04T16:00:00.000Z'),
  triageId: 'blocked',
  history: [],
  ...over,
});

/** A minimal RFC 4180 reader, to check what a spreadsheet would see; `separator` as a spreadsheet's locale sets it. */
function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV export', () => {
  it.each(['=HYPERLINK("http://evil.example","x")', '+86 10 5555', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '＝1'])(
    'neutralises a cell starting like a formula: %j',
    (value) => {
      expect(neutraliseFormula(value)).toBe(`'${value}`);
      const [, row] = parseCsv(toCsv([stored({ name: value, message: value })]).slice(1));
      expect(row![2]).toBe(`'${value}`);
      expect(row![9]).toBe(`'${value}`);
    },
  );

  it('leaves ordinary text alone and quotes commas, quotes and line breaks', () => {
    const message = 'Line one, with "quotes"\nline two 第二行';
    const csv = toCsv([stored({ message, company: '示例公司' })]);
    expect(csv.startsWith('\uFEFF"reference","received_at","name",')).toBe(true);
    const [header, row] = parseCsv(csv.slice(1));
    expect(row![header!.indexOf('message')]).toBe(message);
    expect(row![header!.indexOf('company')]).toBe('示例公司');
    expect(row![header!.indexOf('result_url')]).toBe(sampleEnquiry().result!.url);
    expect(row![header!.indexOf('reference')]).toBe('E-7K3M-9PQ2');
  });

  it.each([',', ';', '\t'])('gives no cell that starts like a formula to a spreadsheet splitting on %j', (separator) => {
    const hostile = "Acme;=cmd|' /C calc'!A0;";
    const values = [hostile, 'x,=1+1', 'a\t=2', 'x;@SUM(A1)', 'b;-1+1', '"q";=1'];
    const csv = toCsv(values.map((v, i) => stored({ company: v, name: values[(i + 1) % values.length]!, message: v })));
    const rows = parseCsv(csv.slice(1), separator);
    expect(rows).toHaveLength(values.length + 1);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    if (separator === ';') expect(rows[1]![0]).toContain(hostile);
  });

  it('carries status, owner, due time, triage, notes and history, quoted like every cell', () => {
    const record = stored({
      status: 'in-progress',
      owner: { id: 'u1', email: 'desk@consultancy.test' },
      history: [
        { id: 1, at: new Date('2026-11-02T04:00:00.000Z'), actor: 'desk@consultancy.test', kind: 'owner', owner: 'desk@consultancy.test' },
        { id: 2, at: new Date('2026-11-02T05:00:00.000Z'), actor: 'desk@consultancy.test', kind: 'note', note: '=1+1 called back' },
        { id: 3, at: new Date('2026-11-02T06:00:00.000Z'), actor: 'lead@consultancy.test', kind: 'status', status: 'in-progress' },
      ],
    });
    const csv = toCsv([record]);
    const [header, row] = parseCsv(csv.slice(1));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('status')).toBe('in-progress');
    expect(cell('owner')).toBe('desk@consultancy.test');
    expect(cell('due_by')).toBe('2026-11-04T16:00:00.000Z');
    expect(cell('triage')).toBe('blocked');
    expect(cell('notes')).toBe('2026-11-02T05:00:00.000Z desk@consultancy.test: =1+1 called back');
    expect(cell('history')!.split('\n')).toEqual([
      '2026-11-02T04:00:00.000Z desk@consultancy.test owner: desk@consultancy.test',
      '2026-11-02T05:00:00.000Z desk@consultancy.test note: =1+1 called back',
      '2026-11-02T06:00:00.000Z lead@consultancy.test status: in-progress',
    ]);
    // Every cell quoted, the header too.
    for (const line of csv.slice(1).split('\r\n').filter(Boolean).slice(0, 1)) expect(line).toMatch(/^"[^"]*"(,"[^"]*")*$/);
    const [json] = JSON.parse(toJson([record]));
    expect(json).toMatchObject({
      status: 'in-progress',
      owner: 'desk@consultancy.test',
      dueBy: '2026-11-04T16:00:00.000Z',
      triage: 'blocked',
    });
    expect(json.history).toHaveLength(3);
    expect(json.history[1]).toMatchObject({ kind: 'note', note: '=1+1 called back' });
  });

  it('writes JSON without the internal idempotency key', () => {
    const [item] = JSON.parse(toJson([stored()]));
    expect(item.reference).toBe('E-7K3M-9PQ2');
    expect(item.createdAt).toBe('2026-11-02T03:04:05.000Z');
    expect(item.idempotencyKey).toBeUndefined();
    expect(item.result.answers).toEqual(sampleEnquiry().result!.answers);
  });
});
