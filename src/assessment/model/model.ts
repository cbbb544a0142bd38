/**
 * The plain data the assessment feature works on. Pages build it from content at build
 * time and hand it to islands as props, so nothing here imports a schema library.
 */
import type { FactorId } from '../../course/model/schemas.ts';

export type { FactorId };

/** The three performance factors in the article's order; every chart and table keeps it. */
export const FACTOR_ORDER = ['ability', 'mindset', 'market'] as const satisfies readonly FactorId[];

/** One point of a Likert scale. */
export interface ScalePoint {
  value: number;
  label: string;
}

/** One statement the learner rates. */
export interface InstrumentItem {
  id: string;
  skill: string;
  statement: string;
  /** Agreeing more means less of the skill, so the value is turned round before scoring. */
  reverse?: boolean;
  /** Part of the short form (one item per skill). */
  short?: boolean;
}

/** A self-assessment questionnaire. */
export interface Instrument {
  id: string;
  title: string;
  scale: ScalePoint[];
  items: InstrumentItem[];
}

/** A skill of the competency model with its target level. */
export interface SkillInfo {
  id: string;
  factor: FactorId;
  title: string;
  target: number;
}

/** A performance factor. */
export interface FactorInfo {
  id: FactorId;
  title: string;
}

/** The competency model: factors and skills in authoring order. */
export interface FrameworkInfo {
  factors: FactorInfo[];
  skills: SkillInfo[];
}

/** A lesson as the plan needs it, listed in course order. */
export interface LessonInfo {
  id: string;
  title: string;
  href: string;
  minutes: number;
  /** Skills from the lesson's frontmatter: what it teaches. */
  skills: string[];
  quiz?: string;
}

/** quiz id → question id → the skill that question measures. */
export type QuestionSkills = Record<string, Record<string, string>>;

/** The lowest and highest value of a scale. */
export interface ScaleRange {
  min: number;
  max: number;
}
