/**
 * The retailer guidance sheet (零售戶輔導單): slow movers to swap (調劑), hot-item information, a stock check by the
 * method of 滯銷、緊俏與合理庫存, capital across price tiers (有限資金與陳列), the display checklist of that lesson,
 * and the month's evaluation and next month's direction, with a monthly view per retailer.
 */
import { capitalAcrossTiers, type CapitalView } from './capital.ts';
import { hasText } from './form-input.ts';
import type {
  GuidanceCapitalRow,
  GuidanceHotItem,
  GuidanceRecord,
  GuidanceStockRow,
  GuidanceSwap,
  ToolRecordBase,
} from '../../progress/model/tool-records/index.ts';
import type { Problem, Result } from './result.ts';
import { stockLevel, type StockLevel } from './stock.ts';

export type { GuidanceCapitalRow as CapitalLine, GuidanceHotItem as HotItem };
export type { GuidanceStockRow as StockItem, GuidanceSwap as SwapItem };

/** Everything one sheet holds: the stored record without its id, time and tombstone. */
export type GuidanceFields = Omit<GuidanceRecord, keyof ToolRecordBase>;

/** The display checklist of 有限資金與陳列 (拜訪時逐項打勾), in its order. */
export const DISPLAY_CHECKS: readonly { id: string; text: string }[] = [
  { id: 'price-tags', text: '每個品規都有價簽，貼在正下方，價格與收銀一致。' },
  { id: 'best-sellers', text: '暢銷品規在固定、好找的位置，今天沒有斷貨。' },
  { id: 'facings', text: '排面大致跟銷量相稱，同一品規的排面放在一起。' },
  { id: 'trial', text: '試放品規寫有開始日期與每週銷量，到期就決定去留。' },
  { id: 'slow-movers', text: '長期滯銷的品規不在視線高度。' },
  { id: 'price-bands', text: '同價位段放在一起，由低到高排列。' },
  { id: 'clear-view', text: '櫃前沒有雜物遮擋，燈光足夠。' },
  { id: 'minors', text: '不向未成年人售菸的標識清楚；捲菸不與兒童零食、玩具混放。' },
];

/** Whether a string is a real month written YYYY-MM. */
export function isMonth(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}$/.test(value)) return false;
  const m = Number(value.slice(5));
  return m >= 1 && m <= 12;
}

/** 2026-11 → 2026年11月. */
export function monthLabel(month: string): string {
  return isMonth(month) ? `${month.slice(0, 4)}年${Number(month.slice(5))}月` : month;
}

const blankRow = (row: object, keys: string[]): boolean =>
  keys.every((k) => {
    const v = (row as Record<string, unknown>)[k];
    return v === undefined || v === '' || (typeof v === 'string' && v.trim() === '');
  });

const prefixed = (problems: Problem[], where: string, field: string): Problem[] =>
  problems.map((p) => ({ field: `${field}.${p.field}`, message: `${where}：${p.message}` }));

export interface StockRow<T> {
  item: T;
  /** The stock level, or the problems that stop it; null for a row not filled in yet. */
  level: Result<StockLevel> | null;
}

function levelFor(
  sales: number | undefined,
  daysInStock: number | undefined,
  stock: number | undefined,
  fields: GuidanceFields,
) {
  return stockLevel({
    weeklySales: sales as number,
    ...(daysInStock === undefined ? {} : { daysInStock }),
    currentStock: stock as number,
    cycleWeeks: fields.cycleWeeks ?? 1,
    safetyDays: fields.safetyDays ?? 3,
  });
}

/** The stock check: safety stock, 合理上限 and suggested order per product, demand corrected for stock-out days. */
export function stockCheck(fields: GuidanceFields): StockRow<GuidanceStockRow>[] {
  return fields.stock.map((item, i) => {
    if (blankRow(item, ['weeklySales', 'daysInStock', 'currentStock'])) return { item, level: null };
    const level = levelFor(item.weeklySales, item.daysInStock, item.currentStock, fields);
    const where = `庫存第 ${i + 1} 項${hasText(item.product) ? `（${item.product.trim()}）` : ''}`;
    return { item, level: level.ok ? level : { ok: false, problems: prefixed(level.problems, where, `stock[${i}]`) } };
  });
}

/** Slow movers: the 合理上限 from what sells a week, and how much is over it (調出的量). */
export function swapCheck(fields: GuidanceFields): StockRow<GuidanceSwap>[] {
  return fields.swaps.map((item, i) => {
    if (blankRow(item, ['stock', 'weeklySales'])) return { item, level: null };
    const level = levelFor(item.weeklySales, undefined, item.stock, fields);
    const where = `調劑第 ${i + 1} 項${hasText(item.product) ? `（${item.product.trim()}）` : ''}`;
    return { item, level: level.ok ? level : { ok: false, problems: prefixed(level.problems, where, `swaps[${i}]`) } };
  });
}

