/**
 * 短缺調研: one shortage survey (the 紅三環 case of the lesson 短缺時的專題調研): the product and the quantity available,
 * the substitutes with their observed switch shares, one row per retailer, and the rounding the allocation uses. Pure.
 * The shapes match SurveyRow and Substitute of src/tools/model/allocation.ts, which computes the allocation.
 */
import { oneOf, range } from '../checks.ts';
import {
  amount,
  isoDate,
  line,
  listItem,
  listOf,
  name,
  paragraph,
  percent,
  setOf,
  text,
  toolRecord,
  type ToolRecordBase,
} from './common.ts';

/** How far a retailer accepts a substitute: 願意 (all), 部分 (only some), 不願 (none). */
export type ShortageAcceptance = 'yes' | 'partly' | 'no';
export const SHORTAGE_ACCEPTANCES: readonly ShortageAcceptance[] = ['yes', 'partly', 'no'];

export interface ShortageSubstitute {
  id: string;
  /** 品規 name. */
  name: string;
  /** Observed switch share in percent (60 for 60%). */
  sharePercent: number;
  /** Which acceptance levels stock this substitute. */
  stockedBy: ShortageAcceptance[];
}

/** One retailer (or a group counted together, as in the lesson's table). */
export interface ShortageRow {
  id: string;
  /** Shop name or code; may be empty for a group. */
  name: string;
  /** 片區. */
  area: string;
  /** 戶數; 1 for a single retailer. */
  households: number;
  /** 平常月需求, 條. */
  demand: number;
  /** 底線, 條. */
  floor: number;
  accepts: ShortageAcceptance;
  /** Where his customers go instead. */
  goesTo: string;
}

export interface ShortageRecord extends ToolRecordBase {
  /** The short product, e.g. 紅三環. */
  product: string;
  /** Day of the survey, YYYY-MM-DD. */
  date: string;
  /** Quantity available to the district this month, 條. */
  available: number;
  substitutes: ShortageSubstitute[];
  rows: ShortageRow[];
  /** How the proportional part is rounded (see allocation.ts). */
  rounding: 'half-up' | 'largest-remainder';
  /** How the substitute estimates are rounded. */
  substituteRounding: 'half-up' | 'floor' | 'ceil';
  note: string;
}

export const SHORTAGE_LIMITS = { substitutes: 10, rows: 500 } as const;

const substitute = /* @__PURE__ */ listItem({
  name,
  sharePercent: percent,
  stockedBy: setOf(SHORTAGE_ACCEPTANCES),
});
const row = /* @__PURE__ */ listItem({
  name: text(80),
  area: text(40, 1),
  households: range(1, 100_000, true),
  demand: amount,
  floor: amount,
  accepts: oneOf(...SHORTAGE_ACCEPTANCES),
  goesTo: line,
});

export const shortageRecord = /* @__PURE__ */ toolRecord({
  product: name,
  date: isoDate,
  available: amount,
  substitutes: listOf(substitute, SHORTAGE_LIMITS.substitutes),
  rows: listOf(row, SHORTAGE_LIMITS.rows),
  rounding: oneOf('half-up', 'largest-remainder'),
  substituteRounding: oneOf('half-up', 'floor', 'ceil'),
  note: paragraph,
});
