/** 拜訪計劃: one planned visit to a retailer, and what came of it (the lesson 有目的的拜訪). Pure. */
import { object, range } from '../checks.ts';
import { clock, isoDate, line, name, paragraph, tag, toolRecord, type ToolRecordBase } from './common.ts';

/** The shop as it stands before the visit. */
export interface VisitState {
  /** 銷售: how the shop sells (volumes, trend). */
  sales: string;
  /** 庫存. */
  stock: string;
  /** 陳列. */
  display: string;
  /** 待解決的問題. */
  issues: string;
}

export interface VisitRecord extends ToolRecordBase {
  /** Retailer name or code. */
  retailer: string;
  /** 檔位 (the retailer's grade), as the company writes it. */
  grade?: string | undefined;
  /** 拜訪日期, YYYY-MM-DD. */
  date: string;
  /** Planned time, HH:MM. */
  time?: string | undefined;
  /** Position in the day's route, 1 for the first visit. */
  order?: number | undefined;
  /** 本次目的: empty is allowed, and flagged as 走馬觀花. */
  purpose: string;
  /** 現狀. */
  current: VisitState;
  /** 希望的狀態. */
  desired: string;
  /** 怎樣做到: the actions. */
  actions: string;
  /** What to check and what to bring. */
  bring: string;
  /** After the visit: what came of it. */
  outcome: string;
  /** 下一步. */
  nextStep: string;
  /** Date of the next step, YYYY-MM-DD. */
  nextStepDate?: string | undefined;
}

const state = /* @__PURE__ */ object({ sales: paragraph, stock: paragraph, display: paragraph, issues: paragraph });

export const visitRecord = /* @__PURE__ */ toolRecord(
  {
    retailer: name,
    grade: tag,
    date: isoDate,
    time: clock,
    order: range(1, 999, true),
    purpose: paragraph,
    current: state,
    desired: paragraph,
    actions: paragraph,
    bring: paragraph,
    outcome: paragraph,
    nextStep: line,
    nextStepDate: isoDate,
  },
  ['grade', 'time', 'order', 'nextStepDate'],
);
