/**
 * The shortage survey (短缺調研) as the tool keeps it: one row per retailer, the substitutes with their switch
 * shares, and the allocation proposal computed from it by allocation.ts (the lesson 短缺時的專題調研's method).
 */
import {
  ACCEPTANCE_LABELS,
  allocateShortage,
  summarizeSurvey,
  type Acceptance,
  type Allocation,
  type AllocationInput,
  type AllocationRounding,
  type SurveyRow,
} from './allocation.ts';
import { csvFilename, toCsv, type CsvValue } from './csv.ts';
import { hasText } from './form-input.ts';
import type { Result, RoundingRule } from './result.ts';

/** One retailer in the survey. Numbers are absent while the box is empty. */
export interface ShortageRetailer {
  id: string;
  /** Shop name or code. */
  name: string;
  /** 片區. */
  area: string;
  /** 平常月需求 in 條. */
  demand?: number | undefined;
  /** 底線 in 條. */
  floor?: number | undefined;
  accepts?: Acceptance | undefined;
  /** Where his customers go when the product is out (所以消費者轉向哪裡). */
  goesTo?: string | undefined;
}

/** A substitute and the share of turned-away buyers who took it. */
export interface ShortageSubstitute {
  id: string;
  name: string;
  /** Observed switch share in percent. */
  sharePercent?: number | undefined;
  /** Which acceptance levels stock it. */
  stockedBy: Acceptance[];
}

/** Everything one survey holds (the record adds id, at and the tombstone). */
export interface ShortageFields {
  /** 短缺品規, e.g. 紅三環. */
  product: string;
  /** 調研日期, YYYY-MM-DD. */
  date?: string | undefined;
  /** 本月可分配量 in 條. */
  available?: number | undefined;
  retailers: ShortageRetailer[];
  substitutes: ShortageSubstitute[];
  rounding?: AllocationRounding | undefined;
  substituteRounding?: RoundingRule | undefined;
  /** 備註: how the survey was done, what the company confirmed. */
  note?: string | undefined;
}

/** The lesson's two substitutes: 甲 (same price band, stocked by 願意 and 部分) and 乙 (one band lower, 願意 only). */
export function lessonSubstitutes(makeId: () => string): ShortageSubstitute[] {
  return [
    { id: makeId(), name: '甲', sharePercent: 60, stockedBy: ['yes', 'partly'] },
    { id: makeId(), name: '乙', sharePercent: 25, stockedBy: ['yes'] },
  ];
}

/** The survey as the allocation's input. */
export function toAllocationInput(fields: ShortageFields): AllocationInput {
  const rows = fields.retailers.map(
    (r) =>
      ({
        id: r.id,
        name: r.name,
        area: r.area,
        demand: r.demand,
        floor: r.floor,
        accepts: r.accepts,
      }) as SurveyRow,
  );
  return {
    product: fields.product,
    available: fields.available as number,
    rows,
    substitutes: fields.substitutes.map((s) => ({
      id: s.id,
      name: s.name,
      sharePercent: s.sharePercent as number,
      stockedBy: s.stockedBy,
    })),
    rounding: fields.rounding ?? 'half-up',
    substituteRounding: fields.substituteRounding ?? 'half-up',
  };
}

/** Survey totals by area and acceptance group, and the allocation proposal; or every problem with the input. */
export function computeShortage(fields: ShortageFields): Result<{ allocation: Allocation }> {
  const result = allocateShortage(toAllocationInput(fields));
  if (!result.ok) return result;
  return { ok: true, allocation: result };
}

/** The survey's input table (戶數, 平常月需求, 底線 by group and area), shown before the allocation can be made. */
export function surveyTotals(fields: ShortageFields) {
  return summarizeSurvey(toAllocationInput(fields).rows);
}

/** One line for the list of saved surveys, e.g. 紅三環 · 12 戶 · 3 片區. */
export function shortageSummary(fields: ShortageFields): { title: string; detail: string } {
  const areas = new Set(fields.retailers.map((r) => r.area.trim()).filter((a) => a !== ''));
  const refusers = fields.retailers.filter((r) => r.accepts === 'no').length;
  return {
    title: hasText(fields.product) ? fields.product.trim() : '（未填品規）',
    detail: [
      fields.date,
      `${fields.retailers.length} 戶`,
      `${areas.size} 個片區`,
      refusers > 0 ? `${refusers} 戶不願替代` : undefined,
      fields.available === undefined ? undefined : `可分配 ${fields.available} 條`,
    ]
      .filter(Boolean)
      .join(' · '),
  };
}

/**
 * The CSV a manager sends with the proposal: the survey and the allocation per retailer (with where his customers
 * go), the totals by area and overall, and the assumptions under the numbers.
 */
export function shortageCsv(fields: ShortageFields): Result<{ csv: string; filename: string }> {
  const computed = computeShortage(fields);
  if (!computed.ok) return computed;
  const a = computed.allocation;
  const subs = fields.substitutes;
  const header: CsvValue[] = [
    '零售戶',
    '片區',
    '接受替代',
    '平常月需求（條）',
    '底線（條）',
    `${a.product}配量（條）`,
    '比底線少（條）',
    '缺口（條）',
    ...subs.map((s) => `${s.name}建議（條）`),
    '消費者轉向',
  ];
  const totals = (label: string, t: Allocation['total']): CsvValue[] => [
    label,
    '',
    '',
    t.demand,
    t.floor,
    t.allocation,
    t.belowFloor,
    t.gap,
    ...subs.map((s) => t.substitutes[s.id] ?? 0),
    '',
  ];
  const table: CsvValue[][] = [
    [`${a.product}短缺調研與分配建議`, fields.date ?? '', `本月可分配 ${a.available} 條`],
    header,
    ...a.rows.map((r, i) => [
      r.label,
      r.area,
      ACCEPTANCE_LABELS[r.accepts],
      r.demand,
      r.floor,
      r.allocation,
      r.belowFloor,
      r.gap,
      ...subs.map((s) => r.substitutes[s.id] ?? 0),
      fields.retailers[i]?.goesTo?.trim() ?? '',
    ]),
    [],
    ['片區合計'],
    ...a.byArea.map((t) => totals(`${t.label}（${t.households} 戶）`, t)),
    totals(`合計（${a.total.households} 戶）`, a.total),
    [],
    ['方案的假設'],
    ...a.assumptions.map((line) => [line]),
  ];
  if (hasText(fields.note)) table.push([], ['備註'], [fields.note.trim()]);
  return {
    ok: true,
    csv: toCsv(table),
    filename: csvFilename(a.product, '分配建議', fields.date ?? ''),
  };
}
