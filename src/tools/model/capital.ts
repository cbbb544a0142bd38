/**
 * Capital across price tiers for the retailer guidance sheet, as the lesson 有限資金與陳列 teaches: what the stock ties
 * up per 價位段, against what each tier sells, and the weekly gross profit the stock allows.
 */
import { checkNumber, checkText, collect, formatNumber, formatPercent, type Problem, type Result } from './result.ts';

/** One product line in the shop. */
export interface CapitalItem {
  id?: string;
  /** 品規 or category name. */
  name: string;
  /** 價位段, e.g. 低價位 / 中價位 / 高價位. */
  tier: string;
  /** 進價 per 條, in 元. */
  unitCost: number;
  /** 每條毛利, in 元. */
  unitMargin: number;
  /** 每週需求 in 條 (corrected for stock-out days). */
  weeklyDemand: number;
  /** 庫存 in 條. */
  stock: number;
}

export interface CapitalInput {
  items: CapitalItem[];
  /** 送貨週期 in weeks: the stock has to last this long, so a week sells at most stock ÷ cycle. */
  cycleWeeks?: number;
  /** Money the retailer can put into stock, in 元 (optional). */
  budget?: number;
  /** Flag a tier whose share of capital exceeds its share of sales by more than this many percentage points. */
  flagGapPoints?: number;
}

export interface CapitalItemRow {
  name: string;
  tier: string;
  stockValue: number;
  weeklySold: number;
  /** Demand the stock cannot serve each week (斷貨). */
  weeklyShort: number;
  weeklyProfit: number;
  /** Weeks the stock lasts at the weekly demand; null when nothing sells. */
  weeksOfStock: number | null;
}

export interface CapitalTierRow {
  tier: string;
  stockValue: number;
  /** Share of the capital in stock (0–1). */
  capitalShare: number;
  /** Weekly demand valued at 進價. */
  salesValue: number;
  /** Share of weekly sales by value at 進價 (0–1). */
  salesShare: number;
  weeklyProfit: number;
  /** capitalShare − salesShare, in percentage points. */
  gapPoints: number;
  /** The tier ties up clearly more capital than it sells. */
  overweight: boolean;
}

export interface CapitalView {
  items: CapitalItemRow[];
  tiers: CapitalTierRow[];
  capital: number;
  weeklyProfit: number;
  /** Budget minus capital; negative when over budget; null without a budget. */
  budgetLeft: number | null;
  explanation: string[];
}

