/**
 * The xAPI statements a learner's records become: a lesson completed, each quiz question answered,
 * a quiz completed, a self-assessment completed. Built from the stored records alone (plus the
 * course data the site already publishes), so the same record always gives the same statement
 * with the same id. Pure.
 */
import type { Statement } from '@xapi/xapi';
import type { AssessmentResult, Attempt, LessonRecord } from '../../progress/model/document.ts';
import type { Question } from '../../course/model/schemas.ts';
import type { FrameworkInfo, ScaleRange } from '../../assessment/model/model.ts';
import { ACTIVITY_TYPES, CERTAINTY, LANGUAGE, PLATFORM, siteIris, TOOLS, VERBS } from './vocabulary.ts';
import { URL_NAMESPACE, uuidV5 } from './uuid.ts';

export type { Statement };
type Activity = Extract<Statement['object'], { id: string; objectType?: 'Activity' }>;
type Definition = NonNullable<Activity['definition']>;

/** Who the statements are about, and where their ids live. */
export interface Learner {
  /** The learner's random id (settings.seed): part of every statement id, so two learners never share one. */
  seed: string;
  /** settings.displayName when the learner set one: the account name shown to the organisation. */
  displayName?: string | undefined;
}

export interface StatementSite {
  /** The site's URL, ending with a slash: every activity id is under it. */
  site: string;
  /** The actor account's home page (the organisation's system the names belong to). */
  homePage: string;
}

/** The course data statements name activities with (the site's own /data/ and /quizzes/ files). */
export interface CourseInfo {
  lessons: Record<string, { title: string; quiz?: string | undefined }>;
  framework: FrameworkInfo;
  instruments: Record<string, { title: string; range: ScaleRange }>;
}

/** A quiz's title and questions, as /quizzes/<id>.json has them. */
export interface QuizInfo {
  id: string;
  title: string;
  questions: Question[];
  /** The lesson id this quiz ends, when known. */
  lesson?: string | undefined;
}

/** Where the course data comes from (in the browser: the site's /data/ and /quizzes/ files). */
export interface CoursePort {
  /** The course data, or undefined when it cannot be read now. */
  course(): Promise<CourseInfo | undefined>;
  /** A quiz's data, or undefined when it cannot be read now. */
  quiz(id: string, course: CourseInfo): Promise<QuizInfo | undefined>;
}

const lang = (text: string) => ({ [LANGUAGE]: text });

/** The namespace of every statement id of `site`. */
export const siteNamespace = (site: string): string => uuidV5(site, URL_NAMESPACE);

/** A statement id: a name-based UUID of the learner, the record and the part of it reported. */
export function statementId(site: string, learner: Learner, ...parts: string[]): string {
  return uuidV5([learner.seed, ...parts].join('|'), siteNamespace(site));
}

/** The actor: an account at the organisation's home page, named by the learner's display name when set. */
export function actorOf(site: StatementSite, learner: Learner): Statement['actor'] {
  const display = learner.displayName?.trim();
  return {
    objectType: 'Agent',
    ...(display ? { name: display } : {}),
    account: { homePage: site.homePage, name: display || `learner-${learner.seed}` },
  };
}

export const lessonIri = (site: string, lessonId: string) => `${site}lessons/${lessonId}/`;
export const moduleIri = (site: string, lessonId: string) => `${site}modules/${lessonId.split('/')[0] ?? lessonId}/`;
export const quizIri = (site: string, quizId: string) => `${site}quizzes/${quizId}/`;
export const questionIri = (site: string, quizId: string, questionId: string) =>
  `${site}quizzes/${quizId}/questions/${questionId}`;
export const assessmentIri = (site: string, instrument: string) => `${site}assessment/${instrument}/`;

const activity = (id: string, type: string, name?: string, more: Partial<Definition> = {}): Activity => ({
  objectType: 'Activity',
  id,
  definition: { type, ...(name ? { name: lang(name) } : {}), ...more },
});

