/**
 * Shortage allocation by the method of the lesson 短缺時的專題調研 (content/lessons/practice/shortage-research.mdx):
 * retailers who refuse substitutes get their 底線 first, the rest goes out in proportion to usual monthly demand,
 * rounded with a largest-remainder adjustment so the total matches exactly, and the shortfall is estimated as
 * substitutes from the observed switch shares.
 */
import {
  checkNumber,
  checkText,
  collect,
  formatNumber,
  isNumber,
  ROUNDING_NAMES,
  roundBy,
  type Problem,
  type Result,
  type RoundingRule,
} from './result.ts';

/** How far a retailer accepts a substitute: 願意 (all), 部分 (only some substitutes), 不願 (none). */
export type Acceptance = 'yes' | 'partly' | 'no';

/** The lesson's words for each acceptance level. */
export const ACCEPTANCE_LABELS: Record<Acceptance, string> = { yes: '願意', partly: '部分', no: '不願' };

const ACCEPTANCES: readonly Acceptance[] = ['yes', 'partly', 'no'];

/** One survey row: a single retailer, or a group of retailers counted together as in the lesson's table. */
export interface SurveyRow {
  /** Stable id of the record (a retailer code); optional for pure calculations. */
  id?: string;
  /** Shop name or code; without it the row is named by area and acceptance, like the lesson's groups. */
  name?: string;
  /** 片區. */
  area: string;
  /** 戶數 in this row; 1 for a single retailer. */
  households?: number;
  /** 平常月需求 in 條, taken from months without stock-outs (or corrected for them). */
  demand: number;
  /** 底線: the least the shop needs a month to keep its regular customers, in 條. */
  floor: number;
  accepts: Acceptance;
}

/** A substitute and the share of turned-away buyers who bought it instead. */
export interface Substitute {
  id: string;
  /** 品規 name, e.g. 甲. */
  name: string;
  /** Observed switch share in percent (60 for 60%). */
  sharePercent: number;
  /** Which acceptance levels stock this substitute (the lesson: 甲 by 願意 and 部分, 乙 by 願意 only). */
  stockedBy: Acceptance[];
}

/** How the proportional part is turned into whole 條 before the total is made to match. */
export type AllocationRounding = 'half-up' | 'largest-remainder';

export interface AllocationInput {
  /** Name of the short product (紅三環), used in sentences. */
  product?: string;
  /** Quantity available to the district this month, in 條. */
  available: number;
  rows: SurveyRow[];
  substitutes: Substitute[];
  /** Default 'half-up': the lesson's 四捨五入 with the largest-remainder adjustment. */
  rounding?: AllocationRounding;
  /** Rounding of the substitute estimates; default 四捨五入 as in the lesson. */
  substituteRounding?: RoundingRule;
}

/** One row of the allocation table. */
export interface AllocationRow {
  index: number;
  id: string | undefined;
  label: string;
  area: string;
  accepts: Acceptance;
  households: number;
  demand: number;
  floor: number;
  /** The unrounded proportional share, when the row took part in a proportional split. */
  exactShare: number | null;
  /** 配量 of the short product, in whole 條. */
  allocation: number;
  /** 比底線少. */
  belowFloor: number;
  /** 缺口 = 平常月需求 − 配量. */
  gap: number;
  /** Suggested substitute stock per substitute id. */
  substitutes: Record<string, number>;
}

/** Sums over a set of rows (a group, an area, or everything). */
export interface AllocationTotals {
  key: string;
  label: string;
  households: number;
  demand: number;
  floor: number;
  allocation: number;
  belowFloor: number;
  gap: number;
  substitutes: Record<string, number>;
}

export interface AllocationAdjustment {
  index: number;
  label: string;
  delta: 1 | -1;
}

export interface Allocation {
  product: string;
  available: number;
  rows: AllocationRow[];
  /** One line per area × acceptance, in order of first appearance: the lesson's result table. */
  byGroup: AllocationTotals[];
  /** One line per 片區. */
  byArea: AllocationTotals[];
  total: AllocationTotals;
  /** 底線 of the refusers, served first. */
  refuserFloor: number;
  /** What was split in proportion to demand among those who accept substitutes. */
  remaining: number;
  /** Usual demand of those who accept substitutes. */
  acceptingDemand: number;
  /** The ±1 corrections that made the rounded shares add up. */
  adjustments: AllocationAdjustment[];
  /** 條 left over when there is more than everyone's usual demand. */
  unallocated: number;
  /** Share of turned-away buyers (percent) who bought no substitute. */
  uncoveredPercent: number;
  /** The method and assumptions, in Traditional Chinese, to print next to the numbers. */
  assumptions: string[];
}