function checkItems(input: CapitalInput, prefix = ''): Problem[] {
  const problems: Problem[] = [];
  if (!Array.isArray(input.items) || input.items.length === 0) {
    return [{ field: `${prefix}items`, message: '還沒有品規。請至少填一個品規的進價、毛利、每週需求與庫存。' }];
  }
  input.items.forEach((raw, i) => {
    const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<CapitalItem>;
    const at = `${prefix}items[${i}]`;
    const where = `第 ${i + 1} 個品規${typeof item.name === 'string' && item.name.trim() ? `（${item.name.trim()}）` : ''}`;
    problems.push(
      ...collect(
        checkText(item.name, `${at}.name`, `${where}的名稱`),
        checkText(item.tier, `${at}.tier`, `${where}的價位段`),
        checkNumber(item.unitCost, `${at}.unitCost`, `${where}的進價`, { positive: true }),
        checkNumber(item.unitMargin, `${at}.unitMargin`, `${where}的每條毛利`),
        checkNumber(item.weeklyDemand, `${at}.weeklyDemand`, `${where}的每週需求`),
        checkNumber(item.stock, `${at}.stock`, `${where}的庫存`, { integer: true }),
      ),
    );
  });
  problems.push(
    ...collect(
      checkNumber(input.cycleWeeks ?? 1, `${prefix}cycleWeeks`, '送貨週期（週）', { positive: true, max: 8 }),
      checkNumber(input.budget, `${prefix}budget`, '可用資金', { optional: true }),
      checkNumber(input.flagGapPoints ?? 10, `${prefix}flagGapPoints`, '提醒門檻（百分點）', { max: 100 }),
    ),
  );
  return problems;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** Stock value, sales and weekly profit per item and per price tier, with the tiers that tie up too much money. */
export function capitalAcrossTiers(input: CapitalInput): Result<CapitalView> {
  const problems = checkItems(input);
  if (problems.length > 0) return { ok: false, problems };
  const cycleWeeks = input.cycleWeeks ?? 1;
  const flag = input.flagGapPoints ?? 10;

  const items: CapitalItemRow[] = input.items.map((item) => {
    const weeklySold = Math.min(item.weeklyDemand, item.stock / cycleWeeks);
    return {
      name: item.name.trim(),
      tier: item.tier.trim(),
      stockValue: item.stock * item.unitCost,
      weeklySold,
      weeklyShort: item.weeklyDemand - weeklySold,
      weeklyProfit: weeklySold * item.unitMargin,
      weeksOfStock: item.weeklyDemand > 0 ? round1(item.stock / item.weeklyDemand) : null,
    };
  });
  const capital = items.reduce((a, r) => a + r.stockValue, 0);
  const totalSales = input.items.reduce((a, item) => a + item.weeklyDemand * item.unitCost, 0);
  const weeklyProfit = items.reduce((a, r) => a + r.weeklyProfit, 0);

  const tierNames = [...new Set(items.map((r) => r.tier))];
  const tiers: CapitalTierRow[] = tierNames.map((tier) => {
    const members = input.items.map((item, i) => ({ item, row: items[i]! })).filter(({ row }) => row.tier === tier);
    const stockValue = members.reduce((a, { row }) => a + row.stockValue, 0);
    const salesValue = members.reduce((a, { item }) => a + item.weeklyDemand * item.unitCost, 0);
    const capitalShare = capital === 0 ? 0 : stockValue / capital;
    const salesShare = totalSales === 0 ? 0 : salesValue / totalSales;
    const gapPoints = round1((capitalShare - salesShare) * 100);
    return {
      tier,
      stockValue,
      capitalShare,
      salesValue,
      salesShare,
      weeklyProfit: members.reduce((a, { row }) => a + row.weeklyProfit, 0),
      gapPoints,
      overweight: gapPoints > flag,
    };
  });

  const explanation: string[] = [
    `占用資金 = 各品規庫存 × 進價，合計 ${formatNumber(capital)} 元。`,
    `每週毛利按「每週賣得出的量 × 每條毛利」算：庫存不夠一個送貨週期的品規，只能賣出庫存 ÷ 送貨週期；合計約 ${formatNumber(weeklyProfit)} 元。`,
    '銷售占比按每週需求 × 進價計，和資金占比放在一起看。',
  ];
  for (const t of tiers.filter((x) => x.overweight)) {
    explanation.push(
      `${t.tier}占資金 ${formatPercent(t.capitalShare)}，只占銷售 ${formatPercent(t.salesShare)}：錢壓在賣得慢的貨上。`,
    );
  }
  for (const r of items.filter((x) => x.weeklyShort > 0)) {
    explanation.push(`${r.name}每週需求比庫存能賣的多 ${formatNumber(r.weeklyShort)} 條，會斷貨。`);
  }
  const budgetLeft = input.budget === undefined ? null : input.budget - capital;
  if (budgetLeft !== null) {
    explanation.push(
      budgetLeft >= 0
        ? `可用資金 ${formatNumber(input.budget!)} 元，還剩 ${formatNumber(budgetLeft)} 元。`
        : `可用資金 ${formatNumber(input.budget!)} 元，超出 ${formatNumber(-budgetLeft)} 元。`,
    );
  }
  return { ok: true, items, tiers, capital, weeklyProfit, budgetLeft, explanation };
}

/** Before and after a reallocation: capital freed and weekly profit gained (the lesson's 3,910 元 and 80 元). */
export function compareCapital(
  before: CapitalInput,
  after: CapitalInput,
): Result<{ before: CapitalView; after: CapitalView; capitalFreed: number; profitChange: number; summary: string }> {
  const problems = [...checkItems(before, 'before.'), ...checkItems(after, 'after.')];
  if (problems.length > 0) return { ok: false, problems };
  const b = capitalAcrossTiers(before);
  const a = capitalAcrossTiers(after);
  if (!b.ok || !a.ok) return { ok: false, problems: [...(b.ok ? [] : b.problems), ...(a.ok ? [] : a.problems)] };
  const capitalFreed = b.capital - a.capital;
  const profitChange = a.weeklyProfit - b.weeklyProfit;
  const profitWords =
    profitChange >= 0 ? `多了 ${formatNumber(profitChange)} 元` : `少了 ${formatNumber(-profitChange)} 元`;
  const capitalWords =
    capitalFreed >= 0
      ? `占用資金少了 ${formatNumber(capitalFreed)} 元`
      : `占用資金多了 ${formatNumber(-capitalFreed)} 元`;
  return {
    ok: true,
    before: b,
    after: a,
    capitalFreed,
    profitChange,
    summary: `每週毛利由約 ${formatNumber(b.weeklyProfit)} 元變為約 ${formatNumber(a.weeklyProfit)} 元，${profitWords}；${capitalWords}（${formatNumber(b.capital)} → ${formatNumber(a.capital)} 元）。`,
  };
}
