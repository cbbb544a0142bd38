/**
 * CSV export of the shortage survey and the allocation: RFC 4180 quoting, CRLF rows, a UTF-8 byte-order mark so Excel
 * opens the Chinese correctly, and a guard against cells that a spreadsheet would run as a formula.
 */
import { ACCEPTANCE_LABELS, allocateShortage, checkSurveyRows, rowLabel } from './allocation.ts';
import type { AllocationInput, AllocationTotals, SurveyRow } from './allocation.ts';
import type { Result } from './result.ts';

export type CsvValue = string | number | null | undefined;

/** The byte-order mark Excel needs to read UTF-8. */
export const BOM = '\uFEFF';

// A leading = + - @ (or tab / carriage return) makes Excel and LibreOffice evaluate the cell (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: text that would start a formula gets a leading apostrophe; quotes, commas and line breaks are quoted. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  if (/[",\r\n]/.test(text) || text !== text.trim()) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** Rows to a CSV document: CRLF after every row, BOM first unless turned off. */
export function toCsv(rows: CsvValue[][], options: { bom?: boolean } = {}): string {
  const body = rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
  return `${options.bom === false ? '' : BOM}${body}\r\n`;
}

/** A file name without the characters Windows and phones refuse, e.g. 紅三環-分配-2026-10-18.csv. */
export function csvFilename(...parts: string[]): string {
  const name = parts
    .map((p) =>
      [...p.trim()]
        .map((ch) => (ch.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(ch) ? '-' : ch))
        .join('')
        .replace(/-{2,}/g, '-'),
    )
    .filter((p) => p !== '')
    .join('-');
  return `${name || '匯出'}.csv`;
}

/** The survey as entered: one row per retailer or group. */
export function surveyCsv(rows: SurveyRow[]): Result<{ csv: string }> {
  const problems = checkSurveyRows(rows);
  if (problems.length > 0) return { ok: false, problems };
  const table: CsvValue[][] = [['零售戶／組別', '片區', '戶數', '平常月需求（條）', '底線（條）', '接受替代']];
  for (const r of rows) {
    table.push([rowLabel(r), r.area.trim(), r.households ?? 1, r.demand, r.floor, ACCEPTANCE_LABELS[r.accepts]]);
  }
  return { ok: true, csv: toCsv(table) };
}

/** The allocation proposal: rows, totals by area and overall, and the assumptions under the numbers. */
export function allocationCsv(input: AllocationInput): Result<{ csv: string }> {
  const result = allocateShortage(input);
  if (!result.ok) return result;
  const subs = input.substitutes;
  const header: CsvValue[] = [
    '零售戶／組別',
    '片區',
    '接受替代',
    '戶數',
    '平常月需求（條）',
    '底線（條）',
    `${result.product}（條）`,
    '比底線少（條）',
    '缺口（條）',
    ...subs.map((s) => `${s.name}（條）`),
  ];
  const totals = (t: AllocationTotals, area: string): CsvValue[] => [
    t.label,
    area,
    '',
    t.households,
    t.demand,
    t.floor,
    t.allocation,
    t.belowFloor,
    t.gap,
    ...subs.map((s) => t.substitutes[s.id] ?? 0),
  ];
  const table: CsvValue[][] = [
    [`${result.product}分配方案`, `本月可分配 ${result.available} 條`],
    header,
    ...result.rows.map((r) => [
      r.label,
      r.area,
      ACCEPTANCE_LABELS[r.accepts],
      r.households,
      r.demand,
      r.floor,
      r.allocation,
      r.belowFloor,
      r.gap,
      ...subs.map((s) => r.substitutes[s.id] ?? 0),
    ]),
    [],
    ['片區合計'],
    ...result.byArea.map((a) => totals(a, a.label)),
    totals(result.total, ''),
    [],
    ['方案的假設'],
    ...result.assumptions.map((a) => [a]),
  ];
  return { ok: true, csv: toCsv(table) };
}
