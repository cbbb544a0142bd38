/**
 * 教練看板 at scale: 200 export files of a heavy year each (bench/heavy-year.ts: 2,000 attempts,
 * 50 assessments, a full review schedule) read from disk, checked with the import rules and
 * aggregated into the roll-up, as the team page's worker does. Goal: ≤ 2 s. Run with `npm run bench:team`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { heavyDocument, median } from './heavy-year.ts';
import { buildExport } from '../src/progress/model/export.ts';
import type { TeamCourse } from '../src/team/model/course.ts';
import { addResults, newEngineState, viewOf } from '../src/team/model/engine.ts';
import { readTeamFile } from '../src/team/model/files.ts';

const FILES = 200;
const RUNS = 3;
const skills = [
  'dual-role',
  'visit-planning',
  'market-research',
  'retailer-support',
  'success-mindset',
  'product-knowledge',
];
const opts = (...ids: string[]) =>
  ids.map((id, i) => ({ id, text: `選項 ${id}`, ...(i === 0 ? { correct: true } : {}) }));

/** A course with the heavy year's quiz, question, lesson and skill ids. */
const course: TeamCourse = {
  modules: [0, 1, 2, 3].map((m) => ({
    id: `module-${m}`,
    title: `模組 ${m}`,
    lessons: Array.from({ length: 5 }, (_, k) => `module-${m}/lesson-${m + 4 * k}`),
  })),
  assessment: {
    instrument: {
      id: 'self-assessment',
      title: '自評',
      items: 87,
      range: { min: 1, max: 5 },
      itemSkills: Object.fromEntries(Array.from({ length: 87 }, (_, k) => [`item-${k}`, `skill-${k % 20}`])),
    },
    framework: {
      factors: [
        { id: 'ability', title: '能力' },
        { id: 'mindset', title: '心態' },
        { id: 'market', title: '市場' },
      ],
      skills: Array.from({ length: 20 }, (_, k) => ({
        id: `skill-${k}`,
        factor: (['ability', 'mindset', 'market'] as const)[k % 3]!,
        title: `技能 ${k}`,
        target: 4,
      })),
    },
    lessons: Array.from({ length: 20 }, (_, i) => ({
      id: `module-${i % 4}/lesson-${i}`,
      title: `第 ${i} 課`,
      href: `/lessons/module-${i % 4}/lesson-${i}/`,
      minutes: 8,
      skills: [`skill-${i}`, skills[i % skills.length]!],
      quiz: `quiz-${i}`,
    })),
    questionSkills: Object.fromEntries(
      Array.from({ length: 20 }, (_, q) => [
        q === 0 ? 'quiz-0' : `quiz-${q}`,
        { q1: 'dual-role', q2: 'dual-role', q3: 'visit-planning' },
      ]),
    ),
  },
  quizzes: Array.from({ length: 20 }, (_, q) => ({
    id: `quiz-${q}`,
    title: `測驗 ${q}`,
    questions: [
      { id: 'q1', type: 'single' as const, skill: 'dual-role', prompt: '一', options: opts('a', 'b', 'c') },
      { id: 'q2', type: 'multiple' as const, skill: 'dual-role', prompt: '二', options: opts('a', 'b', 'c') },
      { id: 'q3', type: 'truefalse' as const, skill: 'visit-planning', prompt: '三', options: opts('true', 'false') },
      {
        id: 'q4',
        type: 'order' as const,
        skill: 'visit-planning',
        prompt: '四',
        items: ['s1', 's2', 's3', 's4'].map((id) => ({ id, text: id })),
      },
      {
        id: 'q5',
        type: 'match' as const,
        skill: 'market-research',
        prompt: '五',
        pairs: ['p1', 'p2', 'p3'].map((id) => ({ id, left: id, right: id })),
      },
      { id: 'q6', type: 'single' as const, skill: 'market-research', prompt: '六', options: opts('a', 'b') },
    ],
  })),
};

it('reads and aggregates 200 heavy-year export files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'team-bench-'));
  const names: string[] = [];
  let bytes = 0;
  for (let i = 0; i < FILES; i++) {
    const doc = heavyDocument();
    doc.settings = { ...doc.settings, seed: `learner-${i}`, displayName: `學員 ${i}`, teamCode: `TEAM-${i % 4}` };
    // Each learner's latest attempts differ, so the item analysis has something to rank.
    for (const a of Object.values(doc.attempts).slice(-20)) a.scores = { ...a.scores, q1: (i % 3) / 2, q6: i % 2 };
    const text = JSON.stringify(buildExport(doc), null, 2);
    bytes += Buffer.byteLength(text);
    const name = join(dir, `learner-${i}.json`);
    writeFileSync(name, text);
    names.push(name);
  }
  const times = { read: [] as number[], check: [] as number[], aggregate: [] as number[], total: [] as number[] };
  let people = 0;
  let items = 0;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    let readMs = 0;
    let state = newEngineState();
    for (const name of names) {
      const r0 = performance.now();
      const text = readFileSync(name, 'utf8');
      readMs += performance.now() - r0;
      state = addResults(state, [readTeamFile(name, text)], '重複').state;
    }
    const t1 = performance.now();
    const view = viewOf({ ...state, course });
    const t2 = performance.now();
    times.read.push(readMs);
    times.check.push(t1 - t0 - readMs);
    times.aggregate.push(t2 - t1);
    times.total.push(t2 - t0);
    people = view.people;
    items = view.rollup?.items.length ?? 0;
    if (view.refused.length) throw new Error(`refused: ${view.refused[0]!.message}`);
  }
  rmSync(dir, { recursive: true, force: true });
  const rows = [
    ['files / learners / questions analysed', `${FILES} / ${people} / ${items}`],
    ['total size of the files (MB)', (bytes / 1024 / 1024).toFixed(1)],
    ['read the files from disk (median ms)', median(times.read).toFixed(0)],
    ['parse + import checks + cut down (median ms)', median(times.check).toFixed(0)],
    ['roll-up: completion, spreads, plans, item analysis (median ms)', median(times.aggregate).toFixed(0)],
    ['total, goal ≤ 2,000 ms (median ms)', median(times.total).toFixed(0)],
  ];
  console.log(
    `\nTeam page benchmark (Node ${process.version}, ${RUNS} runs)\n` +
      rows.map(([k, v]) => `  ${(k ?? '').padEnd(66)} ${v}`).join('\n'),
  );
  // Three runs of 475 MB of JSON take minutes on a busy machine: the figure is the point, not a time limit.
}, 900_000);