/** Name of a row in messages and tables. */
export function rowLabel(row: Pick<SurveyRow, 'name' | 'area' | 'accepts'>): string {
  const name = typeof row.name === 'string' ? row.name.trim() : '';
  if (name !== '') return name;
  const area = typeof row.area === 'string' ? row.area.trim() : '';
  const acceptance = ACCEPTANCE_LABELS[row.accepts];
  return acceptance ? `${area}（${acceptance}）` : area;
}

/** One row's survey facts with the allocation it got (the shortfall below its 底線 follows from it). */
function describeRow(
  r: SurveyRow,
  i: number,
  allocation: number,
): Omit<AllocationRow, 'exactShare' | 'gap' | 'substitutes'> {
  return {
    index: i,
    id: r.id,
    label: rowLabel(r),
    area: r.area.trim(),
    accepts: r.accepts,
    households: r.households ?? 1,
    demand: r.demand,
    floor: r.floor,
    allocation,
    belowFloor: Math.max(0, r.floor - allocation),
  };
}

/** Checks a survey's rows (shared by the allocation and the survey export). */
export function checkSurveyRows(rows: unknown): Problem[] {
  if (!Array.isArray(rows) || rows.length === 0) {
    return [{ field: 'rows', message: '還沒有零售戶。請至少加一戶（或一組）才能分配。' }];
  }
  const problems: Problem[] = [];
  rows.forEach((raw: unknown, i) => {
    const at = `rows[${i}]`;
    if (typeof raw !== 'object' || raw === null) {
      problems.push({ field: at, message: `第 ${i + 1} 項是空的。請填片區、平常月需求、底線和是否接受替代。` });
      return;
    }
    const row = raw as Partial<SurveyRow>;
    const where = `第 ${i + 1} 項${typeof row.area === 'string' && row.area.trim() !== '' ? `（${rowLabel(row as SurveyRow)}）` : ''}`;
    problems.push(
      ...collect(
        checkText(row.area, `${at}.area`, `${where}的片區`),
        checkNumber(row.demand, `${at}.demand`, `${where}的平常月需求`, { integer: true }),
        checkNumber(row.floor, `${at}.floor`, `${where}的底線`, { integer: true }),
        checkNumber(row.households, `${at}.households`, `${where}的戶數`, {
          integer: true,
          positive: true,
          optional: true,
        }),
      ),
    );
    if (!ACCEPTANCES.includes(row.accepts as Acceptance)) {
      problems.push({ field: `${at}.accepts`, message: `${where}沒有選是否接受替代品（願意、部分或不願）。` });
    }
    if (isNumber(row.demand) && isNumber(row.floor) && row.floor > row.demand) {
      problems.push({
        field: `${at}.floor`,
        message: `${where}的底線 ${formatNumber(row.floor)} 條比平常月需求 ${formatNumber(row.demand)} 條還多。底線是至少要有的量，不能超過平常賣的量。`,
      });
    }
  });
  return problems;
}

