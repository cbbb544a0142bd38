import { afterEach, describe, expect, it } from 'vitest';
import { $xapi, flush, retryNow, sendNow, startXapi, stopXapi, type ProgressPort } from '../../src/xapi/store.ts';
import type { Outcome } from '../../src/xapi/model/delivery.ts';
import type { Outbox } from '../../src/xapi/model/outbox.ts';
import { statementId, type CourseInfo, type QuizInfo, type Statement } from '../../src/xapi/model/statements.ts';
import type { Attempt } from '../../src/progress/model/document.ts';
import type { Question } from '../../src/course/model/schemas.ts';

const config = {
  endpoint: 'http://127.0.0.1:1/xAPI/',
  homePage: 'https://hr.example/',
  site: 'https://coach.example/',
};
const course: CourseInfo = {
  lessons: { 'role/win-win': { title: '雙贏', quiz: 'q' } },
  framework: { factors: [{ id: 'mindset', title: '心態' }], skills: [] },
  instruments: {},
};
const question = {
  id: 'q1',
  type: 'single',
  skill: 's',
  prompt: '題目',
  explanation: '說明',
  options: [
    { id: 'a', text: '甲', correct: true },
    { id: 'b', text: '乙' },
  ],
} as Question;
const quizInfo: QuizInfo = { id: 'q', title: '小測驗', questions: [question], lesson: 'role/win-win' };
const attempt = (id: string): Attempt => ({
  id,
  quiz: 'q',
  at: '2026-11-30T08:00:00.000Z',
  answers: { q1: 'a' },
  scores: { q1: 1 },
  skills: {},
  score: 1,
});

type Doc = ReturnType<ProgressPort['get']>;

/** An in-memory progress document with the port's operations, like the progress store's actions. */
function fakeProgress(initial: Partial<Doc> = {}) {
  let doc: Doc = {
    lessons: {},
    attempts: {},
    assessments: {},
    quizDrafts: {},
    visits: {},
    salesPlans: {},
    shortages: {},
    reports: {},
    guidance: {},
    settings: { askConfidence: true, seed: 'seed' },
    outbox: {},
    ...initial,
  };
  const listeners = new Set<() => void>();
  const change = (next: Doc) => {
    doc = next;
    for (const l of listeners) l();
  };
  const port: ProgressPort = {
    get: () => doc,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    queue: (entries) => {
      const outbox: Outbox = { ...doc.outbox };
      for (const [k, e] of Object.entries(entries)) if (!Object.hasOwn(outbox, k)) outbox[k] = e;
      change({ ...doc, outbox });
    },
    sent: (entries) => change({ ...doc, outbox: { ...doc.outbox, ...entries } }),
    ensureSeed: () => undefined,
  };
  return { port, change: (patch: Partial<Doc>) => change({ ...doc, ...patch }), doc: () => doc };
}

/** An LRS that keeps one copy per id: 200 for new or identical statements, 409 for a conflicting one. */
function fakeLrs() {
  const stored = new Map<string, string>();
  const posts: string[][] = [];
  let fault: ((batch: Statement[]) => Outcome | undefined) | undefined;
  let loseAnswer = false;
  const send = async (batch: Statement[]): Promise<Outcome> => {
    posts.push(batch.map((s) => s.id!));
    const injected = fault?.(batch);
    if (injected) return injected;
    let conflict = false;
    for (const s of batch) {
      const text = JSON.stringify(s);
      if (stored.has(s.id!) && stored.get(s.id!) !== text) conflict = true;
    }
    if (conflict) return { kind: 'sent' }; // 409: the LRS has a statement with this id
    for (const s of batch) stored.set(s.id!, JSON.stringify(s));
    if (loseAnswer) {
      loseAnswer = false;
      return { kind: 'retry', reason: 'network' };
    }
    return { kind: 'sent' };
  };
  return {
    send,
    stored,
    posts,
    fail: (f: typeof fault) => (fault = f),
    loseNextAnswer: () => (loseAnswer = true),
  };
}

