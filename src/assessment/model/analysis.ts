/** Everything the result view and the home plan show, computed from the progress document. Pure. */
import type { AssessmentResult, ProgressDoc } from '../../progress/model/document.ts';
import { calibrateSkills, collectEvidence, type Calibration, type SkillEvidence } from './calibration.ts';
import { formOf, type FormKind } from './forms.ts';
import { assessmentHistory, factorChanges, type FactorChange } from './history.ts';
import type { FrameworkInfo, LessonInfo, QuestionSkills, ScaleRange } from './model.ts';
import { buildStudyPlan, prioritiseSkills, type PlanItem, type PlanSkill } from './plan.ts';
import { doneLessons } from '../../lessons/model/done.ts';
import { mapSkillGaps, notApplicableSkills, type GapMap } from './scoring.ts';

/** The build-time data an analysis needs (no questionnaire text, so the home page stays light). */
export interface AssessmentData {
  instrument: {
    id: string;
    title: string;
    /** Number of items of the full form. */
    items: number;
    range: ScaleRange;
    /** Item id → skill, to tell a skill answered 「不適用」 from one not answered. */
    itemSkills: Record<string, string>;
    /** The short form, when some items are marked for it. */
    short?: { id: string; items: number };
  };
  framework: FrameworkInfo;
  /** Lessons in course order. */
  lessons: LessonInfo[];
  questionSkills: QuestionSkills;
}

/** The latest result read against the quizzes, the lessons done and the previous result. */
export interface Analysis {
  latest: AssessmentResult;
  /** Which form the latest result came from: a short one is less certain. */
  latestForm: FormKind;
  previous: AssessmentResult | undefined;
  /** Every result of the instrument, both forms, oldest first. */
  history: AssessmentResult[];
  /** Skills of the latest result without a level because their items were answered 「不適用」. */
  notApplicable: string[];
  map: GapMap;
  evidence: Record<string, SkillEvidence>;
  calibrations: Record<string, Calibration>;
  priorities: PlanSkill[];
  plan: PlanItem[];
  /** Change per factor since the previous result, if there is one. */
  changes: FactorChange[] | undefined;
}

/**
 * Analyses the learner's latest result, or undefined when there is none yet. With `form`,
 * the latest result of that form (a form's page shows its own result), else the latest of
 * the other form (`latestForm` then says which one it is).
 */
export function analyseProgress(doc: ProgressDoc, data: AssessmentData, form?: FormKind): Analysis | undefined {
  const history = assessmentHistory(doc.assessments, data.instrument.id, data.instrument.short?.id);
  const own = form ? history.findLastIndex((r) => formOf(r.instrument, data.instrument.id) === form) : -1;
  const at = own >= 0 ? own : history.length - 1;
  const latest = history[at];
  if (!latest) return undefined;
  const previous = at > 0 ? history[at - 1] : undefined;
  const { framework, instrument } = data;
  const evidence = collectEvidence(Object.values(doc.attempts), data.questionSkills);
  const calibrations = calibrateSkills(latest.levels, framework.skills, evidence, instrument.range);
  const priorities = prioritiseSkills(latest.levels, framework.skills, calibrations, instrument.range);
  const done = new Set(doneLessons(doc.lessons).keys());
  return {
    latest,
    latestForm: formOf(latest.instrument, instrument.id) ?? 'full',
    previous,
    history,
    notApplicable: notApplicableSkills(latest.answers, instrument.itemSkills).filter(
      (s) => !Object.hasOwn(latest.levels, s),
    ),
    map: mapSkillGaps(latest.levels, framework),
    evidence,
    calibrations,
    priorities,
    plan: buildStudyPlan(priorities, data.lessons, done),
    changes: previous ? factorChanges(previous, latest, framework) : undefined,
  };
}