function checkSubstitutes(substitutes: unknown): Problem[] {
  if (!Array.isArray(substitutes)) {
    return [{ field: 'substitutes', message: '替代品清單沒有填。沒有替代品時請留一個空清單。' }];
  }
  const problems: Problem[] = [];
  let shareSum = 0;
  const ids = new Set<string>();
  substitutes.forEach((raw: unknown, i) => {
    const at = `substitutes[${i}]`;
    const sub = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Substitute>;
    const where = `第 ${i + 1} 個替代品${typeof sub.name === 'string' && sub.name.trim() !== '' ? `（${sub.name.trim()}）` : ''}`;
    problems.push(
      ...collect(
        checkText(sub.id, `${at}.id`, `${where}的代號`),
        checkText(sub.name, `${at}.name`, `${where}的名稱`),
        checkNumber(sub.sharePercent, `${at}.sharePercent`, `${where}的轉向比例`, { max: 100 }),
      ),
    );
    if (typeof sub.id === 'string') {
      if (ids.has(sub.id)) problems.push({ field: `${at}.id`, message: `${where}的代號「${sub.id}」重複了。` });
      ids.add(sub.id);
    }
    if (!Array.isArray(sub.stockedBy) || sub.stockedBy.some((a) => !ACCEPTANCES.includes(a))) {
      problems.push({
        field: `${at}.stockedBy`,
        message: `${where}沒有說明哪些店會備（願意、部分）。`,
      });
    }
    if (isNumber(sub.sharePercent)) shareSum += sub.sharePercent;
  });
  if (shareSum > 100 + 1e-9) {
    problems.push({
      field: 'substitutes',
      message: `各替代品的轉向比例合計 ${formatNumber(shareSum)}%，超過 100%。同一批消費者只能轉向一處，請重新核對記錄。`,
    });
  }
  return problems;
}

interface Apportioned {
  values: number[];
  exact: number[];
  adjustments: { position: number; delta: 1 | -1 }[];
}

/**
 * Splits a whole number in proportion to whole-number weights (total < sum of weights) so the parts add up exactly:
 * round each part, then while the sum is too high take 1 from the rounded-up part with the smallest fraction, while
 * it is too low add 1 to the rounded-down part with the largest fraction. Ties go to the earlier row.
 */
export function apportion(total: number, weights: number[], rounding: AllocationRounding = 'half-up'): Apportioned {
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (weightSum === 0 ? 0 : (total * w) / weightSum));
  const values = exact.map((x) => roundBy(x, rounding === 'half-up' ? 'half-up' : 'floor'));
  const adjustments: Apportioned['adjustments'] = [];
  let sum = values.reduce((a, b) => a + b, 0);
  while (sum !== total) {
    const tooHigh = sum > total;
    let best = -1;
    let bestGap = 0;
    values.forEach((v, i) => {
      const gap = tooHigh ? v - exact[i]! : exact[i]! - v;
      if (gap > 1e-9 && gap > bestGap + 1e-12) {
        best = i;
        bestGap = gap;
      }
    });
    // Cannot happen while 0 ≤ total ≤ weightSum, but never loop forever on a broken invariant.
    if (best < 0) break;
    const delta = tooHigh ? -1 : 1;
    values[best] = values[best]! + delta;
    adjustments.push({ position: best, delta });
    sum += delta;
  }
  return { values, exact, adjustments };
}

const sumOf = <T>(items: T[], get: (item: T) => number): number => items.reduce((a, item) => a + get(item), 0);

function totalsOf(key: string, label: string, rows: AllocationRow[], substituteIds: string[]): AllocationTotals {
  const substitutes: Record<string, number> = {};
  for (const id of substituteIds) substitutes[id] = sumOf(rows, (r) => r.substitutes[id] ?? 0);
  return {
    key,
    label,
    households: sumOf(rows, (r) => r.households),
    demand: sumOf(rows, (r) => r.demand),
    floor: sumOf(rows, (r) => r.floor),
    allocation: sumOf(rows, (r) => r.allocation),
    belowFloor: sumOf(rows, (r) => r.belowFloor),
    gap: sumOf(rows, (r) => r.gap),
    substitutes,
  };
}

