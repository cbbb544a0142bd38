/**
 * Stock level by the method of the lessons 滯銷、緊俏與合理庫存 and 預測與調劑: demand corrected for stock-out days,
 * safety stock of a few days' demand, 合理庫存上限 = 週需求 × 送貨週期 + 安全庫存, 建議訂貨量 = 上限 − 現有庫存.
 */
import {
  checkNumber,
  collect,
  formatNumber,
  isNumber,
  ROUNDING_NAMES,
  roundBy,
  type Problem,
  type Result,
  type RoundingRule,
} from './result.ts';

const DAYS_PER_WEEK = 7;

const twoDecimals = (value: number): string => formatNumber(Math.round(value * 100) / 100);

function checkDaysInStock(sold: unknown, days: unknown, field: string, label: string, max: number): Problem | null {
  const basic = checkNumber(days, field, label, { max });
  if (basic) return basic;
  if (days === 0) {
    return {
      field,
      message:
        sold === 0
          ? `${label}是 0：整段時間都斷貨，從銷量推算不出需求。請改用斷貨前的銷量。`
          : `${label}是 0，卻有銷量。請核對有貨天數。`,
    };
  }
  return null;
}

/** 月銷量 × 當月天數 ÷ 有貨天數: a month's sales corrected for the days it was out of stock. */
export function correctMonthlyDemand(input: {
  sold: number;
  daysInMonth: number;
  daysInStock: number;
  rounding?: RoundingRule;
}): Result<{ exact: number; demand: number; explanation: string }> {
  const problems = collect(
    checkNumber(input.sold, 'sold', '月銷量'),
    checkNumber(input.daysInMonth, 'daysInMonth', '當月天數', { integer: true, positive: true, max: 31 }),
  );
  if (problems.length === 0 && input.daysInMonth < 28) {
    problems.push({ field: 'daysInMonth', message: `當月天數要在 28 到 31 之間（填的是 ${input.daysInMonth}）。` });
  }
  const days = checkDaysInStock(
    input.sold,
    input.daysInStock,
    'daysInStock',
    '有貨天數',
    isNumber(input.daysInMonth) ? input.daysInMonth : 31,
  );
  if (days) problems.push(days);
  if (problems.length > 0) return { ok: false, problems };
  const rounding = input.rounding ?? 'half-up';
  const exact = (input.sold * input.daysInMonth) / input.daysInStock;
  const demand = roundBy(exact, rounding);
  return {
    ok: true,
    exact,
    demand,
    explanation:
      input.daysInStock === input.daysInMonth
        ? `整月沒有斷貨，月需求就是月銷量 ${formatNumber(demand)} 條。`
        : `月需求 = 月銷量 × 當月天數 ÷ 有貨天數 = ${formatNumber(input.sold)} × ${input.daysInMonth} ÷ ${formatNumber(input.daysInStock)} = ${twoDecimals(exact)}，${ROUNDING_NAMES[rounding]}為 ${formatNumber(demand)} 條。`,
  };
}

/** 週銷量 × 7 ÷ 有貨天數: a week's sales corrected for stock-out days. */
export function correctWeeklyDemand(input: {
  sold: number;
  daysInStock?: number;
  rounding?: RoundingRule;
}): Result<{ exact: number; demand: number; explanation: string }> {
  const daysInStock = input.daysInStock ?? DAYS_PER_WEEK;
  const problems = collect(
    checkNumber(input.sold, 'sold', '週銷量'),
    checkDaysInStock(input.sold, daysInStock, 'daysInStock', '有貨天數', DAYS_PER_WEEK),
  );
  if (problems.length > 0) return { ok: false, problems };
  const rounding = input.rounding ?? 'half-up';
  const exact = (input.sold * DAYS_PER_WEEK) / daysInStock;
  const demand = roundBy(exact, rounding);
  return {
    ok: true,
    exact,
    demand,
    explanation:
      daysInStock === DAYS_PER_WEEK
        ? `沒有斷貨，週需求就是週銷量 ${formatNumber(demand)} 條。`
        : `週需求 = 週銷量 × 7 ÷ 有貨天數 = ${formatNumber(input.sold)} × 7 ÷ ${formatNumber(daysInStock)} = ${twoDecimals(exact)}，${ROUNDING_NAMES[rounding]}為 ${formatNumber(demand)} 條。`,
  };
}

/** One recorded week: what was sold and on how many days there was stock (7 when none ran out). */
export interface WeekRecord {
  sold: number;
  daysInStock?: number;
}

