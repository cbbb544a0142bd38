/** Completed assessments over time and the change per factor between two of them. Pure. */
import type { AssessmentResult } from '../../progress/model/document.ts';
import type { FrameworkInfo } from './model.ts';
import { factorLevels, type FactorLevel } from './scoring.ts';

/** The completed results of one instrument (and of its short form, when given), oldest first. */
export function assessmentHistory(
  assessments: Readonly<Record<string, AssessmentResult>>,
  instrument: string,
  shortForm?: string,
): AssessmentResult[] {
  return Object.values(assessments)
    .filter((a) => a.instrument === instrument || (shortForm !== undefined && a.instrument === shortForm))
    .sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : x.id < y.id ? -1 : 1));
}

/** One factor then and now; `delta` is undefined unless both have a level. */
export interface FactorChange {
  factor: FactorLevel['factor'];
  before: number | undefined;
  after: number | undefined;
  delta: number | undefined;
}

/** Change of each factor's level from `previous` to `latest`, in the order 能力 · 心態 · 市場. */
export function factorChanges(
  previous: AssessmentResult,
  latest: AssessmentResult,
  framework: FrameworkInfo,
): FactorChange[] {
  const before = factorLevels(previous.levels, framework);
  const after = factorLevels(latest.levels, framework);
  return after.map((a, i) => {
    const b = before[i]?.level;
    return {
      factor: a.factor,
      before: b,
      after: a.level,
      delta: b === undefined || a.level === undefined ? undefined : a.level - b,
    };
  });
}
