/**
 * 市場資訊報告: one market-information report in the course's template 結論、事實、原因、影響、建議 (the lesson 有用的資訊),
 * with the answers to the guided questions of its topic (a shortage's six questions, counterfeit goods' five). Pure.
 */
import { oneOf, recordOf } from '../checks.ts';
import { isoDate, line, paragraph, text, toolRecord, type ToolRecordBase } from './common.ts';

export type ReportTopic = 'shortage' | 'counterfeit' | 'other';
export const REPORT_TOPICS: readonly ReportTopic[] = ['shortage', 'counterfeit', 'other'];

export interface ReportRecord extends ToolRecordBase {
  topic: ReportTopic;
  /** Day of the observation, YYYY-MM-DD. */
  date: string;
  /** 主題. */
  subject: string;
  conclusion: string;
  facts: string;
  causes: string;
  impact: string;
  suggestions: string;
  /** 所需支援. */
  support: string;
  /** Answers to the topic's guided questions, by question id. */
  answers: Record<string, string>;
}

/** Most guided answers a report keeps. */
export const REPORT_LIMITS = { answers: 20 } as const;

const answers = /* @__PURE__ */ recordOf(text(1000), REPORT_LIMITS.answers);

export const reportRecord = /* @__PURE__ */ toolRecord({
  topic: oneOf(...REPORT_TOPICS),
  date: isoDate,
  subject: line,
  conclusion: paragraph,
  facts: paragraph,
  causes: paragraph,
  impact: paragraph,
  suggestions: paragraph,
  support: paragraph,
  answers,
});
