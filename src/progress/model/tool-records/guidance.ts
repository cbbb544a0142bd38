/**
 * 零售戶輔導單: one month's guidance sheet for a retailer (the lessons on slow and fast movers, stock, capital and
 * display): slow movers to swap (調劑), hot items, a stock check, capital across price tiers, a display checklist,
 * and the month's 評價 and 下月方向. Pure. Stock and capital rows match StockInput and CapitalItem of src/tools/model/.
 */
import { boolean, range } from '../checks.ts';
import {
  amount,
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

/** A slow mover to swap with another shop or return (調劑). */
export interface GuidanceSwap {
  id: string;
  product: string;
  /** 條 to move. */
  quantity: number;
  /** Where it goes, and why. */
  note: string;
}

/** A product that sells well elsewhere and what the retailer should know about it. */
export interface GuidanceHotItem {
  id: string;
  product: string;
  note: string;
}

/** One product of the stock check (see stockLevel in src/tools/model/stock.ts). */
export interface GuidanceStockRow {
  id: string;
  product: string;
  /** 週銷量, 條. */
  weeklySales: number;
  /** Days in the week on the shelf, 0–7. */
  daysInStock: number;
  /** 送貨週期, weeks. */
  cycleWeeks: number;
  /** 安全庫存 in days of demand. */
  safetyDays: number;
  /** 現有庫存, 條. */
  currentStock: number;
}

/** One product line of the capital view (see capitalAcrossTiers in src/tools/model/capital.ts). */
export interface GuidanceCapitalRow {
  id: string;
  name: string;
  /** 價位段. */
  tier: string;
  /** 進價 per 條, 元. */
  unitCost: number;
  /** 每條毛利, 元. */
  unitMargin: number;
  /** 每週需求, 條. */
  weeklyDemand: number;
  /** 庫存, 條. */
  stock: number;
}

/** One point of the display checklist. */
export interface GuidanceDisplayItem {
  id: string;
  label: string;
  done: boolean;
}

export interface GuidanceRecord extends ToolRecordBase {
  /** Retailer name or code. */
  retailer: string;
  /** 檔位. */
  grade?: string | undefined;
  /** The month the sheet is for, YYYY-MM. */
  month: string;
  swaps: GuidanceSwap[];
  hotItems: GuidanceHotItem[];
  stock: GuidanceStockRow[];
  capital: GuidanceCapitalRow[];
  display: GuidanceDisplayItem[];
  /** 本月評價. */
  evaluation: string;
  /** 下月方向. */
  direction: string;
}

export const GUIDANCE_LIMITS = { rows: 50 } as const;

const swap = /* @__PURE__ */ listItem({ product: name, quantity: amount, note: line });
const hotItem = /* @__PURE__ */ listItem({ product: name, note: line });
const stockRow = /* @__PURE__ */ listItem({
  product: name,
  weeklySales: amount,
  daysInStock: range(0, 7, true),
  cycleWeeks: range(1, 52, true),
  safetyDays: range(0, 60),
  currentStock: amount,
});
const capitalRow = /* @__PURE__ */ listItem({
  name,
  tier: text(40, 1),
  unitCost: amount,
  unitMargin: amount,
  weeklyDemand: amount,
  stock: amount,
});
const displayItem = /* @__PURE__ */ listItem({ label: text(100, 1), done: boolean });

export const guidanceRecord = /* @__PURE__ */ toolRecord(
  {
    retailer: name,
    grade: tag,
    month: isoMonth,
    swaps: listOf(swap, GUIDANCE_LIMITS.rows),
    hotItems: listOf(hotItem, GUIDANCE_LIMITS.rows),
    stock: listOf(stockRow, GUIDANCE_LIMITS.rows),
    capital: listOf(capitalRow, GUIDANCE_LIMITS.rows),
    display: listOf(displayItem, GUIDANCE_LIMITS.rows),
    evaluation: paragraph,
    direction: paragraph,
  },
  ['grade'],
);
