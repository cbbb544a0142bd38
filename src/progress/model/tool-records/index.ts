/** The field-tool collections of the progress document (v4) and the check of each one's records. Pure. */
import { guidanceRecord, type GuidanceRecord } from './guidance.ts';
import { reportRecord, type ReportRecord } from './report.ts';
import { salesPlanRecord, type SalesPlanRecord } from './sales-plan.ts';
import { shortageRecord, type ShortageRecord } from './shortage.ts';
import { visitRecord, type VisitRecord } from './visit.ts';

export * from './common.ts';
export * from './guidance.ts';
export * from './report.ts';
export * from './sales-plan.ts';
export * from './shortage.ts';
export * from './visit.ts';

export { TOOL_COLLECTIONS, type ToolCollection } from './names.ts';

/** Each tool collection's record type. */
export interface ToolRecords {
  visits: VisitRecord;
  salesPlans: SalesPlanRecord;
  shortages: ShortageRecord;
  reports: ReportRecord;
  guidance: GuidanceRecord;
}

/** Each tool collection's record check. */
export const toolRecordChecks = {
  visits: visitRecord,
  salesPlans: salesPlanRecord,
  shortages: shortageRecord,
  reports: reportRecord,
  guidance: guidanceRecord,
} as const;
