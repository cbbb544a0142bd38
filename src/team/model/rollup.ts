/**
 * The team roll-up: everything the team page shows, computed once from the learners' files and
 * kept as plain data, so it can be printed, exported as CSV, or saved on the trainer's device
 * without the files. Pure.
 */
import { analyseProgress } from '../../assessment/model/analysis.ts';
import { calibrateSkill, collectEvidence, latestAttempts } from '../../assessment/model/calibration.ts';
import { FACTOR_ORDER, type FactorId } from '../../assessment/model/model.ts';
import { HOME_PLAN_SIZE, selectPlan } from '../../assessment/model/plan.ts';
import { factorLevels } from '../../assessment/model/scoring.ts';
import { doneLessons } from '../../lessons/model/done.ts';
import type { Attempt } from '../../progress/model/document.ts';
import type { TeamCourse } from './course.ts';
import { distribute, type Distribution, type MemberLevel } from './distribution.ts';
import type { TeamMember } from './files.ts';
import { analyseItems, type ItemStat } from './items.ts';

/** A lesson suggested to a learner, with the skills it works on. */
export interface SuggestedLesson {
  id: string;
  title: string;
  href: string;
  /** Skill titles the lesson works on for this learner, most urgent first. */
  skills: string[];
}

/** One skill's self-rating beside the quiz evidence, as percentages (no verdict words). */
export interface CalibrationRow {
  skill: string;
  selfPct: number | undefined;
  evidencePct: number | undefined;
  /** Questions behind the evidence. */
  questions: number;
}

export interface MemberSummary {
  key: string;
  displayName: string | undefined;
  teamCode: string | undefined;
  files: string[];
  exportedAt: string | undefined;
  fromVersion: number;
  /** Lessons done per module, in course order. */
  completion: { module: string; done: number; total: number }[];
  lessonsDone: number;
  lessonsTotal: number;
  /** Latest score of each quiz taken, in course order. */
  quizzes: { quiz: string; score: number; at: string }[];
  /** When the latest self-assessment was made, if any. */
  assessedAt: string | undefined;
  levels: Record<string, number>;
  factorLevels: Partial<Record<FactorId, number>>;
  calibration: CalibrationRow[];
  /** 「該讀哪一課」: from the study plan when there is a self-assessment, else the next lessons not done. */
  plan: SuggestedLesson[];
  planBasis: 'plan' | 'next' | 'done';
  /** The latest thing recorded in the file: a lesson, an attempt or an assessment. */
  lastActivity: string | undefined;
}

export interface SkillSpread {
  skill: string;
  title: string;
  factor: FactorId;
  target: number;
  spread: Distribution;
}

export interface FactorSpread {
  factor: FactorId;
  title: string;
  /** Mean target of the factor's skills. */
  target: number;
  spread: Distribution;
}

export interface TeamRollup {
  builtAt: string;
  range: { min: number; max: number };
  teams: string[];
  members: MemberSummary[];
  modules: { id: string; title: string; total: number }[];
  factors: FactorSpread[];
  skills: SkillSpread[];
  items: ItemStat[];
}

const latestTime = (times: Iterable<string>) => {
  let out: string | undefined;
  for (const t of times) if (out === undefined || t > out) out = t;
  return out;
};

/** The lessons to suggest when there is no self-assessment: the first lessons not done, in course order. */
function nextLessons(course: TeamCourse, done: ReadonlySet<string>): SuggestedLesson[] {
  return course.assessment.lessons
    .filter((l) => !done.has(l.id))
    .slice(0, HOME_PLAN_SIZE)
    .map((l) => ({ id: l.id, title: l.title, href: l.href, skills: [] }));
}