/** Capital across price tiers, or null while no line is filled in. */
export function capitalCheck(fields: GuidanceFields): Result<CapitalView> | null {
  const lines = fields.capital.filter(
    (c) => !blankRow(c, ['name', 'tier', 'unitCost', 'unitMargin', 'weeklyDemand', 'stock']),
  );
  if (lines.length === 0) return null;
  return capitalAcrossTiers({
    items: lines.map((c) => ({
      name: c.name,
      tier: c.tier,
      unitCost: c.unitCost as number,
      unitMargin: c.unitMargin as number,
      weeklyDemand: c.weeklyDemand as number,
      stock: c.stock as number,
    })),
    cycleWeeks: fields.cycleWeeks ?? 1,
    ...(fields.budget === undefined ? {} : { budget: fields.budget }),
  });
}

/** The display checklist: how many items hold, and the ones that do not (to write on the sheet). */
export function displayCheck(fields: GuidanceFields): { done: number; total: number; open: string[] } {
  const open = DISPLAY_CHECKS.filter((c) => !fields.display[c.id]).map((c) => c.text);
  return { done: DISPLAY_CHECKS.length - open.length, total: DISPLAY_CHECKS.length, open };
}

/** Problems that stop a sheet from being saved: no retailer, no valid month, a bad date. */
export function checkGuidance(fields: GuidanceFields): Problem[] {
  const problems: Problem[] = [];
  if (!hasText(fields.retailer)) {
    problems.push({ field: 'retailer', message: '零售戶沒有填。請寫店名或零售戶編號，月度檢視才能按店排列。' });
  }
  if (!isMonth(fields.month)) {
    problems.push({ field: 'month', message: '月份沒有填或格式不對。請選一個月份，例如 2026-11。' });
  }
  if (fields.date !== undefined && fields.date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(fields.date)) {
    problems.push({
      field: 'date',
      message: `輔導日期「${fields.date}」不是有效的日期，請寫成 2026-11-20 這樣的格式。`,
    });
  }
  return problems;
}

export interface MonthEntry {
  id: string;
  month: string;
  date: string | undefined;
  evaluation: string;
  direction: string;
  display: { done: number; total: number };
  swaps: number;
  /** Products whose stock check suggests an order. */
  toOrder: number;
}

/**
 * The monthly view: one group per retailer (names compared without spaces), its sheets newest month first, each
 * with 本月評價 and 下月方向; retailers in Chinese collation order.
 */
export function monthlyView(
  sheets: { id: string; fields: GuidanceFields }[],
): { retailer: string; grade: string | undefined; months: MonthEntry[] }[] {
  const groups = new Map<string, { retailer: string; grade: string | undefined; months: MonthEntry[] }>();
  for (const { id, fields } of sheets) {
    const key = fields.retailer.replace(/\s+/g, '');
    const group = groups.get(key) ?? { retailer: fields.retailer.trim(), grade: fields.grade, months: [] };
    const display = displayCheck(fields);
    group.months.push({
      id,
      month: fields.month,
      date: fields.date,
      evaluation: fields.evaluation?.trim() ?? '',
      direction: fields.direction?.trim() ?? '',
      display: { done: display.done, total: display.total },
      swaps: fields.swaps.filter((s) => hasText(s.product)).length,
      toOrder: stockCheck(fields).filter((r) => r.level?.ok && r.level.suggestedOrder > 0).length,
    });
    if (!group.grade && fields.grade) group.grade = fields.grade;
    groups.set(key, group);
  }
  const collator = new Intl.Collator('zh-Hant');
  return [...groups.values()]
    .map((g) => ({
      ...g,
      months: g.months.sort((a, b) =>
        a.month !== b.month ? (a.month < b.month ? 1 : -1) : (b.date ?? '').localeCompare(a.date ?? ''),
      ),
    }))
    .sort((a, b) => collator.compare(a.retailer, b.retailer));
}

/** One line for the list of saved sheets. */
export function guidanceSummary(fields: GuidanceFields): { title: string; detail: string } {
  const display = displayCheck(fields);
  return {
    title: hasText(fields.retailer) ? fields.retailer.trim() : '（未填零售戶）',
    detail: [monthLabel(fields.month), fields.grade, `陳列 ${display.done}/${display.total}`]
      .filter(Boolean)
      .join(' · '),
  };
}