/** Timers run by hand. */
function fakeTimers() {
  const due: { run: () => void; ms: number }[] = [];
  return {
    later: (run: () => void, ms: number) => {
      const t = { run, ms };
      due.push(t);
      return () => {
        const i = due.indexOf(t);
        if (i >= 0) due.splice(i, 1);
      };
    },
    due,
    fire: async () => {
      const t = due.shift();
      t?.run();
      await settle();
    },
  };
}

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

function start(progress: ReturnType<typeof fakeProgress>, lrs: ReturnType<typeof fakeLrs>, timers = fakeTimers()) {
  let courseReads = 0;
  startXapi({
    config,
    progress: progress.port,
    send: lrs.send,
    data: {
      course: async () => {
        courseReads++;
        return course;
      },
      quiz: async (id) => (id === 'q' ? quizInfo : undefined),
    },
    now: () => new Date('2026-12-01T00:00:00.000Z'),
    random: () => 0,
    later: timers.later,
  });
  return { timers, courseReads: () => courseReads };
}

afterEach(() => stopXapi());

describe('xAPI delivery', () => {
  it('queues each record once and sends it once', async () => {
    const progress = fakeProgress({
      lessons: { 'role/win-win': { done: true, at: '2026-11-30T07:00:00.000Z' } },
      attempts: { a1: attempt('a1') },
    });
    const lrs = fakeLrs();
    start(progress, lrs);
    await settle();
    expect(lrs.stored.size).toBe(3);
    expect(Object.values(progress.doc().outbox).every((e) => e.sent && e.statements.length === 0)).toBe(true);
    expect($xapi.get()).toMatchObject({ state: 'idle', waiting: 0, sent: 3, lastSentAt: '2026-12-01T00:00:00.000Z' });
    await flush();
    await sendNow();
    expect(lrs.posts.flat()).toHaveLength(3);
  });

  it('queues a new record as the document changes, and sends it', async () => {
    const progress = fakeProgress();
    const lrs = fakeLrs();
    start(progress, lrs);
    await settle();
    expect(lrs.posts).toHaveLength(0);
    progress.change({ attempts: { a2: attempt('a2') } });
    await settle();
    expect(lrs.stored.size).toBe(2);
  });

  it('keeps everything while the LRS cannot be reached and sends it after backoff', async () => {
    const progress = fakeProgress({ attempts: { a1: attempt('a1') } });
    const lrs = fakeLrs();
    lrs.fail(() => ({ kind: 'retry', reason: 'network' }));
    const { timers } = start(progress, lrs);
    await settle();
    expect($xapi.get()).toMatchObject({ state: 'waiting', waiting: 2, problem: { kind: 'retry', reason: 'network' } });
    expect(timers.due.map((t) => t.ms)).toEqual([5_000]);
    // Work goes on meanwhile: queued, not sent before the retry is due.
    progress.change({ attempts: { a1: attempt('a1'), a2: attempt('a2') } });
    await settle();
    expect(lrs.posts).toHaveLength(1);
    expect($xapi.get().waiting).toBe(4);
    await timers.fire();
    expect(timers.due.map((t) => t.ms)).toEqual([10_000]);
    lrs.fail(undefined);
    await timers.fire();
    expect(lrs.stored.size).toBe(4);
    expect($xapi.get()).toMatchObject({ state: 'idle', waiting: 0, sent: 4, problem: undefined });
  });

  it('sends the same ids again after a lost answer, and the LRS keeps one copy', async () => {
    const progress = fakeProgress({ attempts: { a1: attempt('a1') } });
    const lrs = fakeLrs();
    lrs.loseNextAnswer();
    const { timers } = start(progress, lrs);
    await settle();
    expect(lrs.stored.size).toBe(2);
    expect($xapi.get().state).toBe('waiting');
    await timers.fire();
    expect(lrs.posts).toHaveLength(2);
    expect(lrs.posts[1]).toEqual(lrs.posts[0]);
    expect(lrs.stored.size).toBe(2);
    expect($xapi.get()).toMatchObject({ state: 'idle', waiting: 0 });
  });

  it('counts a 409 (another copy already sent) as sent', async () => {
    const progress = fakeProgress({ attempts: { a1: attempt('a1') } });
    const lrs = fakeLrs();
    lrs.fail(() => ({ kind: 'sent' }));
    start(progress, lrs);
    await settle();
    expect($xapi.get()).toMatchObject({ waiting: 0, sent: 2 });
  });

  it('holds back only the entry the LRS refuses, and keeps it', async () => {
    const progress = fakeProgress({ attempts: { a1: attempt('a1'), a2: attempt('a2'), a3: attempt('a3') } });
    const lrs = fakeLrs();
    const bad = statementId(config.site, { seed: 'seed' }, 'attempt', 'a2');
    lrs.fail((batch) =>
      batch.some((s) => s.id === bad) ? { kind: 'rejected', status: 400, detail: 'bad actor' } : undefined,
    );
    start(progress, lrs);
    await settle();
    // The batch of all three was refused, then each entry was sent on its own.
    expect(lrs.posts[0]).toHaveLength(6);
    expect(lrs.stored.size).toBe(4);
    expect(lrs.stored.has(bad)).toBe(false);
    expect(progress.doc().outbox['attempt:a2']!.sent).toBeUndefined();
    expect(progress.doc().outbox['attempt:a2']!.statements).toHaveLength(2);
    expect($xapi.get()).toMatchObject({
      state: 'stopped',
      waiting: 2,
      sent: 4,
      problem: { kind: 'rejected', status: 400, detail: 'bad actor' },
    });
    // Fixed on the LRS side: the learner sends again.
    lrs.fail(undefined);
    await retryNow();
    await settle();
    expect(lrs.stored.size).toBe(6);
    expect($xapi.get()).toMatchObject({ state: 'idle', waiting: 0 });
  });

  it('stops on a wrong key, keeps everything, and tries again when asked', async () => {
    const progress = fakeProgress({ attempts: { a1: attempt('a1') } });
    const lrs = fakeLrs();
    lrs.fail(() => ({ kind: 'unauthorised', status: 401 }));
    const { timers } = start(progress, lrs);
    await settle();
    expect($xapi.get()).toMatchObject({ state: 'stopped', waiting: 2, problem: { kind: 'unauthorised' } });
    expect(timers.due).toHaveLength(0);
    progress.change({ attempts: { a1: attempt('a1'), a2: attempt('a2') } });
    await settle();
    expect(lrs.posts).toHaveLength(1);
    expect($xapi.get().waiting).toBe(4);
    lrs.fail(undefined);
    await retryNow();
    await settle();
    expect(lrs.stored.size).toBe(4);
    expect($xapi.get()).toMatchObject({ state: 'idle', waiting: 0, problem: undefined });
  });

  it('reads the data of a quiz being answered, so its attempt is queued offline', async () => {
    const progress = fakeProgress();
    const lrs = fakeLrs();
    lrs.fail(() => ({ kind: 'retry', reason: 'offline' }));
    let online = true;
    startXapi({
      config,
      progress: progress.port,
      send: lrs.send,
      data: { course: async () => course, quiz: async () => (online ? quizInfo : undefined) },
      later: fakeTimers().later,
    });
    progress.change({ quizDrafts: { q: { at: '2026-11-30T07:59:00.000Z', answers: { q1: 'a' } } } });
    await settle();
    online = false;
    progress.change({ quizDrafts: {}, attempts: { a1: attempt('a1') } });
    await settle();
    expect(progress.doc().outbox['attempt:a1']!.statements).toHaveLength(2);
    expect($xapi.get()).toMatchObject({ waiting: 2, problem: { kind: 'retry', reason: 'offline' } });
  });

  it('waits for the course data, counting the records as waiting', async () => {
    const progress = fakeProgress({ attempts: { a1: attempt('a1') } });
    const lrs = fakeLrs();
    let available = false;
    startXapi({
      config,
      progress: progress.port,
      send: lrs.send,
      data: { course: async () => (available ? course : undefined), quiz: async () => quizInfo },
      later: fakeTimers().later,
    });
    await settle();
    expect($xapi.get()).toMatchObject({ waiting: 2, problem: { kind: 'course-data' } });
    expect(Object.keys(progress.doc().outbox)).toEqual([]);
    available = true;
    await retryNow();
    await settle();
    expect(lrs.stored.size).toBe(2);
  });
});
