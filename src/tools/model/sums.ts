/**
 * Sales-plan arithmetic from the lesson 銷售計劃：分目標、措施與難點: 分目標 that must add up to the total target,
 * plan against actual per period and cumulatively, and progress against the time elapsed.
 */
import { checkNumber, checkText, collect, formatNumber, formatPercent, type Problem, type Result } from './result.ts';

/** One 分目標: an area, a brand or a week, with its quantity. */
export interface TargetPart {
  id?: string;
  label: string;
  target: number;
}

export interface TargetSplit {
  total: number;
  /** Sum of the 分目標. */
  sum: number;
  /** total − sum: positive while something is still to be given out, negative when the parts give out too much. */
  difference: number;
  balanced: boolean;
  parts: { label: string; target: number; share: number }[];
  /** What to show next to the table, in Chinese. */
  message: string;
}

/** Checks that the 分目標 add up to the total target and says how far off they are. */
export function splitTarget(input: { total: number; parts: TargetPart[]; unit?: string }): Result<TargetSplit> {
  const unit = input.unit ?? '條';
  const problems: Problem[] = collect(checkNumber(input.total, 'total', '總目標'));
  if (!Array.isArray(input.parts) || input.parts.length === 0) {
    problems.push({ field: 'parts', message: '還沒有分目標。請把總目標按片區、品規或週拆成至少一個分目標。' });
  } else {
    const seen = new Set<string>();
    input.parts.forEach((raw, i) => {
      const part = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<TargetPart>;
      const label = typeof part.label === 'string' ? part.label.trim() : '';
      const where = `第 ${i + 1} 個分目標${label ? `（${label}）` : ''}`;
      problems.push(
        ...collect(
          checkText(part.label, `parts[${i}].label`, `${where}的名稱`),
          checkNumber(part.target, `parts[${i}].target`, `${where}的數量`),
        ),
      );
      if (label) {
        if (seen.has(label)) {
          problems.push({ field: `parts[${i}].label`, message: `${where}和前面的分目標同名，請改一個能分辨的名稱。` });
        }
        seen.add(label);
      }
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const sum = input.parts.reduce((a, p) => a + p.target, 0);
  const difference = input.total - sum;
  const balanced = Math.abs(difference) < 1e-9;
  const message = balanced
    ? `分目標合計 ${formatNumber(sum)} ${unit}，和總目標相符。`
    : difference > 0
      ? `分目標合計 ${formatNumber(sum)} ${unit}，比總目標 ${formatNumber(input.total)} ${unit}少 ${formatNumber(difference)} ${unit}，還要再分出去。`
      : `分目標合計 ${formatNumber(sum)} ${unit}，比總目標 ${formatNumber(input.total)} ${unit}多 ${formatNumber(-difference)} ${unit}，請減回來。`;
  return {
    ok: true,
    total: input.total,
    sum,
    difference: balanced ? 0 : difference,
    balanced,
    parts: input.parts.map((p) => ({ label: p.label.trim(), target: p.target, share: sum === 0 ? 0 : p.target / sum })),
    message,
  };
}

/** One period of the plan: its target, and the actual once it has been entered. */
export interface PeriodRecord {
  label: string;
  plan: number;
  /** null or absent while the period has not been reported. */
  actual?: number | null;
}

export interface PeriodRow {
  label: string;
  plan: number;
  actual: number | null;
  /** actual − plan. */
  difference: number | null;
  /** actual ÷ plan (0–1+); null without an actual or with a zero plan. */
  completion: number | null;
  cumulativePlan: number;
  cumulativeActual: number | null;
  cumulativeDifference: number | null;
  cumulativeCompletion: number | null;
}

/** Plan against actual per period and cumulatively; periods not yet reported stay empty, never count as 0. */
export function planVsActual(periods: PeriodRecord[]): Result<{
  rows: PeriodRow[];
  reported: number;
  planTotal: number;
  planToDate: number;
  actualToDate: number;
  differenceToDate: number;
}> {
  if (!Array.isArray(periods) || periods.length === 0) {
    return { ok: false, problems: [{ field: 'periods', message: '還沒有時段。請先把計劃按週或按月填上。' }] };
  }
  const problems: Problem[] = [];
  let gapAt = -1;
  periods.forEach((raw, i) => {
    const p = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<PeriodRecord>;
    const label = typeof p.label === 'string' ? p.label.trim() : '';
    const where = `第 ${i + 1} 個時段${label ? `（${label}）` : ''}`;
    problems.push(
      ...collect(
        checkText(p.label, `periods[${i}].label`, `${where}的名稱`),
        checkNumber(p.plan, `periods[${i}].plan`, `${where}的計劃量`),
        checkNumber(p.actual, `periods[${i}].actual`, `${where}的實際量`, { optional: true }),
      ),
    );
    const reported = p.actual !== undefined && p.actual !== null;
    if (!reported && gapAt < 0) gapAt = i;
    if (reported && gapAt >= 0) {
      const missing = periods[gapAt];
      const missingLabel =
        missing && typeof missing.label === 'string' && missing.label.trim() ? `（${missing.label.trim()}）` : '';
      problems.push({
        field: `periods[${gapAt}].actual`,
        message: `第 ${gapAt + 1} 個時段${missingLabel}還沒填實際量，後面的時段卻已經有了。請先補上（沒有銷量就填 0），累計才不會算錯。`,
      });
      gapAt = Number.POSITIVE_INFINITY; // report the gap once
    }
  });
  if (problems.length > 0) return { ok: false, problems };

  let cumulativePlan = 0;
  let cumulativeActual = 0;
  let reported = 0;
  let planToDate = 0;
  const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
  const rows: PeriodRow[] = periods.map((p) => {
    cumulativePlan += p.plan;
    const actual = p.actual ?? null;
    if (actual === null) {
      return {
        label: p.label.trim(),
        plan: p.plan,
        actual: null,
        difference: null,
        completion: null,
        cumulativePlan,
        cumulativeActual: null,
        cumulativeDifference: null,
        cumulativeCompletion: null,
      };
    }
    reported += 1;
    cumulativeActual += actual;
    planToDate = cumulativePlan;
    return {
      label: p.label.trim(),
      plan: p.plan,
      actual,
      difference: actual - p.plan,
      completion: ratio(actual, p.plan),
      cumulativePlan,
      cumulativeActual,
      cumulativeDifference: cumulativeActual - cumulativePlan,
      cumulativeCompletion: ratio(cumulativeActual, cumulativePlan),
    };
  });
  return {
    ok: true,
    rows,
    reported,
    planTotal: cumulativePlan,
    planToDate,
    actualToDate: cumulativeActual,
    differenceToDate: cumulativeActual - planToDate,
  };
}

export type PaceStatus = 'ahead' | 'on-pace' | 'behind';

/** The lesson's words for each pace. */
export const PACE_LABELS: Record<PaceStatus, string> = { ahead: '超前', 'on-pace': '持平', behind: '落後' };

/** Completion against the time elapsed, as the daily summary writes it (完成 57%，和時間進度持平). */
export function paceCheck(input: {
  target: number;
  actual: number;
  elapsedDays: number;
  totalDays: number;
  /** Within this many percentage points counts as 持平. */
  tolerancePoints?: number;
  unit?: string;
}): Result<{ completion: number; timeProgress: number; gapPoints: number; status: PaceStatus; summary: string }> {
  const tolerance = input.tolerancePoints ?? 2;
  const unit = input.unit ?? '條';
  const problems = collect(
    checkNumber(input.target, 'target', '目標', { positive: true }),
    checkNumber(input.actual, 'actual', '累計實際量'),
    checkNumber(input.totalDays, 'totalDays', '總天數', { integer: true, positive: true }),
    checkNumber(input.elapsedDays, 'elapsedDays', '已過天數', {
      integer: true,
      ...(typeof input.totalDays === 'number' && input.totalDays > 0 ? { max: input.totalDays } : {}),
    }),
    checkNumber(tolerance, 'tolerancePoints', '持平範圍（百分點）', { max: 100 }),
  );
  if (problems.length > 0) return { ok: false, problems };
  const completion = input.actual / input.target;
  const timeProgress = input.elapsedDays / input.totalDays;
  const gapPoints = Math.round((completion - timeProgress) * 1000) / 10;
  const status: PaceStatus = gapPoints > tolerance ? 'ahead' : gapPoints < -tolerance ? 'behind' : 'on-pace';
  const how = status === 'on-pace' ? '持平' : `${PACE_LABELS[status]} ${formatNumber(Math.abs(gapPoints))} 個百分點`;
  return {
    ok: true,
    completion,
    timeProgress,
    gapPoints,
    status,
    summary: `累計 ${formatNumber(input.actual)} ${unit}，目標 ${formatNumber(input.target)} ${unit}，完成 ${formatPercent(Math.round(completion * 100) / 100)}，和時間進度（${input.totalDays} 天過了 ${input.elapsedDays} 天）${how}。`,
  };
}