function groupBy(rows: AllocationRow[], keyOf: (r: AllocationRow) => string): Map<string, AllocationRow[]> {
  const groups = new Map<string, AllocationRow[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

const acceptanceList = (levels: Acceptance[]): string =>
  ACCEPTANCES.filter((a) => levels.includes(a))
    .map((a) => ACCEPTANCE_LABELS[a])
    .join('、');

/** Computes the allocation proposal and the substitute estimate, or returns every problem with the input. */
export function allocateShortage(input: AllocationInput): Result<Allocation> {
  const rounding = input.rounding ?? 'half-up';
  const substituteRounding = input.substituteRounding ?? 'half-up';
  const problems: Problem[] = [
    ...collect(checkNumber(input.available, 'available', '本月可分配量', { integer: true })),
    ...checkSurveyRows(input.rows),
    ...checkSubstitutes(input.substitutes),
  ];
  if (rounding !== 'half-up' && rounding !== 'largest-remainder') {
    problems.push({ field: 'rounding', message: '分配的取整規則只能是四捨五入或最大餘數法。' });
  }
  if (!(substituteRounding in ROUNDING_NAMES)) {
    problems.push({ field: 'substituteRounding', message: '替代品的取整規則只能是四捨五入、無條件捨去或無條件進位。' });
  }
  if (problems.length > 0) return { ok: false, problems };

  const product = input.product?.trim() || '短缺品規';
  const available = input.available;
  const rows = input.rows;
  const refusers = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.accepts === 'no');
  const accepting = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.accepts !== 'no');
  const refuserFloor = sumOf(refusers, ({ r }) => r.floor);
  const households = (list: { r: SurveyRow }[]) => sumOf(list, ({ r }) => r.households ?? 1);
  if (refuserFloor > available) {
    return {
      ok: false,
      problems: [
        {
          field: 'available',
          message: `不願替代的 ${households(refusers)} 戶底線合計 ${formatNumber(refuserFloor)} 條，比本月可分配的 ${formatNumber(available)} 條還多，保底原則分不下去。請核對可分配量與這幾戶的底線，或向公司說明缺口。`,
        },
      ],
    };
  }

  const allocation = rows.map((r) => (r.accepts === 'no' ? r.floor : 0));
  const exactShare: (number | null)[] = rows.map(() => null);
  const adjustments: AllocationAdjustment[] = [];
  const assumptions: string[] = [];
  const remaining = available - refuserFloor;
  const acceptingDemand = sumOf(accepting, ({ r }) => r.demand);
  let unallocated = 0;

  if (refusers.length > 0) {
    const parts = refusers.length <= 6 ? `${refusers.map(({ r }) => formatNumber(r.floor)).join(' + ')} = ` : '合計 ';
    assumptions.push(`不願替代的 ${households(refusers)} 戶先按底線配足：${parts}${formatNumber(refuserFloor)} 條。`);
  } else {
    assumptions.push('沒有不願替代的零售戶，全部按平常月需求的比例分。');
  }

  const split = (total: number, members: { r: SurveyRow; i: number }[], weights: number[]) => {
    const result = apportion(total, weights, rounding);
    members.forEach(({ i }, k) => {
      allocation[i] = allocation[i]! + result.values[k]!;
      exactShare[i] = result.exact[k]!;
    });
    for (const adj of result.adjustments) {
      const member = members[adj.position]!;
      adjustments.push({ index: member.i, label: rowLabel(member.r), delta: adj.delta });
    }
    return result;
  };

  const roundingSentence = (total: number, adjusted: AllocationAdjustment[]) => {
    const rule =
      rounding === 'half-up'
        ? `取整規則：每項四捨五入到整數條；合計多了就從進位的項裡小數部分最小的那一項減 1 條，少了就從捨去的項裡小數部分最大的那一項加 1 條，直到合計正好 ${formatNumber(total)} 條。`
        : `取整規則（最大餘數法）：每項先捨去小數，差的條數依小數部分由大到小各加 1 條，合計正好 ${formatNumber(total)} 條。`;
    const done =
      adjusted.length === 0
        ? rounding === 'half-up'
          ? `本次四捨五入後正好 ${formatNumber(total)} 條，不必調整。`
          : '本次捨去後正好相符，不必加。'
        : `本次調整：${adjusted.map((a) => `${a.label} ${a.delta > 0 ? '+1' : '−1'} 條`).join('、')}。`;
    return `${rule}${done}`;
  };

  if (accepting.length > 0 && remaining < acceptingDemand) {
    split(
      remaining,
      accepting,
      accepting.map(({ r }) => r.demand),
    );
    assumptions.push(
      `剩下的 ${formatNumber(available)} − ${formatNumber(refuserFloor)} = ${formatNumber(remaining)} 條，按平常月需求的比例分給其餘 ${households(accepting)} 戶（需求合計 ${formatNumber(acceptingDemand)} 條）。`,
    );
    const example = accepting.find(({ i }) => exactShare[i] !== null && exactShare[i]! > 0);
    if (example) {
      const exact = exactShare[example.i]!;
      assumptions.push(
        `例如${rowLabel(example.r)}：${formatNumber(remaining)} × ${formatNumber(example.r.demand)} ÷ ${formatNumber(acceptingDemand)} = ${(Math.floor(exact * 100 + 1e-9) / 100).toFixed(2)}，${rounding === 'half-up' ? '四捨五入為' : '先捨去為'} ${formatNumber(roundBy(exact, rounding === 'half-up' ? 'half-up' : 'floor'))} 條。`,
      );
    }
    assumptions.push(roundingSentence(remaining, adjustments));
  } else {
    // Enough for everyone who accepts substitutes: they get their usual demand, and what is left tops up the
    // refusers from their 底線 towards their usual demand by the same proportional rule.
    accepting.forEach(({ r, i }) => {
      allocation[i] = r.demand;
    });
    let leftover = remaining - acceptingDemand;
    if (accepting.length > 0) {
      assumptions.push(
        `剩下的 ${formatNumber(remaining)} 條足夠其餘 ${households(accepting)} 戶的平常月需求（${formatNumber(acceptingDemand)} 條），全部配足。`,
      );
    }
    const needs = refusers.map(({ r }) => r.demand - r.floor);
    const needSum = needs.reduce((a, b) => a + b, 0);
    if (leftover > 0 && needSum > 0) {
      if (leftover >= needSum) {
        refusers.forEach(({ r, i }) => {
          allocation[i] = r.demand;
        });
        assumptions.push(`不願替代的店也補到平常月需求，共再配 ${formatNumber(needSum)} 條。`);
        leftover -= needSum;
      } else {
        const before = adjustments.length;
        split(leftover, refusers, needs);
        assumptions.push(
          `再剩的 ${formatNumber(leftover)} 條，按不願替代各店「平常月需求 − 底線」的比例補上（合計 ${formatNumber(needSum)} 條）。`,
        );
        assumptions.push(roundingSentence(leftover, adjustments.slice(before)));
        leftover = 0;
      }
    }
    unallocated = leftover;
    if (unallocated > 0) {
      assumptions.push(`可分配量比全部平常月需求還多 ${formatNumber(unallocated)} 條，這部分不分配，留待公司安排。`);
    }
  }

  const substituteIds = input.substitutes.map((s) => s.id);
  const tableRows: AllocationRow[] = rows.map((r, i) => {
    const alloc = allocation[i]!;
    const gap = r.demand - alloc;
    const substitutes: Record<string, number> = {};
    for (const s of input.substitutes) {
      substitutes[s.id] = s.stockedBy.includes(r.accepts)
        ? roundBy((gap * s.sharePercent) / 100, substituteRounding)
        : 0;
    }
    return { ...describeRow(r, i, alloc), exactShare: exactShare[i]!, gap, substitutes };
  });

  const floorTotal = sumOf(rows, (r) => r.floor);
  const short = tableRows.filter((r) => r.belowFloor > 0);
  if (floorTotal > available) {
    assumptions.push(
      `底線合計 ${formatNumber(floorTotal)} 條，比可分配的 ${formatNumber(available)} 條多 ${formatNumber(floorTotal - available)} 條。`,
    );
  }
  if (short.length > 0) {
    const below = sumOf(short, (r) => r.belowFloor);
    const most = Math.max(...short.map((r) => r.belowFloor));
    assumptions.push(
      `有 ${short.length} 項低於底線，共少 ${formatNumber(below)} 條，最多一項少 ${formatNumber(most)} 條；都在接受替代的店，由替代品補上。`,
    );
  }

  const sharePercent = sumOf(input.substitutes, (s) => s.sharePercent);
  for (const s of input.substitutes) {
    assumptions.push(
      `${s.name}：缺口 × ${formatNumber(s.sharePercent)}%，只配給${acceptanceList(s.stockedBy) || '（沒有店）'}接受替代的店，${ROUNDING_NAMES[substituteRounding]}到整數條。`,
    );
  }
  const refuserGap = sumOf(
    tableRows.filter((r) => r.accepts === 'no'),
    (r) => r.gap,
  );
  if (refusers.length > 0 && refuserGap > 0) {
    assumptions.push(
      `不願替代的 ${households(refusers)} 戶缺口 ${formatNumber(refuserGap)} 條不配替代品，他們的部分消費者可能到鄰近的店買。`,
    );
  }
  if (input.substitutes.length > 0) {
    assumptions.push(
      `轉向比例假設能代表整個月；其餘 ${formatNumber(100 - sharePercent)}% 的消費者沒有買替代品或去別家找，不計入替代品。`,
    );
  }

  const byGroup = [...groupBy(tableRows, (r) => `${r.area}\u0000${r.accepts}`)].map(([key, list]) =>
    totalsOf(key, `${list[0]!.area}（${ACCEPTANCE_LABELS[list[0]!.accepts]}）`, list, substituteIds),
  );
  const byArea = [...groupBy(tableRows, (r) => r.area)].map(([key, list]) => totalsOf(key, key, list, substituteIds));

  return {
    ok: true,
    product,
    available,
    rows: tableRows,
    byGroup,
    byArea,
    total: totalsOf('total', '合計', tableRows, substituteIds),
    refuserFloor,
    remaining,
    acceptingDemand,
    adjustments,
    unallocated,
    uncoveredPercent: 100 - sharePercent,
    assumptions,
  };
}