/** One learner's summary. */
export function summariseMember(member: TeamMember, course: TeamCourse): MemberSummary {
  const { doc } = member;
  const data = course.assessment;
  const done = doneLessons(doc.lessons);
  const doneSet = new Set(done.keys());
  const latest = latestAttempts(Object.values(doc.attempts));
  const quizOrder = new Map(course.quizzes.map((q, i) => [q.id, i]));
  const analysis = analyseProgress(doc, data);
  const levels = analysis?.latest.levels ?? {};
  const evidence = collectEvidence(latest, data.questionSkills);
  const calibration: CalibrationRow[] = data.framework.skills.flatMap((s) => {
    const c = calibrateSkill(levels[s.id], evidence[s.id], data.instrument.range);
    if (c.selfPct === undefined && c.evidencePct === undefined) return [];
    return [{ skill: s.id, selfPct: c.selfPct, evidencePct: c.evidencePct, questions: c.evidence?.questions ?? 0 }];
  });
  const planned = analysis ? selectPlan(analysis.plan, HOME_PLAN_SIZE).filter((i) => !i.done) : [];
  const plan: SuggestedLesson[] = planned.map((i) => ({
    id: i.lesson.id,
    title: i.lesson.title,
    href: i.lesson.href,
    skills: i.skills.map((p) => p.skill.title),
  }));
  const next = plan.length ? [] : nextLessons(course, doneSet);
  const factors: Partial<Record<FactorId, number>> = {};
  for (const f of factorLevels(levels, data.framework)) if (f.level !== undefined) factors[f.factor.id] = f.level;
  return {
    key: member.key,
    displayName: member.displayName,
    teamCode: member.teamCode,
    files: member.files,
    exportedAt: member.exportedAt,
    fromVersion: member.fromVersion,
    completion: course.modules.map((m) => ({
      module: m.id,
      done: m.lessons.filter((id) => doneSet.has(id)).length,
      total: m.lessons.length,
    })),
    lessonsDone: course.modules.reduce((n, m) => n + m.lessons.filter((id) => doneSet.has(id)).length, 0),
    lessonsTotal: course.modules.reduce((n, m) => n + m.lessons.length, 0),
    quizzes: latest
      .filter((a) => quizOrder.has(a.quiz))
      .sort((a, b) => quizOrder.get(a.quiz)! - quizOrder.get(b.quiz)!)
      .map((a) => ({ quiz: a.quiz, score: a.score, at: a.at })),
    assessedAt: analysis?.latest.at,
    levels,
    factorLevels: factors,
    calibration,
    plan: plan.length ? plan : next,
    planBasis: plan.length ? 'plan' : next.length ? 'next' : 'done',
    lastActivity: latestTime([
      ...done.values(),
      ...Object.values(doc.attempts).map((a) => a.at),
      ...Object.values(doc.assessments).map((a) => a.at),
    ]),
  };
}

/** Learners in a stable order a trainer can scan: by name (unnamed last), then by file name. */
export function sortMembers<T extends { displayName: string | undefined; files: string[] }>(
  members: readonly T[],
): T[] {
  const collator = new Intl.Collator('zh-Hant');
  return [...members].sort(
    (a, b) =>
      Number(a.displayName === undefined) - Number(b.displayName === undefined) ||
      collator.compare(a.displayName ?? '', b.displayName ?? '') ||
      collator.compare(a.files[0] ?? '', b.files[0] ?? ''),
  );
}

/** The roll-up of `members` (already read and merged) against the course. */
export function buildRollup(members: readonly TeamMember[], course: TeamCourse, now = new Date()): TeamRollup {
  const sorted = sortMembers(members);
  const summaries = sorted.map((m) => summariseMember(m, course));
  const { framework, instrument } = course.assessment;
  const skills: SkillSpread[] = framework.skills.map((s) => {
    const levels: MemberLevel[] = summaries.flatMap((m) =>
      Object.hasOwn(m.levels, s.id) ? [{ member: m.key, level: m.levels[s.id]! }] : [],
    );
    return {
      skill: s.id,
      title: s.title,
      factor: s.factor,
      target: s.target,
      spread: distribute(levels, s.target, instrument.range),
    };
  });
  const factors: FactorSpread[] = FACTOR_ORDER.flatMap((id) => {
    const info = framework.factors.find((f) => f.id === id);
    const own = framework.skills.filter((s) => s.factor === id);
    if (!info || own.length === 0) return [];
    const target = own.reduce((n, s) => n + s.target, 0) / own.length;
    const levels: MemberLevel[] = summaries.flatMap((m) => {
      const level = m.factorLevels[id];
      return level === undefined ? [] : [{ member: m.key, level }];
    });
    return [{ factor: id, title: info.title, target, spread: distribute(levels, target, instrument.range) }];
  });
  const latest = sorted.map(
    (m) => new Map<string, Attempt>(latestAttempts(Object.values(m.doc.attempts)).map((a) => [a.quiz, a])),
  );
  const teams = [...new Set(summaries.flatMap((m) => (m.teamCode ? [m.teamCode] : [])))].sort();
  return {
    builtAt: now.toISOString(),
    range: instrument.range,
    teams,
    members: summaries,
    modules: course.modules.map((m) => ({ id: m.id, title: m.title, total: m.lessons.length })),
    factors,
    skills,
    items: analyseItems(course.quizzes, latest),
  };
}
