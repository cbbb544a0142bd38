/**
 * The trainer's course map: modules with their lessons and free order numbers, and each
 * skill's lessons, quiz questions and assessment items against the course minimums. Pure.
 */

/** A skill needs at least this many quiz questions and self-assessment items. */
export const MINIMUMS = { questions: 4, items: 3 } as const;

export interface MapModule {
  id: string;
  title: string;
  order: number;
}
export interface MapLesson {
  /** `<module>/<slug>` */
  id: string;
  module: string;
  order: number;
  title: string;
  skills: readonly string[];
  quiz?: string | undefined;
}
export interface MapSkill {
  id: string;
  title: string;
  factor: string;
}
export interface MapQuiz {
  id: string;
  questions: readonly { skill: string }[];
}
export interface MapInput {
  modules: readonly MapModule[];
  lessons: readonly MapLesson[];
  skills: readonly MapSkill[];
  quizzes: readonly MapQuiz[];
  /** Every self-assessment item, from every instrument. */
  items: readonly { skill: string }[];
}

export interface ModuleRow extends MapModule {
  lessons: MapLesson[];
  /** Unused numbers between 1 and the highest order in use. */
  gaps: number[];
  /** The order a new lesson at the end of this module takes. */
  nextOrder: number;
}
export interface SkillRow extends MapSkill {
  lessons: number;
  questions: number;
  items: number;
  /** Fewer quiz questions than `MINIMUMS.questions`. */
  questionsBelow: boolean;
  /** Fewer assessment items than `MINIMUMS.items`. */
  itemsBelow: boolean;
}
export interface CourseMap {
  modules: ModuleRow[];
  skills: SkillRow[];
  /** Skills below either minimum. */
  belowMinimum: number;
}

/** Numbers from 1 to the highest used that nobody uses, and the next number after it. */
export function freeOrders(used: readonly number[]): { gaps: number[]; next: number } {
  const max = used.reduce((m, n) => Math.max(m, n), 0);
  const taken = new Set(used);
  const gaps: number[] = [];
  for (let n = 1; n < max; n++) if (!taken.has(n)) gaps.push(n);
  return { gaps, next: max + 1 };
}

/** Modules in order with their lessons in order and free order numbers. */
export function mapModules(modules: readonly MapModule[], lessons: readonly MapLesson[]): ModuleRow[] {
  return [...modules]
    .sort((a, b) => a.order - b.order)
    .map((m) => {
      const own = lessons.filter((l) => l.module === m.id).sort((a, b) => a.order - b.order);
      const { gaps, next } = freeOrders(own.map((l) => l.order));
      return { ...m, lessons: own, gaps, nextOrder: next };
    });
}

/** Each skill, in framework order, with how many lessons teach it and how many questions and items test it. */
export function mapSkills(input: Omit<MapInput, 'modules'>): SkillRow[] {
  const count = (list: readonly { skill: string }[], id: string) => list.filter((x) => x.skill === id).length;
  const questions = input.quizzes.flatMap((q) => q.questions);
  return input.skills.map((s) => {
    const q = count(questions, s.id);
    const i = count(input.items, s.id);
    return {
      ...s,
      lessons: input.lessons.filter((l) => l.skills.includes(s.id)).length,
      questions: q,
      items: i,
      questionsBelow: q < MINIMUMS.questions,
      itemsBelow: i < MINIMUMS.items,
    };
  });
}

/** The whole map the trainer's view shows. */
export function buildCourseMap(input: MapInput): CourseMap {
  const skills = mapSkills(input);
  return {
    modules: mapModules(input.modules, input.lessons),
    skills,
    belowMinimum: skills.filter((s) => s.questionsBelow || s.itemsBelow).length,
  };
}
