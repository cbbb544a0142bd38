import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { isUuid, sha1, URL_NAMESPACE, uuidV5 } from '../../src/xapi/model/uuid.ts';
import { outcomeOf, retryDelay } from '../../src/xapi/model/delivery.ts';
import {
  actorOf,
  assessmentCompleted,
  factorMeans,
  attemptStatements,
  interactionOf,
  lessonCompleted,
  responseOf,
  type CourseInfo,
  type QuizInfo,
  type Statement,
} from '../../src/xapi/model/statements.ts';
import {
  lastSentAt,
  markSent,
  nextBatch,
  pendingKeys,
  queueSources,
  sourcesOf,
  unqueued,
  waitingCount,
  type Outbox,
} from '../../src/xapi/model/outbox.ts';
import type { Attempt, AssessmentResult } from '../../src/progress/model/document.ts';
import type { Question } from '../../src/course/model/schemas.ts';
import { describeStatus, type StatusInput } from '../../src/xapi/model/status.ts';
import { ANALYSIS_HREF, courseOf, quizHref, quizOf } from '../../src/xapi/browser/course-data.ts';
import { ASSESSMENT_FILES } from '../../src/assessment/model/files.ts';
import { quizDataHref } from '../../src/question/model/quiz-data.ts';
import { factorLevels } from '../../src/assessment/model/scoring.ts';
import { zhHant } from '../../src/i18n/zh-Hant.ts';

const require = createRequire(import.meta.url);
const validate = (require('xapi-validation') as { default: (s: unknown) => { path: string[] }[] }).default;
const problemsOf = (s: Statement) => validate(JSON.parse(JSON.stringify(s))).map((w) => w.path.join('.'));

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const enc = (s: string) => new TextEncoder().encode(s);

describe('sha1', () => {
  it.each([
    ['', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '84983e441c3bd26ebaae4aa1f95129e5e54670f1'],
    ['a'.repeat(1000), '291e9a6c66994949b57ba5e650361e98fc36b1ba'],
  ])('hashes %j as the FIPS test vectors say', (input, digest) => {
    expect(hex(sha1(enc(input)))).toBe(digest);
  });
});

describe('uuidV5', () => {
  it('matches the RFC 9562 example (DNS namespace, www.example.com)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });
  it('gives the same id for the same name and a different one otherwise', () => {
    const a = uuidV5('x', URL_NAMESPACE);
    expect(uuidV5('x', URL_NAMESPACE)).toBe(a);
    expect(uuidV5('y', URL_NAMESPACE)).not.toBe(a);
    expect(isUuid(a)).toBe(true);
    expect(a[14]).toBe('5');
  });
  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'nope')).toThrowErrorMatchingInlineSnapshot(`[Error: namespace is not a UUID: nope]`);
  });
});

describe('outcomeOf', () => {
  it.each([
    [200, 'sent'],
    [204, 'sent'],
    [409, 'sent'],
    [400, 'rejected'],
    [404, 'rejected'],
    [401, 'unauthorised'],
    [403, 'unauthorised'],
    [408, 'retry'],
    [429, 'retry'],
    [500, 'retry'],
    [503, 'retry'],
  ])('status %i is %s', (status, kind) => {
    expect(outcomeOf(status).kind).toBe(kind);
  });
  it('keeps the first 300 characters of a refusal', () => {
    const out = outcomeOf(400, 'x'.repeat(400));
    expect(out.kind === 'rejected' && out.detail.length).toBe(300);
  });
});

describe('retryDelay', () => {
  it('doubles from 5 s up to 10 minutes, with at most a fifth more', () => {
    expect(retryDelay(1, 0)).toBe(5_000);
    expect(retryDelay(2, 0)).toBe(10_000);
    expect(retryDelay(3, 1)).toBe(24_000);
    expect(retryDelay(30, 0)).toBe(600_000);
    expect(retryDelay(30, 1)).toBe(720_000);
  });
});