/** Survey totals (戶數, 平常月需求, 底線) by group, by area and overall: the lesson's input table. */
export function summarizeSurvey(rows: SurveyRow[]): Result<{
  byGroup: Pick<AllocationTotals, 'key' | 'label' | 'households' | 'demand' | 'floor'>[];
  byArea: Pick<AllocationTotals, 'key' | 'label' | 'households' | 'demand' | 'floor'>[];
  total: Pick<AllocationTotals, 'key' | 'label' | 'households' | 'demand' | 'floor'>;
}> {
  const problems = checkSurveyRows(rows);
  if (problems.length > 0) return { ok: false, problems };
  const pick = (key: string, label: string, list: SurveyRow[]) => ({
    key,
    label,
    households: sumOf(list, (r) => r.households ?? 1),
    demand: sumOf(list, (r) => r.demand),
    floor: sumOf(list, (r) => r.floor),
  });
  const groups = new Map<string, SurveyRow[]>();
  const areas = new Map<string, SurveyRow[]>();
  for (const r of rows) {
    const g = `${r.area.trim()}\u0000${r.accepts}`;
    groups.set(g, [...(groups.get(g) ?? []), r]);
    areas.set(r.area.trim(), [...(areas.get(r.area.trim()) ?? []), r]);
  }
  return {
    ok: true,
    byGroup: [...groups].map(([key, list]) =>
      pick(key, `${list[0]!.area.trim()}（${ACCEPTANCE_LABELS[list[0]!.accepts]}）`, list),
    ),
    byArea: [...areas].map(([key, list]) => pick(key, key, list)),
    total: pick('total', '合計', rows),
  };
}

