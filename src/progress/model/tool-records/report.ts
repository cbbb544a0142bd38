/**
 * 市場資訊報告: one market-information report in the course's template 結論、事實、原因、影響、建議 (the lesson 有用的資訊),
 * with the answers to the guided questions of its topic (a shortage's six questions, counterfeit goods' five). Pure.
 */
import { oneOf, recordOf } from '../checks.ts';
import { isoDate, line, paragraph, text, toolRecord, type ToolRecordBase } from './common.ts';

export type ReportTopic = 'shortage' | 'counterfeit' | 'other';
export const REPORT_TOPICS: readonly ReportTopic[] = ['shortage', 'counterfeit', 'other'];

/** A report grows from the phenomenon to the five parts over a few days: every part may still be empty. */
export interface ReportRecord extends ToolRecordBase {
  topic: ReportTopic;
  /** Day of the report, YYYY-MM-DD. */
  date?: string | undefined;
  /** 觀察到的現象, as first noticed (「紅三環缺貨，請及時解決」). */
  observation?: string | undefined;
  /** 主題. */
  subject?: string | undefined;
  conclusion?: string | undefined;
  facts?: string | undefined;
  causes?: string | undefined;
  impact?: string | undefined;
  suggestions?: string | undefined;
  /** 所需支援. */
  support?: string | undefined;
  /** Answers to the topic's guided questions, by question id. */
  answers?: Record<string, string> | undefined;
}

/** Most guided answers a report keeps. */
export const REPORT_LIMITS = { answers: 20 } as const;

const answers = /* @__PURE__ */ recordOf(text(1000), REPORT_LIMITS.answers);

const reportShape = {
  topic: oneOf(...REPORT_TOPICS),
  date: isoDate,
  observation: paragraph,
  subject: line,
  conclusion: paragraph,
  facts: paragraph,
  causes: paragraph,
  impact: paragraph,
  suggestions: paragraph,
  support: paragraph,
  answers,
};

/** Every field but the topic may be absent: a report grows over a few days. */
export const reportRecord = /* @__PURE__ */ toolRecord(reportShape, /* @__PURE__ */ Object.keys(reportShape).slice(1));
