/**
 * 零售戶輔導單: one month's guidance sheet for a retailer (the lessons on slow and fast movers, stock, capital and
 * display): slow movers to swap (調劑), hot items, a stock check, capital across price tiers, the display checklist,
 * and the month's 評價 and 下月方向. Pure. Stock and capital rows feed stockLevel and capitalAcrossTiers of
 * src/tools/model/; a number is absent while its box is empty, and the calculation names what is missing.
 */
import { boolean, range, recordOf } from '../checks.ts';
import {
  amount,
  isoDate,
  isoMonth,
  line,
  listItem,
  listOf,
  name,
  paragraph,
  tag,
  text,
  toolRecord,
  type ToolRecordBase,
} from './common.ts';

/** A slow mover the retailer holds too much of: what is over the 合理上限 can be swapped (調劑) through the company. */
export interface GuidanceSwap {
  id: string;
  product: string;
  /** 現有庫存, 條. */
  stock?: number | undefined;
  /** About how many sell a week, 條. */
  weeklySales?: number | undefined;
  /** A shop that could take it (sells it steadily, holds little). */
  receiver?: string | undefined;
}

/** A product that sells well nearby or is tight, and what the retailer should know about it. */
export interface GuidanceHotItem {
  id: string;
  product: string;
  info: string;
}

/** One product of the stock check (see stockLevel in src/tools/model/stock.ts). */
export interface GuidanceStockRow {
  id: string;
  product: string;
  /** 週銷量, 條. */
  weeklySales?: number | undefined;
  /** Days of that week on the shelf, 0–7 (7 when it never ran out). */
  daysInStock?: number | undefined;
  /** 現有庫存, 條. */
  currentStock?: number | undefined;
}

/** One product line of the capital view (see capitalAcrossTiers in src/tools/model/capital.ts). */
export interface GuidanceCapitalRow {
  id: string;
  name: string;
  /** 價位段. */
  tier: string;
  /** 進價 per 條, 元. */
  unitCost?: number | undefined;
  /** 每條毛利, 元. */
  unitMargin?: number | undefined;
  /** 每週需求, 條. */
  weeklyDemand?: number | undefined;
  /** 庫存, 條. */
  stock?: number | undefined;
}

export interface GuidanceRecord extends ToolRecordBase {
  /** Retailer name or code. */
  retailer: string;
  /** 檔位. */
  grade?: string | undefined;
  /** The month the sheet is for, YYYY-MM. */
  month: string;
  /** 輔導日期, YYYY-MM-DD. */
  date?: string | undefined;
  swaps: GuidanceSwap[];
  hotItems: GuidanceHotItem[];
  stock: GuidanceStockRow[];
  /** 送貨週期 in weeks for the stock check (1 when absent). */
  cycleWeeks?: number | undefined;
  /** 安全庫存 in days of demand (3 when absent). */
  safetyDays?: number | undefined;
  capital: GuidanceCapitalRow[];
  /** 可用資金, 元. */
  budget?: number | undefined;
  /** The display checklist: item id (DISPLAY_CHECKS in src/tools/model/guidance.ts) → done. */
  display: Record<string, boolean>;
  displayNote?: string | undefined;
  /** 本月評價. */
  evaluation?: string | undefined;
  /** 下月方向. */
  direction?: string | undefined;
}

export const GUIDANCE_LIMITS = { rows: 50, display: 30 } as const;

const product = /* @__PURE__ */ text(80);
const swap = /* @__PURE__ */ listItem({ product, stock: amount, weeklySales: amount, receiver: line }, [
  'stock',
  'weeklySales',
  'receiver',
]);
const hotItem = /* @__PURE__ */ listItem({ product, info: paragraph });
const stockRow = /* @__PURE__ */ listItem(
  { product, weeklySales: amount, daysInStock: range(0, 7, true), currentStock: amount },
  ['weeklySales', 'daysInStock', 'currentStock'],
);
const capitalRow = /* @__PURE__ */ listItem(
  { name: product, tier: text(40), unitCost: amount, unitMargin: amount, weeklyDemand: amount, stock: amount },
  ['unitCost', 'unitMargin', 'weeklyDemand', 'stock'],
);

export const guidanceRecord = /* @__PURE__ */ toolRecord(
  {
    retailer: name,
    grade: tag,
    month: isoMonth,
    date: isoDate,
    swaps: listOf(swap, GUIDANCE_LIMITS.rows),
    hotItems: listOf(hotItem, GUIDANCE_LIMITS.rows),
    stock: listOf(stockRow, GUIDANCE_LIMITS.rows),
    cycleWeeks: range(0, 52),
    safetyDays: range(0, 60),
    capital: listOf(capitalRow, GUIDANCE_LIMITS.rows),
    budget: amount,
    display: recordOf(boolean, GUIDANCE_LIMITS.display),
    displayNote: paragraph,
    evaluation: paragraph,
    direction: paragraph,
  },
  ['grade', 'date', 'cycleWeeks', 'safetyDays', 'budget', 'displayNote', 'evaluation', 'direction'],
);