/**
 * Switch shares from what turned-away buyers bought instead, as the lesson counts them (200 人次: 甲 120, 乙 50,
 * 沒買 30 → 60%, 25%, 15%). Percentages are rounded to one decimal only for display; the raw fractions come too.
 */
export function switchShares(input: {
  counts: { id: string; name: string; count: number }[];
  /** Buyers who bought nothing or went elsewhere. */
  none: number;
}): Result<{
  total: number;
  shares: { id: string; name: string; percent: number }[];
  nonePercent: number;
  summary: string;
}> {
  const problems: Problem[] = collect(checkNumber(input.none, 'none', '沒買或去別家的人次', { integer: true }));
  if (!Array.isArray(input.counts) || input.counts.length === 0) {
    problems.push({ field: 'counts', message: '還沒有替代品的人次。請至少填一個替代品買了幾人次。' });
  } else {
    input.counts.forEach((c, i) => {
      const where = `第 ${i + 1} 個替代品${c && typeof c.name === 'string' && c.name.trim() ? `（${c.name.trim()}）` : ''}`;
      problems.push(
        ...collect(
          checkText(c?.name, `counts[${i}].name`, `${where}的名稱`),
          checkNumber(c?.count, `counts[${i}].count`, `${where}的人次`, { integer: true }),
        ),
      );
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const total = input.none + sumOf(input.counts, (c) => c.count);
  if (total === 0) {
    return {
      ok: false,
      problems: [{ field: 'counts', message: '記錄的人次合計是 0，算不出轉向比例。請零售戶再記幾天後再算。' }],
    };
  }
  const pct = (n: number) => Math.round((n / total) * 1000) / 10;
  const shares = input.counts.map((c) => ({ id: c.id, name: c.name.trim(), percent: pct(c.count) }));
  const nonePercent = pct(input.none);
  return {
    ok: true,
    total,
    shares,
    nonePercent,
    summary: `共 ${formatNumber(total)} 人次：${input.counts
      .map((c, i) => `${c.name.trim()} ${formatNumber(c.count)} 人次（${formatNumber(shares[i]!.percent)}%）`)
      .join('，')}，沒買或說去別家找 ${formatNumber(input.none)} 人次（${formatNumber(nonePercent)}%）。`,
  };
}

/**
 * The lesson's order of work for a per-retailer survey: allocate to the groups (片區 × 願意/部分/不願) first, then
 * 「組內各店再按同一規則分」: each group's quantity over its shops in proportion to usual demand (refusers keep their
 * 底線 and share any top-up by what they still lack), and each group's substitutes over its shops by their 缺口, so
 * the shops add up exactly to the group table.
 */
export function allocateByGroup(input: AllocationInput): Result<{ groups: Allocation; retailers: AllocationRow[] }> {
  const problems = checkSurveyRows(input.rows);
  if (problems.length > 0) {
    // Run the full check so every problem (available, substitutes too) is reported at once.
    const full = allocateShortage(input);
    return full.ok ? { ok: false, problems } : full;
  }
  const members = new Map<string, { r: SurveyRow; i: number }[]>();
  input.rows.forEach((r, i) => {
    const key = `${r.area.trim()}\u0000${r.accepts}`;
    members.set(key, [...(members.get(key) ?? []), { r, i }]);
  });
  const keys = [...members.keys()];
  const groupRows: SurveyRow[] = keys.map((key) => {
    const list = members.get(key)!;
    return {
      area: list[0]!.r.area.trim(),
      accepts: list[0]!.r.accepts,
      households: sumOf(list, ({ r }) => r.households ?? 1),
      demand: sumOf(list, ({ r }) => r.demand),
      floor: sumOf(list, ({ r }) => r.floor),
    };
  });
  const groups = allocateShortage({ ...input, rows: groupRows });
  if (!groups.ok) return groups;
  const rounding = input.rounding ?? 'half-up';

  const retailers: AllocationRow[] = new Array<AllocationRow>(input.rows.length);
  keys.forEach((key, g) => {
    const list = members.get(key)!;
    const group = groups.rows[g]!;
    let allocations: number[];
    if (group.accepts === 'no') {
      const extra = group.allocation - group.floor;
      const needs = list.map(({ r }) => r.demand - r.floor);
      const top = extra > 0 ? apportion(extra, needs, rounding).values : list.map(() => 0);
      allocations = list.map(({ r }, k) => r.floor + top[k]!);
    } else {
      allocations = apportion(
        group.allocation,
        list.map(({ r }) => r.demand),
        rounding,
      ).values;
    }
    const gaps = list.map(({ r }, k) => r.demand - allocations[k]!);
    const substituteShares: Record<string, number[]> = {};
    for (const s of input.substitutes) {
      const amount = group.substitutes[s.id] ?? 0;
      substituteShares[s.id] =
        amount > 0
          ? apportion(
              Math.min(
                amount,
                sumOf(gaps, (x) => x),
              ),
              gaps,
              rounding,
            ).values
          : gaps.map(() => 0);
    }
    list.forEach(({ r, i }, k) => {
      const substitutes: Record<string, number> = {};
      for (const s of input.substitutes) substitutes[s.id] = substituteShares[s.id]![k]!;
      retailers[i] = { ...describeRow(r, i, allocations[k]!), exactShare: null, gap: gaps[k]!, substitutes };
    });
  });
  return {
    ok: true,
    groups: {
      ...groups,
      assumptions: [
        ...groups.assumptions,
        '組內各店再按同一規則分：組的配量按各店平常月需求的比例分，替代品按各店缺口的比例分，各店加起來正好等於組的數字。',
      ],
    },
    retailers,
  };
}