/**
 * 基礎週銷量: the average of recent normal weeks, each stock-out week first corrected to a full week (and rounded,
 * as the lesson writes 18 × 7 ÷ 5 ≈ 25), next to the uncorrected average that would under-order.
 */
export function baseWeeklySales(
  weeks: WeekRecord[],
  rounding: RoundingRule = 'half-up',
): Result<{ corrected: number[]; average: number; uncorrectedAverage: number; explanation: string[] }> {
  if (!Array.isArray(weeks) || weeks.length === 0) {
    return {
      ok: false,
      problems: [{ field: 'weeks', message: '還沒有週銷量記錄。請至少填一週（最好近四個平常週）。' }],
    };
  }
  const problems: Problem[] = [];
  const corrected: number[] = [];
  const explanation: string[] = [];
  weeks.forEach((week, i) => {
    const result = correctWeeklyDemand({ ...week, rounding });
    if (!result.ok) {
      for (const p of result.problems) {
        problems.push({ field: `weeks[${i}].${p.field}`, message: `第 ${i + 1} 週的${p.message}` });
      }
      return;
    }
    corrected.push(result.demand);
    if ((week.daysInStock ?? DAYS_PER_WEEK) !== DAYS_PER_WEEK) {
      explanation.push(`第 ${i + 1} 週：${result.explanation}`);
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  const sum = corrected.reduce((a, b) => a + b, 0);
  const rawSum = weeks.reduce((a, w) => a + w.sold, 0);
  const average = roundBy(sum / weeks.length, rounding);
  const uncorrectedAverage = roundBy(rawSum / weeks.length, rounding);
  explanation.push(
    `平均（${corrected.map(formatNumber).join(' + ')}）÷ ${weeks.length} = ${twoDecimals(sum / weeks.length)}，${ROUNDING_NAMES[rounding]}為 ${formatNumber(average)} 條。`,
  );
  if (uncorrectedAverage !== average) {
    explanation.push(`不補斷貨的話只有 ${formatNumber(uncorrectedAverage)} 條，會少備。`);
  }
  return { ok: true, corrected, average, uncorrectedAverage, explanation };
}

/** 季節倍數: last year's period against last year's normal week, applied to this year's base. */
export function seasonalForecast(input: {
  base: number;
  lastYearNormal: number;
  periods: { label: string; lastYear: number }[];
  rounding?: RoundingRule;
}): Result<{ periods: { label: string; lastYear: number; multiplier: number; forecast: number }[] }> {
  const problems = collect(
    checkNumber(input.base, 'base', '今年基礎週銷量'),
    checkNumber(input.lastYearNormal, 'lastYearNormal', '去年平常週銷量', { positive: true }),
  );
  if (!Array.isArray(input.periods) || input.periods.length === 0) {
    problems.push({ field: 'periods', message: '還沒有要預估的時段。請至少填一個時段與去年同期的週銷量。' });
  } else {
    input.periods.forEach((p, i) => {
      const where = `第 ${i + 1} 個時段${p && typeof p.label === 'string' && p.label.trim() ? `（${p.label.trim()}）` : ''}`;
      const problem = checkNumber(p?.lastYear, `periods[${i}].lastYear`, `${where}的去年週銷量`);
      if (problem) problems.push(problem);
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const rounding = input.rounding ?? 'half-up';
  return {
    ok: true,
    periods: input.periods.map((p) => {
      const multiplier = p.lastYear / input.lastYearNormal;
      return {
        label: p.label,
        lastYear: p.lastYear,
        multiplier: Math.round(multiplier * 100) / 100,
        forecast: roundBy(input.base * multiplier, rounding),
      };
    }),
  };
}

export interface StockInput {
  /** 週銷量 (or an already forecast weekly demand), in 條. */
  weeklySales: number;
  /** Days in the week the product was on the shelf; 7 when it never ran out. */
  daysInStock?: number;
  /** 送貨週期 in weeks; the lessons' shops get a delivery every week. */
  cycleWeeks?: number;
  /** 安全庫存 in days of demand; the lessons take 2 to 3, the cases 3. */
  safetyDays?: number;
  /** 現有庫存, in 條. */
  currentStock: number;
  /**
   * The least safety stock for a product that sells at all, in 條. The swap case keeps 2 條 of a gift box that sells
   * about 1 條 a week (1 + 3 days' safety): 1 × 3 ÷ 7 rounds to 0, so without a floor of 1 the case cannot come out.
   */
  minimumSafety?: number;
  rounding?: RoundingRule;
}

export interface StockLevel {
  weeklyDemand: number;
  /** Sales the stock-out days hid (週需求 − 週銷量). */
  hiddenDemand: number;
  safetyStock: number;
  upperLimit: number;
  /** 建議訂貨量; 0 when the stock is at or over the limit. */
  suggestedOrder: number;
  /** Stock above the limit: what to stop ordering, or to swap (調劑) when it does not move. */
  surplus: number;
  /** How many weeks the current stock lasts at the weekly demand; null when nothing sells. */
  weeksOfStock: number | null;
  explanation: string[];
}

/** Safety stock, 合理上限 and suggested order for one product in one shop. */
export function stockLevel(input: StockInput): Result<StockLevel> {
  const cycleWeeks = input.cycleWeeks ?? 1;
  const safetyDays = input.safetyDays ?? 3;
  const minimumSafety = input.minimumSafety ?? 1;
  const rounding = input.rounding ?? 'half-up';
  const demand = correctWeeklyDemand({
    sold: input.weeklySales,
    ...(input.daysInStock === undefined ? {} : { daysInStock: input.daysInStock }),
    rounding,
  });
  const problems: Problem[] = demand.ok
    ? []
    : demand.problems.map((p) => ({ field: p.field === 'sold' ? 'weeklySales' : p.field, message: p.message }));
  problems.push(
    ...collect(
      checkNumber(cycleWeeks, 'cycleWeeks', '送貨週期（週）', { positive: true, max: 8 }),
      checkNumber(safetyDays, 'safetyDays', '安全庫存天數', { max: 14 }),
      checkNumber(input.currentStock, 'currentStock', '現有庫存', { integer: true }),
      checkNumber(minimumSafety, 'minimumSafety', '最少安全庫存', { integer: true }),
    ),
  );
  if (!(rounding in ROUNDING_NAMES)) {
    problems.push({ field: 'rounding', message: '取整規則只能是四捨五入、無條件捨去或無條件進位。' });
  }
  if (problems.length > 0 || !demand.ok) return { ok: false, problems };

  const weeklyDemand = demand.demand;
  const explanation = [demand.explanation];
  const rawSafety = (weeklyDemand * safetyDays) / DAYS_PER_WEEK;
  const roundedSafety = roundBy(rawSafety, rounding);
  const safetyStock = weeklyDemand > 0 ? Math.max(minimumSafety, roundedSafety) : 0;
  explanation.push(
    `安全庫存抓 ${formatNumber(safetyDays)} 天的需求：${formatNumber(weeklyDemand)} × ${formatNumber(safetyDays)} ÷ 7 = ${twoDecimals(rawSafety)}，${ROUNDING_NAMES[rounding]}為 ${formatNumber(roundedSafety)} 條${safetyStock > roundedSafety ? `；有銷量的品規至少留 ${formatNumber(minimumSafety)} 條，取 ${formatNumber(safetyStock)} 條` : ''}。`,
  );
  const cycleDemand = roundBy(weeklyDemand * cycleWeeks, rounding);
  const upperLimit = cycleDemand + safetyStock;
  explanation.push(
    `合理上限 = 週需求 × 送貨週期 ${formatNumber(cycleWeeks)} 週 + 安全庫存 = ${formatNumber(cycleDemand)} + ${formatNumber(safetyStock)} = ${formatNumber(upperLimit)} 條。`,
  );
  const stock = input.currentStock;
  const suggestedOrder = Math.max(0, upperLimit - stock);
  const surplus = Math.max(0, stock - upperLimit);
  const weeksOfStock = weeklyDemand > 0 ? Math.round((stock / weeklyDemand) * 10) / 10 : null;
  if (suggestedOrder > 0) {
    explanation.push(
      `建議訂貨 = ${formatNumber(upperLimit)} − 現有 ${formatNumber(stock)} = ${formatNumber(suggestedOrder)} 條。`,
    );
  } else if (surplus > 0) {
    explanation.push(
      `現有 ${formatNumber(stock)} 條比上限多 ${formatNumber(surplus)} 條：暫停補貨${weeksOfStock === null ? '；這個品規目前沒有銷量，考慮依規定申請調劑' : `，按週需求約 ${formatNumber(weeksOfStock)} 週才能賣完`}。`,
    );
  } else {
    explanation.push(`現有 ${formatNumber(stock)} 條正好等於上限，這次不必訂。`);
  }
  return {
    ok: true,
    weeklyDemand,
    hiddenDemand: Math.max(0, weeklyDemand - input.weeklySales),
    safetyStock,
    upperLimit,
    suggestedOrder,
    surplus,
    weeksOfStock,
    explanation,
  };
}