/** The context every statement carries: platform, language, the site's profile and the course. */
function contextOf(site: string, parents: Activity[], grouping: Activity[] = []): NonNullable<Statement['context']> {
  return {
    platform: PLATFORM,
    language: LANGUAGE,
    contextActivities: {
      ...(parents.length ? { parent: parents } : {}),
      grouping: [...grouping, activity(site, ACTIVITY_TYPES.course, PLATFORM)],
      category: [activity(siteIris(site).profile, ACTIVITY_TYPES.profile)],
    },
  };
}

/** A lesson marked done. */
export function lessonCompleted(
  site: StatementSite,
  learner: Learner,
  lessonId: string,
  record: LessonRecord,
  course: CourseInfo,
): Statement {
  const title = course.lessons[lessonId]?.title;
  return {
    id: statementId(site.site, learner, 'lesson', lessonId, record.at),
    actor: actorOf(site, learner),
    verb: VERBS.completed,
    object: activity(lessonIri(site.site, lessonId), ACTIVITY_TYPES.lesson, title),
    result: { completion: true },
    context: contextOf(site.site, [activity(moduleIri(site.site, lessonId), ACTIVITY_TYPES.module)]),
    timestamp: record.at,
  };
}

const join = (ids: readonly string[]) => ids.join('[,]');

/** The interaction definition of a question: its type, its components and the correct response. */
export function interactionOf(question: Question): Partial<Definition> {
  const components = (items: { id: string; text: string }[]) =>
    items.map((i) => ({ id: i.id, description: lang(i.text) }));
  switch (question.type) {
    case 'single':
    case 'truefalse':
    case 'multiple':
      return {
        interactionType: 'choice',
        choices: components(question.options),
        correctResponsesPattern: [join(question.options.filter((o) => o.correct === true).map((o) => o.id))],
      };
    case 'scenario': {
      const best = Math.max(...question.options.map((o) => o.score));
      return {
        interactionType: 'choice',
        choices: components(question.options),
        correctResponsesPattern: question.options.filter((o) => o.score === best).map((o) => o.id),
      };
    }
    case 'order':
      return {
        interactionType: 'sequencing',
        choices: components(question.items),
        correctResponsesPattern: [join(question.items.map((i) => i.id))],
      };
    case 'match':
      return {
        interactionType: 'matching',
        source: question.pairs.map((p) => ({ id: p.id, description: lang(p.left) })),
        target: question.pairs.map((p) => ({ id: p.id, description: lang(p.right) })),
        correctResponsesPattern: [join(question.pairs.map((p) => `${p.id}[.]${p.id}`))],
      };
  }
}

/** The learner's answer in the xAPI response format of its interaction type. */
export function responseOf(answer: Attempt['answers'][string]): string {
  if (typeof answer === 'string') return answer;
  if (Array.isArray(answer)) return join(answer);
  return join(Object.entries(answer).map(([source, target]) => `${source}[.]${target}`));
}

/** One question of an attempt answered: response, success, scaled score and the learner's certainty. */
export function questionAnswered(
  site: StatementSite,
  learner: Learner,
  attempt: Attempt,
  question: Question,
  quiz: QuizInfo,
): Statement | undefined {
  const answer = attempt.answers[question.id];
  const score = attempt.scores[question.id];
  if (answer === undefined || score === undefined) return undefined;
  const certainty = attempt.confidence?.[question.id];
  const parentQuiz = activity(quizIri(site.site, quiz.id), ACTIVITY_TYPES.assessment, quiz.title);
  const lesson = quiz.lesson ? [activity(lessonIri(site.site, quiz.lesson), ACTIVITY_TYPES.lesson)] : [];
  return {
    id: statementId(site.site, learner, 'attempt', attempt.id, question.id),
    actor: actorOf(site, learner),
    verb: VERBS.answered,
    object: activity(
      questionIri(site.site, quiz.id, question.id),
      ACTIVITY_TYPES.question,
      question.prompt,
      interactionOf(question),
    ),
    result: {
      response: responseOf(answer),
      success: score === 1,
      score: { scaled: score },
      ...(certainty ? { extensions: { [siteIris(site.site).certainty]: CERTAINTY[certainty] } } : {}),
    },
    context: contextOf(site.site, [parentQuiz], lesson),
    timestamp: attempt.at,
  };
}