const site = { site: 'https://coach.example/', homePage: 'https://hr.example/' };
const learner = { seed: 'seed-1' };
const course: CourseInfo = {
  lessons: { 'role/win-win': { title: '雙贏', quiz: 'role-win-win' } },
  framework: {
    factors: [
      { id: 'ability', title: '能力' },
      { id: 'mindset', title: '心態' },
      { id: 'market', title: '市場' },
    ],
    skills: [
      { id: 'dual-role', factor: 'mindset', title: '雙重角色', target: 4 },
      { id: 'product-knowledge', factor: 'ability', title: '產品知識', target: 4 },
      { id: 'visit', factor: 'market', title: '拜訪', target: 4 },
    ],
  },
  instruments: { 'self-assessment': { title: '自評', range: { min: 1, max: 5 } } },
};
const base = { skill: 'dual-role', prompt: '題目', explanation: '說明' };
const questions: Question[] = [
  {
    ...base,
    id: 'q1',
    type: 'single',
    options: [
      { id: 'a', text: '甲', correct: true },
      { id: 'b', text: '乙' },
    ],
  },
  {
    ...base,
    id: 'q2',
    type: 'multiple',
    options: [
      { id: 'a', text: '甲', correct: true },
      { id: 'b', text: '乙', correct: true },
      { id: 'c', text: '丙' },
    ],
  },
  {
    ...base,
    id: 'q3',
    type: 'scenario',
    options: [
      { id: 'a', text: '甲', score: 1 },
      { id: 'b', text: '乙', score: 2 },
      { id: 'c', text: '丙', score: 0 },
    ],
  },
  {
    ...base,
    id: 'q4',
    type: 'order',
    items: [
      { id: 's1', text: '一' },
      { id: 's2', text: '二' },
    ],
  },
  {
    ...base,
    id: 'q5',
    type: 'match',
    pairs: [
      { id: 'p1', left: '左一', right: '右一' },
      { id: 'p2', left: '左二', right: '右二' },
    ],
  },
] as Question[];
const quiz: QuizInfo = { id: 'role-win-win', title: '雙贏小測驗', questions, lesson: 'role/win-win' };
const attempt: Attempt = {
  id: 'role-win-win-abc-1',
  quiz: 'role-win-win',
  at: '2026-11-30T08:00:00.000Z',
  answers: { q1: 'a', q2: ['a', 'c'], q3: 'a', q4: ['s2', 's1'], q5: { p1: 'p1', p2: 'p2' } },
  confidence: { q1: 3, q2: 1 },
  scores: { q1: 1, q2: 0, q3: 0.5, q4: 0, q5: 1 },
  skills: { 'dual-role': { earned: 2.5, possible: 5 } },
  score: 0.5,
};
const assessment: AssessmentResult = {
  id: 'a-1',
  instrument: 'self-assessment',
  at: '2026-11-30T09:00:00.000Z',
  answers: { i1: 4, i2: 2 },
  levels: { 'dual-role': 4, 'product-knowledge': 2 },
};

