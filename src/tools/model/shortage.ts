/**
 * The shortage survey (短缺調研) as the tool keeps it: one row per retailer, the substitutes with their switch
 * shares, and the allocation proposal computed from it by allocation.ts (the lesson 短缺時的專題調研's method).
 */
import {
  ACCEPTANCE_LABELS,
  allocateShortage,
  summarizeSurvey,
  type Allocation,
  type AllocationInput,
  type SurveyRow,
} from './allocation.ts';
import { csvFilename, toCsv, type CsvValue } from './csv.ts';
import { hasText } from './form-input.ts';
import type {
  ShortageRecord,
  ShortageRow,
  ShortageSubstitute,
  ToolRecordBase,
} from '../../progress/model/tool-records/index.ts';
import type { Problem, Result } from './result.ts';

/** One retailer in the survey (numbers absent while the box is empty). */
export type ShortageRetailer = ShortageRow;

/** Everything one survey holds: the stored record without its id, time and tombstone. */
export type ShortageFields = Omit<ShortageRecord, keyof ToolRecordBase>;

export type { ShortageSubstitute };

/** The lesson's two substitutes: 甲 (same price band, stocked by 願意 and 部分) and 乙 (one band lower, 願意 only). */
export function lessonSubstitutes(makeId: () => string): ShortageSubstitute[] {
  return [
    { id: makeId(), name: '甲', sharePercent: 60, stockedBy: ['yes', 'partly'] },
    { id: makeId(), name: '乙', sharePercent: 25, stockedBy: ['yes'] },
  ];
}

/** The survey as the allocation's input. */
export function toAllocationInput(fields: ShortageFields): AllocationInput {
  const rows = fields.rows.map(
    (r) =>
      ({
        id: r.id,
        name: r.name,
        area: r.area,
        households: r.households,
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
  const areas = new Set(fields.rows.map((r) => r.area.trim()).filter((a) => a !== ''));
  const refusers = fields.rows.filter((r) => r.accepts === 'no').length;
  return {
    title: hasText(fields.product) ? fields.product.trim() : '（未填品規）',
    detail: [
      fields.date,
      `${fields.rows.length} 戶`,
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
      fields.rows[i]?.goesTo?.trim() ?? '',
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

/**
 * What stops a survey from being stored, in Chinese (the store's check would refuse it with only a field path):
 * no product, a shop without an area, a substitute without a name, a negative number or a share above 100%.
 * Missing answers do not stop it: a survey is filled in over several visits.
 */
export function shortageSaveProblems(fields: ShortageFields): Problem[] {
  const problems: Problem[] = [];
  if (!hasText(fields.product)) {
    problems.push({ field: 'product', message: '短缺品規沒有填。請寫上是哪個品規短缺，例如紅三環。' });
  }
  const negative = (value: number | undefined) => typeof value === 'number' && value < 0;
  if (negative(fields.available)) {
    problems.push({ field: 'available', message: '本月可分配量不能是負數。' });
  }
  fields.substitutes.forEach((s, i) => {
    if (!hasText(s.name)) {
      problems.push({
        field: `substitutes[${i}].name`,
        message: `第 ${i + 1} 個替代品沒有名稱。請寫上品規名稱，或把它移除。`,
      });
    }
    if (typeof s.sharePercent === 'number' && (s.sharePercent < 0 || s.sharePercent > 100)) {
      problems.push({
        field: `substitutes[${i}].sharePercent`,
        message: `第 ${i + 1} 個替代品的轉向比例要在 0 到 100 之間。`,
      });
    }
  });
  fields.rows.forEach((r, i) => {
    const where = `第 ${i + 1} 戶${hasText(r.name) ? `（${r.name.trim()}）` : ''}`;
    if (!hasText(r.area)) {
      problems.push({ field: `rows[${i}].area`, message: `${where}沒有填片區。請填片區，或把這一戶移除。` });
    }
    if (negative(r.demand) || negative(r.floor)) {
      problems.push({ field: `rows[${i}].demand`, message: `${where}的需求和底線不能是負數。` });
    }
  });
  return problems;
}