/** A quiz attempt completed, with its score. */
export function quizCompleted(site: StatementSite, learner: Learner, attempt: Attempt, quiz: QuizInfo): Statement {
  const scores = Object.values(attempt.scores);
  const raw = Math.round(scores.reduce((sum, s) => sum + s, 0) * 100) / 100;
  const lesson = quiz.lesson ? [activity(lessonIri(site.site, quiz.lesson), ACTIVITY_TYPES.lesson)] : [];
  return {
    id: statementId(site.site, learner, 'attempt', attempt.id),
    actor: actorOf(site, learner),
    verb: VERBS.completed,
    object: activity(quizIri(site.site, quiz.id), ACTIVITY_TYPES.assessment, quiz.title),
    result: { completion: true, score: { scaled: attempt.score, raw, min: 0, max: scores.length } },
    context: contextOf(site.site, lesson),
    timestamp: attempt.at,
  };
}

/** Every statement of one attempt: each question answered, then the quiz completed. */
export function attemptStatements(
  site: StatementSite,
  learner: Learner,
  attempt: Attempt,
  quiz: QuizInfo,
): Statement[] {
  const answered = quiz.questions
    .map((q) => questionAnswered(site, learner, attempt, q, quiz))
    .filter((s): s is Statement => s !== undefined);
  return [...answered, quizCompleted(site, learner, attempt, quiz)];
}

export type ToolName = keyof typeof TOOLS;
export const toolIri = (site: string, tool: ToolName) => `${site}tools/${TOOLS[tool].path}/`;

/**
 * A field tool used: one statement per record the learner saved (a visit plan, a shortage survey, …),
 * naming the tool only. What the record holds (shops, amounts, notes) is never sent.
 */
export function toolUsed(
  site: StatementSite,
  learner: Learner,
  tool: ToolName,
  record: { id: string; at: string },
): Statement {
  return {
    id: statementId(site.site, learner, 'tool', tool, record.id),
    actor: actorOf(site, learner),
    verb: VERBS.interacted,
    object: activity(toolIri(site.site, tool), ACTIVITY_TYPES.performance, TOOLS[tool].name),
    result: { completion: true },
    context: contextOf(site.site, [activity(`${site.site}tools/`, ACTIVITY_TYPES.module, '工具')]),
    timestamp: record.at,
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The mean level of each factor's rated skills (as assessment/model/scoring.ts's factorLevels, which is
 * not imported: sharing it with the delivery code would split it into a chunk of its own for the
 * assessment page). Tested equal.
 */
export function factorMeans(
  levels: Readonly<Record<string, number>>,
  framework: FrameworkInfo,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const factor of framework.factors) {
    const rated = framework.skills.filter((s) => s.factor === factor.id && levels[s.id] !== undefined);
    if (rated.length) out[factor.id] = round2(rated.reduce((sum, s) => sum + levels[s.id]!, 0) / rated.length);
  }
  return out;
}

/** A self-assessment completed: its level per skill and per factor, and the mean level scaled to 0–1. */
export function assessmentCompleted(
  site: StatementSite,
  learner: Learner,
  result: AssessmentResult,
  course: CourseInfo,
): Statement {
  const instrument = course.instruments[result.instrument];
  const range = instrument?.range ?? { min: 1, max: 5 };
  const levels = Object.values(result.levels);
  const mean = levels.length ? levels.reduce((sum, l) => sum + l, 0) / levels.length : undefined;
  const factors = factorMeans(result.levels, course.framework);
  const iris = siteIris(site.site);
  const scaled =
    mean === undefined ? undefined : Math.min(1, Math.max(0, round2((mean - range.min) / (range.max - range.min))));
  return {
    id: statementId(site.site, learner, 'assessment', result.id),
    actor: actorOf(site, learner),
    verb: VERBS.completed,
    object: activity(assessmentIri(site.site, result.instrument), ACTIVITY_TYPES.assessment, instrument?.title),
    result: {
      completion: true,
      ...(scaled === undefined ? {} : { score: { scaled } }),
      extensions: {
        [iris.skillLevels]: result.levels,
        [iris.factorLevels]: factors,
        [iris.scale]: range,
      },
    },
    context: contextOf(site.site, []),
    timestamp: result.at,
  };
}