describe('statements', () => {
  const statements = [
    lessonCompleted(site, learner, 'role/win-win', { done: true, at: '2026-11-30T07:00:00.000Z' }, course),
    ...attemptStatements(site, learner, attempt, quiz),
    assessmentCompleted(site, learner, assessment, course),
  ];

  it('are valid xAPI statements (Learning Locker’s validator finds nothing)', () => {
    expect(statements).toHaveLength(8);
    for (const s of statements) expect(problemsOf(s)).toEqual([]);
  });

  it('a validator that finds something does fail (the check can fail)', () => {
    const broken = { ...statements[0]!, object: { id: 'not an iri' } } as Statement;
    expect(problemsOf(broken)).toContain('statement.object.id');
  });

  it('have ids that are stable, distinct and depend on the learner', () => {
    const ids = statements.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(attemptStatements(site, learner, attempt, quiz).map((s) => s.id)).toEqual(ids.slice(1, 7));
    expect(attemptStatements(site, { seed: 'other' }, attempt, quiz)[0]!.id).not.toBe(ids[1]);
  });

  it('report an answer with response, success, scaled score and certainty', () => {
    const [q1, q2] = attemptStatements(site, learner, attempt, quiz);
    expect(q1!.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(q1!.result).toEqual({
      response: 'a',
      success: true,
      score: { scaled: 1 },
      extensions: { 'https://coach.example/xapi/ext/certainty': 'sure' },
    });
    expect(q2!.result).toMatchObject({ response: 'a[,]c', success: false, score: { scaled: 0 } });
    expect(q1!.object).toMatchObject({
      id: 'https://coach.example/quizzes/role-win-win/questions/q1',
      definition: { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'choice' },
    });
    expect(q1!.context?.contextActivities?.parent).toEqual([
      expect.objectContaining({ id: 'https://coach.example/quizzes/role-win-win/' }),
    ]);
  });

  it('report the quiz completed with its score, under the lesson', () => {
    const last = attemptStatements(site, learner, attempt, quiz).at(-1)!;
    expect(last.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
    expect(last.result).toEqual({ completion: true, score: { scaled: 0.5, raw: 2.5, min: 0, max: 5 } });
    expect(last.context?.contextActivities?.parent?.[0]?.id).toBe('https://coach.example/lessons/role/win-win/');
  });

  it('report a self-assessment with its levels per skill and per factor', () => {
    const s = assessmentCompleted(site, learner, assessment, course);
    expect(s.result?.score).toEqual({ scaled: 0.5 });
    expect(s.result?.extensions).toEqual({
      'https://coach.example/xapi/ext/skill-levels': { 'dual-role': 4, 'product-knowledge': 2 },
      'https://coach.example/xapi/ext/factor-levels': { ability: 2, mindset: 4 },
      'https://coach.example/xapi/ext/scale': { min: 1, max: 5 },
    });
  });

  it('name the actor by the display name when set, by the learner id otherwise', () => {
    expect(actorOf(site, learner)).toEqual({
      objectType: 'Agent',
      account: { homePage: 'https://hr.example/', name: 'learner-seed-1' },
    });
    expect(actorOf(site, { seed: 's', displayName: ' 王小明 ' })).toEqual({
      objectType: 'Agent',
      name: '王小明',
      account: { homePage: 'https://hr.example/', name: '王小明' },
    });
  });

  it.each([
    ['q3', ['b']],
    ['q4', ['s1[,]s2']],
    ['q5', ['p1[.]p1[,]p2[.]p2']],
  ])('give %s its correct response pattern', (id, pattern) => {
    expect(interactionOf(questions.find((q) => q.id === id)!)).toMatchObject({ correctResponsesPattern: pattern });
  });

  it('write answers in the xAPI response format', () => {
    expect(responseOf('a')).toBe('a');
    expect(responseOf(['s2', 's1'])).toBe('s2[,]s1');
    expect(responseOf({ p1: 'p2', p2: 'p1' })).toBe('p1[.]p2[,]p2[.]p1');
  });
});

describe('outbox', () => {
  const doc = {
    lessons: {
      'role/win-win': { done: true, at: '2026-11-30T07:00:00.000Z' },
      'role/other': { done: false, at: '2026-11-30T07:30:00.000Z' },
    },
    attempts: { [attempt.id]: attempt },
    assessments: { [assessment.id]: assessment },
    visits: {},
    salesPlans: {},
    shortages: {},
    reports: {},
    guidance: {},
  };
  const now = new Date('2026-12-01T00:00:00.000Z');
  const queue = (quizzes: Record<string, QuizInfo | undefined>, outbox: Outbox = {}) =>
    queueSources({ doc, sources: unqueued(sourcesOf(doc), outbox), site, learner, course, quizzes, now });

  it('lists a record for each lesson done, attempt and assessment', () => {
    expect(sourcesOf(doc).map((s) => s.key)).toEqual([
      'lesson:role/win-win:2026-11-30T07:00:00.000Z',
      `attempt:${attempt.id}`,
      'assessment:a-1',
    ]);
  });

  it('defers an attempt until its quiz data is at hand, and queues it then', () => {
    const first = queue({});
    expect(Object.keys(first.entries)).toEqual(['lesson:role/win-win:2026-11-30T07:00:00.000Z', 'assessment:a-1']);
    expect(first.deferred).toEqual([`attempt:${attempt.id}`]);
    const second = queue({ [quiz.id]: quiz }, first.entries);
    expect(Object.keys(second.entries)).toEqual([`attempt:${attempt.id}`]);
    expect(second.entries[`attempt:${attempt.id}`]!.count).toBe(6);
    expect(queue({ [quiz.id]: quiz }, { ...first.entries, ...second.entries }).entries).toEqual({});
  });

  it('counts what waits, sends whole entries in batches and keeps only the count once sent', () => {
    const outbox = queue({ [quiz.id]: quiz }).entries;
    expect(waitingCount(outbox)).toBe(8);
    const batch = nextBatch(outbox, 3);
    expect(batch.keys).toHaveLength(1);
    const all = nextBatch(outbox);
    expect(all.statements).toHaveLength(8);
    const later = new Date('2026-12-01T01:00:00.000Z');
    const sent = { ...outbox, ...markSent(outbox, all.keys.slice(0, 2), later) };
    expect(pendingKeys(sent)).toEqual([all.keys[2]]);
    expect(waitingCount(sent)).toBe(8 - outbox[all.keys[0]!]!.count - outbox[all.keys[1]!]!.count);
    expect(lastSentAt(sent)).toBe(later.toISOString());
    expect(sent[all.keys[0]!]).toEqual({
      at: later.toISOString(),
      statements: [],
      count: 1,
      sent: later.toISOString(),
    });
    expect(markSent(sent, all.keys.slice(0, 2), later)).toEqual({});
  });

  it('reports each saved tool record once, naming the tool only; a deleted one never', () => {
    const v4 = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/progress/v4.json'), 'utf8'));
    const withTools = { ...doc, visits: v4.visits, shortages: v4.shortages, guidance: v4.guidance };
    const sources = sourcesOf(withTools).filter((s) => s.kind === 'tool');
    const live = Object.values(v4.visits as Record<string, { deleted?: true }>).filter((r) => !r.deleted).length;
    expect(sources).toHaveLength(live + Object.keys(v4.shortages).length + Object.keys(v4.guidance).length);
    expect(sources.map((s) => s.key)).not.toContain('tool:visits:visit-mk0-b2');
    const { entries } = queueSources({ doc: withTools, sources, site, learner, course, quizzes: {}, now });
    const statements = Object.values(entries).flatMap((e) => e.statements) as unknown as Statement[];
    expect(statements).toHaveLength(sources.length);
    for (const s of statements) {
      expect(problemsOf(s)).toEqual([]);
      expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/interacted');
      // Nothing the record holds (shop names, purposes, notes) goes out: only its time, and the tool.
      const text = JSON.stringify(s);
      const written = [...Object.values(v4.visits), ...Object.values(v4.shortages), ...Object.values(v4.guidance)]
        .flatMap((record) => Object.values(record as Record<string, unknown>))
        .filter((value): value is string => typeof value === 'string' && /[\u3400-\u9fff]/.test(value));
      expect(written.length).toBeGreaterThan(5);
      for (const value of written) expect(text).not.toContain(value);
    }
    expect(
      statements.find((s) => s.object.objectType === 'Activity' && s.object.id.endsWith('/tools/visit/')),
    ).toBeDefined();
  });

  it('queues a lesson done again later as a new record', () => {
    const redone = { ...doc, lessons: { 'role/win-win': { done: true, at: '2026-12-01T07:00:00.000Z' } } };
    const keys = sourcesOf(redone).map((s) => s.key);
    expect(keys[0]).toBe('lesson:role/win-win:2026-12-01T07:00:00.000Z');
  });
});

describe('describeStatus', () => {
  const time = (iso: string) => `T(${iso.slice(11, 16)})`;
  it.each([
    [{ state: 'idle', waiting: 0, sent: 0 }, 'xapi.count.none', 'xapi.last.never', undefined, false],
    [
      {
        state: 'waiting',
        waiting: 3,
        sent: 2,
        lastSentAt: '2026-12-01T08:30:00.000Z',
        retryAt: '2026-12-01T08:31:00.000Z',
        problem: { kind: 'retry', reason: 'network' },
      },
      'xapi.count.waiting',
      'xapi.last',
      { key: 'xapi.problem.network', vars: { time: 'T(08:31)', status: '' } },
      false,
    ],
    [
      { state: 'stopped', waiting: 3, sent: 0, problem: { kind: 'unauthorised', status: 401 } },
      'xapi.count.waiting',
      'xapi.last.never',
      { key: 'xapi.problem.unauthorised', vars: { status: 401 } },
      true,
    ],
    [
      {
        state: 'stopped',
        waiting: 1,
        sent: 4,
        lastSentAt: '2026-12-01T08:30:00.000Z',
        problem: { kind: 'rejected', status: 400, detail: '' },
      },
      'xapi.count.waiting',
      'xapi.last',
      { key: 'xapi.problem.rejected', vars: { status: 400, detail: '—' } },
      true,
    ],
    [{ state: 'sending', waiting: 2, sent: 0 }, 'xapi.count.sending', 'xapi.last.never', undefined, false],
  ] as const)('says %j', (status, count, last, problem, serious) => {
    const view = describeStatus(status as StatusInput, time);
    expect(view.count.key).toBe(count);
    expect(view.last.key).toBe(last);
    expect(view.problem).toEqual(problem);
    expect(view.serious).toBe(serious);
  });

  it('has a string for every line it can say', () => {
    const keys = Object.keys(zhHant);
    for (const k of ['offline', 'network', 'timeout', 'server', 'unauthorised', 'rejected', 'course-data'])
      expect(keys).toContain(`xapi.problem.${k}`);
    for (const k of ['xapi.count.none', 'xapi.count.waiting', 'xapi.count.sending', 'xapi.last', 'xapi.last.never'])
      expect(keys).toContain(k);
  });
});

describe('the page script’s copy of the progress events', () => {
  it('names the same events as progress/browser/events.ts', async () => {
    const events = await import('../../src/progress/browser/events.ts');
    const source = readFileSync(join(import.meta.dirname, '../../src/xapi/ui/boot.ts'), 'utf8');
    expect(source).toContain(`lightWrote: '${events.LIGHT_WROTE}'`);
    expect(source).toContain(`storeChanged: '${events.STORE_CHANGED}'`);
  });
});

describe('the copies kept apart to keep pages’ chunks as they were', () => {
  it('reads the data files at the paths the site writes them', () => {
    expect(ANALYSIS_HREF).toBe(ASSESSMENT_FILES.analysis);
    for (const id of ['role-win-win', 'a b', '甲']) expect(quizHref(id)).toBe(quizDataHref(id));
  });

  it('gives each factor the mean level the assessment feature gives it', () => {
    const cases: Record<string, number>[] = [
      { 'dual-role': 4, 'product-knowledge': 2 },
      { visit: 3.5 },
      {},
      { 'dual-role': 1, 'product-knowledge': 5, visit: 2.333 },
    ];
    for (const levels of cases) {
      const expected = Object.fromEntries(
        factorLevels(levels, course.framework)
          .filter((f) => f.level !== undefined)
          .map((f) => [f.factor.id, Math.round(f.level! * 100) / 100]),
      );
      expect(factorMeans(levels, course.framework)).toEqual(expected);
    }
  });

  it('reads the analysis file and a quiz file, and refuses what is not one', () => {
    expect(courseOf({ nope: 1 })).toBeUndefined();
    expect(quizOf({ id: 'other', title: 't', questions: [] }, 'q')).toBeUndefined();
    expect(quizOf({ id: 'q', title: 't', questions: [] }, 'q')).toEqual({ title: 't', questions: [] });
  });
});
