/**
 * Checks for the visit plan of the lesson 有目的的拜訪: a visit without a purpose is flagged (走馬觀花), a day's visits
 * are listed in their planned order, and the next step after a visit is never dated before the visit itself.
 */
import { checkNumber, checkText, collect, type Problem, type Result } from './result.ts';

/** One planned visit (the fields the checks need; the form may keep more). */
export interface VisitPlan {
  id: string;
  /** Retailer name or code. */
  retailer: string;
  /** 拜訪日期, YYYY-MM-DD. */
  date: string;
  /** Planned time, HH:MM (optional). */
  time?: string;
  /** Planned position in the day's route, 1 for the first visit (optional). */
  order?: number;
  /** 本次目的. */
  purpose: string;
  /** 下一步, written after the visit. */
  nextStep?: string;
  /** Date of the next step, YYYY-MM-DD. */
  nextStepDate?: string;
}

export type VisitWarningCode = 'no-purpose' | 'next-step-without-date' | 'same-order';

export interface VisitWarning {
  code: VisitWarningCode;
  field: string;
  message: string;
}

const NO_PURPOSE = '沒有寫這次拜訪的目的，這樣的拜訪容易走馬觀花。出門前先寫下：這次拜訪結束時，這家店有什麼會不一樣？';

/** Whether a string is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function checkDate(value: unknown, field: string, label: string, optional: boolean): Problem | null {
  if (value === undefined || value === null || value === '') {
    return optional ? null : { field, message: `${label}沒有填。` };
  }
  if (!isIsoDate(value)) {
    return { field, message: `${label}「${String(value)}」不是有效的日期，請寫成 2026-10-14 這樣的格式。` };
  }
  return null;
}

function checkTime(value: unknown, field: string, label: string): Problem | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) {
    return { field, message: `${label}「${String(value)}」不是有效的時間，請寫成 09:30 這樣的格式。` };
  }
  return null;
}

const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

function visitProblems(visit: VisitPlan, prefix: string, where: string): Problem[] {
  const v = (typeof visit === 'object' && visit !== null ? visit : {}) as Partial<VisitPlan>;
  const problems = collect(
    checkText(v.retailer, `${prefix}retailer`, `${where}的零售戶名稱或編號`),
    checkDate(v.date, `${prefix}date`, `${where}的拜訪日期`, false),
    checkTime(v.time, `${prefix}time`, `${where}的時間`),
    checkNumber(v.order, `${prefix}order`, `${where}的拜訪順序`, { integer: true, positive: true, optional: true }),
    checkDate(v.nextStepDate, `${prefix}nextStepDate`, `${where}的下一步日期`, true),
  );
  if (isIsoDate(v.date) && isIsoDate(v.nextStepDate) && v.nextStepDate < v.date) {
    problems.push({
      field: `${prefix}nextStepDate`,
      message: `${where}的下一步日期 ${v.nextStepDate} 早於拜訪日期 ${v.date}。下一步要排在拜訪當天或之後。`,
    });
  }
  return problems;
}

function visitWarnings(visit: VisitPlan, prefix: string): VisitWarning[] {
  const warnings: VisitWarning[] = [];
  if (blank(visit.purpose)) warnings.push({ code: 'no-purpose', field: `${prefix}purpose`, message: NO_PURPOSE });
  if (!blank(visit.nextStep) && blank(visit.nextStepDate)) {
    warnings.push({
      code: 'next-step-without-date',
      field: `${prefix}nextStepDate`,
      message: '下一步還沒有日期。約定好哪一天做，下次拜訪才知道要檢查什麼。',
    });
  }
  return warnings;
}

/** Checks one visit: problems that stop saving, and warnings (no purpose: 走馬觀花) to show beside it. */
export function checkVisit(visit: VisitPlan): Result<{ warnings: VisitWarning[] }> {
  const name = !blank(visit?.retailer) ? `拜訪（${visit.retailer.trim()}）` : '這次拜訪';
  const problems = visitProblems(visit, '', name);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, warnings: visitWarnings(visit, '') };
}

export interface DayVisit {
  visit: VisitPlan;
  /** 1-based position in the day's list. */
  position: number;
  /** No purpose written: shown as 走馬觀花 (with words, not colour alone). */
  aimless: boolean;
  warnings: VisitWarning[];
}

const compareOptional = <T>(a: T | undefined, b: T | undefined, compare: (x: T, y: T) => number): number => {
  if (a === undefined && b === undefined) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return compare(a, b);
};

/**
 * The visits of one day in the order they are planned: by planned order, then time, then retailer name.
 * Visits without an order or time go after those that have one.
 */
export function dayView(
  visits: VisitPlan[],
  date: string,
): Result<{ date: string; visits: DayVisit[]; aimless: number; warnings: VisitWarning[] }> {
  const dateProblem = checkDate(date, 'date', '要看的日期', false);
  if (dateProblem) return { ok: false, problems: [dateProblem] };
  if (!Array.isArray(visits)) return { ok: false, problems: [{ field: 'visits', message: '拜訪清單讀不出來。' }] };
  const problems: Problem[] = [];
  visits.forEach((visit, i) => {
    const where = `第 ${i + 1} 筆拜訪${!blank(visit?.retailer) ? `（${visit.retailer.trim()}）` : ''}`;
    problems.push(...visitProblems(visit, `visits[${i}].`, where));
  });
  if (problems.length > 0) return { ok: false, problems };

  const collator = new Intl.Collator('zh-Hant');
  const today = visits
    .map((visit, index) => ({ visit, index }))
    .filter(({ visit }) => visit.date === date)
    .sort(
      (a, b) =>
        compareOptional(a.visit.order, b.visit.order, (x, y) => x - y) ||
        compareOptional(
          blank(a.visit.time) ? undefined : a.visit.time,
          blank(b.visit.time) ? undefined : b.visit.time,
          (x, y) => (x < y ? -1 : x > y ? 1 : 0),
        ) ||
        collator.compare(a.visit.retailer.trim(), b.visit.retailer.trim()) ||
        a.index - b.index,
    );

  const dayWarnings: VisitWarning[] = [];
  const byOrder = new Map<number, string[]>();
  for (const { visit } of today) {
    if (visit.order === undefined) continue;
    byOrder.set(visit.order, [...(byOrder.get(visit.order) ?? []), visit.retailer.trim()]);
  }
  for (const [order, names] of byOrder) {
    if (names.length > 1) {
      dayWarnings.push({
        code: 'same-order',
        field: 'order',
        message: `${names.join('、')}都排在第 ${order} 個，請重新排一下先後。`,
      });
    }
  }

  const list: DayVisit[] = today.map(({ visit, index }, k) => {
    const warnings = visitWarnings(visit, `visits[${index}].`);
    return { visit, position: k + 1, aimless: warnings.some((w) => w.code === 'no-purpose'), warnings };
  });
  return { ok: true, date, visits: list, aimless: list.filter((v) => v.aimless).length, warnings: dayWarnings };
}
