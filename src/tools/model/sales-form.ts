/**
 * The sales-plan form's view-model: numbers as typed turned into numbers (or left for the checks to refuse), the
 * split into 分目標 and into periods checked against the total by sums.ts, the record to store, and the plan/actual
 * chart's geometry. Pure.
 */
import type { SalesPart, SalesPeriod, SalesPlanRecord } from './records.ts';
import { checkText, type Problem, type Result } from './result.ts';
import { planVsActual, splitTarget, type PeriodRow, type TargetSplit } from './sums.ts';

/** What the form edits: the record's fields, with every number as typed. */
export interface SalesDraft {
  id: string;
  title: string;
  unit: string;
  splitBy: SalesPlanRecord['splitBy'];
  start: string;
  end: string;
  total: string;
  parts: (Omit<SalesPart, 'target'> & { target: string })[];
  periods: (Omit<SalesPeriod, 'plan' | 'actual'> & { plan: string; actual: string })[];
  note: string;
}

/** A number as typed: '' is nothing, a plain decimal is a number, anything else stays text for the checks to name. */
export function numberOf(text: string): number | undefined | string {
  const t = text.trim().replace(/,/g, '');
  if (t === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
}

/** A blank plan with one 分目標 and one period to fill in. */
export function blankPlan(id: string, newId: () => string): SalesDraft {
  return {
    id,
    title: '',
    unit: '條',
    splitBy: 'area',
    start: '',
    end: '',
    total: '',
    parts: [{ id: newId(), label: '', target: '', measures: '', obstacles: '', preparation: '' }],
    periods: [{ id: newId(), label: '第 1 週', plan: '', actual: '' }],
    note: '',
  };
}

/** A stored plan as the form shows it. */
export function salesDraftOf(record: SalesPlanRecord): SalesDraft {
  return {
    id: record.id,
    title: record.title,
    unit: record.unit,
    splitBy: record.splitBy,
    start: record.start ?? '',
    end: record.end ?? '',
    total: String(record.total),
    parts: record.parts.map((p) => ({ ...p, target: String(p.target) })),
    periods: record.periods.map((p) => ({
      ...p,
      plan: String(p.plan),
      actual: p.actual === undefined ? '' : String(p.actual),
    })),
    note: record.note,
  };
}

/** 分目標 against the total: the difference shown until they add up. */
export function partsSplit(draft: SalesDraft): Result<TargetSplit> {
  return splitTarget({
    total: numberOf(draft.total) as number,
    parts: draft.parts.map((p) => ({ label: p.label, target: numberOf(p.target) as number })),
    unit: draft.unit.trim() || '條',
  });
}

/** The periods' plan against the total, the same way. */
export function periodsSplit(draft: SalesDraft): Result<TargetSplit> {
  return splitTarget({
    total: numberOf(draft.total) as number,
    parts: draft.periods.map((p) => ({ label: p.label, target: numberOf(p.plan) as number })),
    unit: draft.unit.trim() || '條',
  });
}

/** Plan against actual per period (sums.ts). */
export function periodRows(draft: SalesDraft): Result<{
  rows: PeriodRow[];
  reported: number;
  planTotal: number;
  planToDate: number;
  actualToDate: number;
  differenceToDate: number;
}> {
  return planVsActual(
    draft.periods.map((p) => {
      const actual = numberOf(p.actual);
      return {
        label: p.label,
        plan: numberOf(p.plan) as number,
        ...(actual !== undefined ? { actual: actual as number } : {}),
      };
    }),
  );
}

/** Renames the fields of a sums.ts problem to the form's ('parts[0].target' is the same; 'periods' come from the split of periods). */
const periodField = (p: Problem): Problem => ({
  ...p,
  field: p.field.replace(/^parts/, 'periods').replace(/\.target$/, '.plan'),
});

/** Every problem that stops a save: a title, and numbers that are numbers; the sums may still be off (shown, not refused). */
export function checkPlan(draft: SalesDraft): Problem[] {
  const problems: Problem[] = [];
  const title = checkText(draft.title, 'title', '計劃名稱');
  if (title) problems.push(title);
  const parts = partsSplit(draft);
  if (!parts.ok) problems.push(...parts.problems);
  const periods = periodsSplit(draft);
  if (!periods.ok) problems.push(...periods.problems.filter((p) => p.field !== 'total').map(periodField));
  const rows = periodRows(draft);
  if (!rows.ok)
    problems.push(
      ...rows.problems.filter(
        (p) => !p.field.endsWith('.plan') && !p.field.endsWith('.label') && p.field !== 'periods',
      ),
    );
  if (draft.start && draft.end && draft.end < draft.start) {
    problems.push({ field: 'end', message: `結束日期 ${draft.end} 早於開始日期 ${draft.start}。` });
  }
  return problems;
}

/** The record to store, from a draft checkPlan accepted. */
export function salesRecordOf(draft: SalesDraft, at: string): SalesPlanRecord {
  return {
    id: draft.id,
    at,
    title: draft.title.trim(),
    unit: draft.unit.trim() || '條',
    splitBy: draft.splitBy,
    ...(draft.start ? { start: draft.start } : {}),
    ...(draft.end ? { end: draft.end } : {}),
    total: numberOf(draft.total) as number,
    parts: draft.parts.map((p) => ({
      id: p.id,
      label: p.label.trim(),
      target: numberOf(p.target) as number,
      measures: p.measures.trim(),
      obstacles: p.obstacles.trim(),
      preparation: p.preparation.trim(),
    })),
    periods: draft.periods.map((p) => {
      const actual = numberOf(p.actual);
      return {
        id: p.id,
        label: p.label.trim(),
        plan: numberOf(p.plan) as number,
        ...(typeof actual === 'number' ? { actual } : {}),
      };
    }),
    note: draft.note.trim(),
  };
}

export interface ChartBar {
  label: string;
  x: number;
  width: number;
  plan: { y: number; height: number; value: number };
  actual: { y: number; height: number; value: number } | null;
}

/** Bars of plan and actual per period, in a chart `width` × `height` (the labels' row below is the caller's). */
export function chartBars(
  rows: readonly PeriodRow[],
  width: number,
  height: number,
): { bars: ChartBar[]; max: number } {
  const max = Math.max(1, ...rows.map((r) => Math.max(r.plan, r.actual ?? 0)));
  const slot = rows.length === 0 ? width : width / rows.length;
  const bar = Math.max(2, slot * 0.35);
  const scale = (v: number) => (v / max) * height;
  return {
    max,
    bars: rows.map((r, i) => ({
      label: r.label,
      x: i * slot + slot * 0.12,
      width: bar,
      plan: { y: height - scale(r.plan), height: scale(r.plan), value: r.plan },
      actual: r.actual === null ? null : { y: height - scale(r.actual), height: scale(r.actual), value: r.actual },
    })),
  };
}
