/** 銷售計劃: a total target split into 分目標 with 措施 and 難點, and actuals per period (the lesson 銷售計劃). Pure. */
import { oneOf } from '../checks.ts';
import {
  amount,
  isoDate,
  listItem,
  listOf,
  name,
  paragraph,
  tag,
  text,
  toolRecord,
  type ToolRecordBase,
} from './common.ts';

/** One 分目標: an area, a brand or a week, with its quantity, 措施 and 難點. */
export interface SalesPart {
  id: string;
  label: string;
  target: number;
  /** 措施: how this part of the target is reached. */
  measures: string;
  /** 難點: what stands in the way. */
  obstacles: string;
  /** How to prepare for the 難點. */
  preparation: string;
}

/** One period of the plan (a week, a month), with its actual once reported. */
export interface SalesPeriod {
  id: string;
  label: string;
  plan: number;
  /** Absent while the period has not been reported. */
  actual?: number | undefined;
}

export type SalesSplit = 'area' | 'brand' | 'week';
export const SALES_SPLITS: readonly SalesSplit[] = ['area', 'brand', 'week'];

export interface SalesPlanRecord extends ToolRecordBase {
  /** e.g. 12 月轄區銷售計劃. */
  title: string;
  /** 條, 箱 …. */
  unit: string;
  /** What the 分目標 are: areas, brands or weeks. */
  splitBy: SalesSplit;
  /** First and last day of the plan, YYYY-MM-DD. */
  start?: string | undefined;
  end?: string | undefined;
  /** 總目標. */
  total: number;
  parts: SalesPart[];
  periods: SalesPeriod[];
  note: string;
}

/** Most 分目標 and periods a plan keeps: 52 weeks plus room. */
export const SALES_LIMITS = { parts: 30, periods: 60 } as const;

const part = /* @__PURE__ */ listItem({
  label: name,
  target: amount,
  measures: paragraph,
  obstacles: paragraph,
  preparation: paragraph,
});
const period = /* @__PURE__ */ listItem({ label: text(40, 1), plan: amount, actual: amount }, ['actual']);

export const salesPlanRecord = /* @__PURE__ */ toolRecord(
  {
    title: name,
    unit: tag,
    splitBy: oneOf(...SALES_SPLITS),
    start: isoDate,
    end: isoDate,
    total: amount,
    parts: listOf(part, SALES_LIMITS.parts),
    periods: listOf(period, SALES_LIMITS.periods),
    note: paragraph,
  },
  ['start', 'end'],
);
