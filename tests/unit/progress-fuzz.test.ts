/**
 * Seeded fuzzing of stored progress: thousands of mutants of a real export go through the import
 * path and the stored-read path, then through every pure function that renders progress.
 * Zero throws, zero hangs over 1 s, zero changes to built-in prototypes, and repaired data stays repaired.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseProgress, type AssessmentData } from '../../src/assessment/model/analysis.ts';
import { formatDelta, formatLevel } from '../../src/assessment/model/format.ts';
import { assessmentHistory } from '../../src/assessment/model/history.ts';
import { scaleRange } from '../../src/assessment/model/scoring.ts';
import { readContentFiles } from '../../src/content-model/build/load.ts';
import { validateContent, type Content } from '../../src/content-model/model/validate.ts';
import { formatPercent } from '../../src/i18n/format.ts';
import { formatDate, formatDateTime } from '../../src/i18n/dates.ts';
import { COLLECTIONS, type ProgressDoc } from '../../src/progress/model/document.ts';
import { memoryEngine } from '../../src/progress/browser/engine.ts';
import { buildExport } from '../../src/progress/model/export.ts';
import { applyImport, parseImport, previewImport } from '../../src/progress/model/import.ts';
import { migrate } from '../../src/progress/model/migrate.ts';
import { readStored } from '../../src/progress/model/read.ts';
import { exportReminder } from '../../src/progress/model/reminder.ts';
import { lastActivity, progressStats, quizScores, type CourseOutline } from '../../src/progress/model/stats.ts';
import { BACKUP_PREFIX, LEGACY_KEY, startProgress, stopProgress } from '../../src/progress/store.ts';
import { dueCards, dueCount, nextDue } from '../../src/progress/model/review-queue.ts';
import { random, type Random } from './random-edits.ts';

const PER_CATEGORY = Number(process.env['FUZZ_PER_KIND'] ?? 160);
const SEED = 0x5eed;
const NOW = new Date('2026-12-01T10:05:00.000Z');

/** mulberry32 (random-edits.ts): small, fast and the same everywhere. */
const rng = random;
type Rng = Random;

// ── the real course, for realistic ids and for the render functions ──
const validated = validateContent(readContentFiles(join(import.meta.dirname, '../..')));
if (!validated.ok) throw new Error('the course does not validate');
const content: Content = validated.content;
const lessonsInOrder = [...content.lessons].sort(
  (a, b) => a.meta.module.localeCompare(b.meta.module) || a.meta.order - b.meta.order,
);
const course: CourseOutline = {
  modules: content.modules.map((m) => ({
    id: m.id,
    title: m.title,
    href: `/modules/${m.id}/`,
    lessons: lessonsInOrder
      .filter((l) => l.meta.module === m.id)
      .map((l) => ({ id: l.id, title: l.meta.title, href: `/lessons/${l.id}/` })),
  })),
  quizzes: lessonsInOrder.flatMap((l) =>
    l.meta.quiz ? [{ id: l.meta.quiz, title: l.meta.quiz, href: `/lessons/${l.id}/#quiz` }] : [],
  ),
};
const instrument = content.assessments.find((a) => a.id === 'self-assessment') ?? content.assessments[0]!;
const assessmentData: AssessmentData = {
  instrument: {
    id: instrument.id,
    title: instrument.assessment.title,
    items: instrument.assessment.items.length,
    range: scaleRange(instrument.assessment.scale),
    itemSkills: Object.fromEntries(instrument.assessment.items.map((i) => [i.id, i.skill])),
    short: {
      id: `${instrument.id}:short`,
      items: instrument.assessment.items.filter((i) => i.short).length,
    },
  },
  framework: {
    factors: content.framework.factors.map(({ id, title }) => ({ id, title })),
    skills: content.framework.skills.map(({ id, factor, title, target }) => ({ id, factor, title, target })),
  },
  lessons: lessonsInOrder.map((l) => ({
    id: l.id,
    title: l.meta.title,
    href: `/lessons/${l.id}/`,
    minutes: l.meta.minutes,
    skills: l.meta.skills,
    ...(l.meta.quiz ? { quiz: l.meta.quiz } : {}),
  })),
  questionSkills: Object.fromEntries(
    content.quizzes.map((q) => [q.id, Object.fromEntries(q.quiz.questions.map((x) => [x.id, x.skill]))]),
  ),
};

/** The good v2 export fixture, brought to the current version the way the site reads it. */
function goodExport(): ProgressDoc {
  const raw: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/imports/good-v2.json'), 'utf8'));
  const migrated = migrate((raw as { document: unknown }).document);
  if (!migrated.ok) throw new Error(migrated.reason);
  return migrated.doc as ProgressDoc;
}

/** A rich, valid export of a learner who used the whole course for six weeks. */
function richDocument(): ProgressDoc {
  const r = rng(SEED);
  const base = goodExport();
  const doc: ProgressDoc = structuredClone(base);
  const at = (day: number, minute = 0) => new Date(Date.UTC(2026, 9, 1 + day, 1, minute)).toISOString();
  lessonsInOrder.slice(0, 14).forEach((l, i) => (doc.lessons[l.id] = { done: i !== 3, at: at(i, 5) }));
  content.quizzes.slice(0, 10).forEach(({ id: quiz, quiz: q }, qi) => {
    const attemptId = `${quiz}:${qi}`;
    const answers: ProgressDoc['attempts'][string]['answers'] = {};
    const scores: Record<string, number> = {};
    const skills: Record<string, { earned: number; possible: number }> = {};
    for (const question of q.questions) {
      if (question.type === 'order') answers[question.id] = question.items.map((x) => x.id);
      else if (question.type === 'match')
        answers[question.id] = Object.fromEntries(question.pairs.map((p) => [p.id, p.id]));
      else if (question.type === 'multiple') answers[question.id] = question.options.slice(0, 2).map((o) => o.id);
      else answers[question.id] = question.options[r.int(question.options.length)]!.id;
      const score = Math.round(r.next() * 100) / 100;
      scores[question.id] = score;
      const s = (skills[question.skill] ??= { earned: 0, possible: 0 });
      s.earned += score;
      s.possible += 1;
      if (score < 0.5) {
        doc.review[`${quiz}/${question.id}`] = {
          quiz,
          question: question.id,
          at: at(qi, 30),
          due: at(qi + 2, 30),
          stability: 0.4 + r.next(),
          difficulty: 5 + r.next(),
          elapsed_days: 0,
          scheduled_days: 2,
          learning_steps: 1,
          reps: 1,
          lapses: 0,
          state: 1,
          last_review: at(qi, 30),
          ...(r.next() < 0.3 ? { missed: true as const } : {}),
        };
      }
    }
    const total = Object.values(scores).reduce((a, b) => a + b, 0) / q.questions.length;
    doc.attempts[attemptId] = { id: attemptId, quiz, at: at(qi, 20), answers, scores, skills, score: total };
  });
  for (const [n, day] of [
    [1, 5],
    [2, 30],
  ] as const) {
    const answers = Object.fromEntries(instrument.assessment.items.map((item) => [item.id, 1 + r.int(5)]));
    const levels = Object.fromEntries(content.framework.skills.map((s) => [s.id, 1 + r.int(5)]));
    doc.assessments[`s-${n}`] = { id: `s-${n}`, instrument: instrument.id, at: at(day), answers, levels };
  }
  doc.drafts[instrument.id] = { at: at(35), answers: { [instrument.assessment.items[0]!.id]: 3 } };
  return doc;
}

// ── mutations ──
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];
/** Every path to a node of a JSON value whose node passes `keep` (all nodes by default), in one walk. */
function paths(value: Json, keep: (node: Json) => boolean = () => true): Path[] {
  const out: Path[] = [];
  const walk = (node: Json, at: Path) => {
    if (keep(node)) out.push(at);
    if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...at, i]));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...at, k]);
  };
  walk(value, []);
  return out;
}
function setAt(root: Json, path: (string | number)[], value: Json): Json {
  if (path.length === 0) return value;
  let cur = root as Record<string | number, Json>;
  for (const p of path.slice(0, -1)) cur = cur[p] as Record<string | number, Json>;
  cur[path.at(-1)!] = value;
  return root;
}
const getAt = (root: Json, path: (string | number)[]) =>
  path.reduce<Json>((cur, p) => (cur as Record<string | number, Json>)[p]!, root);
const objectPaths = (v: Json) => paths(v, (n) => !!n && typeof n === 'object' && !Array.isArray(n));
const timePaths = (v: Json) => paths(v, (n) => typeof n === 'string' && /^\d{4}-\d\d-\d\dT/.test(n));
const numberPaths = (v: Json) => paths(v, (n) => typeof n === 'number');
/** Paths of record keys inside the collections (depth 2 below the document). */
const recordKeyPaths = (v: Json, docAt: (string | number)[]) =>
  COLLECTIONS.flatMap((c) =>
    Object.keys((getAt(v, [...docAt, c]) as Record<string, Json>) ?? {}).map((k) => [...docAt, c, k]),
  );

function renameKey(root: Json, path: (string | number)[], name: string): Json {
  const parent = getAt(root, path.slice(0, -1)) as Record<string, Json>;
  const old = String(path.at(-1));
  const entries = Object.entries(parent).map(([k, v]) => [k === old ? name : k, v] as const);
  for (const k of Object.keys(parent)) delete parent[k];
  for (const [k, v] of entries)
    Object.defineProperty(parent, k, { value: v, enumerable: true, writable: true, configurable: true });
  return root;
}

const IMPOSSIBLE_TIMES = [
  '2026-12-01T58:05:19.000Z',
  '2026-13-01T00:00:00.000Z',
  '2026-04-31T08:00:00.000Z',
  '2026-11-31T08:00:00.000Z',
  '2026-02-29T08:00:00.000Z',
  '2026-12-01T23:59:60.000Z',
  '2026-12-01T18:05:19+99:99',
  '9999-99-99T99:99:99Z',
  '0000-00-00T00:00:00Z',
  '2024-13-45T25:61:61Z',
];
const ODD_TIMES = [
  '0000-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '1969-12-31T23:59:59Z',
  '2099-01-01T00:00:00.000Z',
  '2026-12-01T18:05:19.123456789+08:00',
];
const INHERITED = [
  'toString',
  'hasOwnProperty',
  'valueOf',
  'constructor',
  '__defineSetter__',
  'isPrototypeOf',
  '__proto__',
  'propertyIsEnumerable',
  'toLocaleString',
];
const FORBIDDEN_KEYS = [
  '"__proto__"',
  '"constructor"',
  '"prototype"',
  '"\\u005f_proto__"',
  '"__proto__" \n ',
  '"prototyp\\u0065"',
];

/** The document inside a text: the export's `document`, or the text itself on the stored path. */
type Mutator = (text: string, r: Rng, docAt: (string | number)[]) => string;
const structural =
  (f: (v: Json, r: Rng, docAt: (string | number)[]) => Json | string): Mutator =>
  (text, r, docAt) => {
    const v = JSON.parse(text) as Json;
    const out = f(v, r, docAt);
    return typeof out === 'string' ? out : JSON.stringify(out, null, 1);
  };

const mutators: Record<string, Mutator> = {
  'bit flips': (text, r) => {
    const bytes = new TextEncoder().encode(text);
    for (let n = 1 + r.int(20); n > 0; n--) bytes[r.int(bytes.length)]! ^= 1 << r.int(8);
    return new TextDecoder().decode(bytes);
  },
  'char flips': (text, r) => {
    const chars = [...text];
    const alphabet = '0123456789{}[]":,-.TZe+ a客\\';
    for (let n = 1 + r.int(8); n > 0; n--) chars[r.int(chars.length)] = r.pick([...alphabet]);
    return chars.join('');
  },
  truncation: (text, r) => text.slice(0, r.int(text.length)),
  'type swaps': structural((v, r) => {
    for (let n = 1 + r.int(3); n > 0; n--) {
      const all = paths(v).filter((p) => p.length > 0);
      if (all.length)
        setAt(v, r.pick(all), r.pick<Json>([null, 0, 1, -1, '', 'x', [], {}, true, false, [1, 2], { a: 1 }]));
    }
    return v;
  }),
  'huge numbers': structural((v, r) => {
    for (let n = 1 + r.int(3); n > 0; n--)
      setAt(v, r.pick(numberPaths(v)), r.pick([1e308, 2 ** 53 + 2, 1e-300, 11, 1_000_001, 5e-324, 2 ** 31]));
    return v;
  }),
  'negative numbers and years': structural((v, r) => {
    if (r.next() < 0.5) {
      for (let n = 1 + r.int(3); n > 0; n--) {
        const p = r.pick(numberPaths(v));
        setAt(v, p, -Math.abs(getAt(v, p) as number) - r.int(3));
      }
    } else
      setAt(
        v,
        r.pick(timePaths(v)),
        r.pick(['-000001-01-01T00:00:00.000Z', '0001-01-01T00:00:00.000Z', '1969-07-20T20:17:00.000Z']),
      );
    return v;
  }),
  'NaN and Infinity': (text, r) => {
    const numbers = [...text.matchAll(/(?<=: )-?\d+(?:\.\d+)?(?=[,\n])/g)];
    const m = r.pick(numbers);
    const word = r.pick(['NaN', 'Infinity', '-Infinity', '1e999', '-0', '0e99999', '-1e999']);
    return text.slice(0, m.index) + word + text.slice(m.index! + m[0].length);
  },
  'deep nesting': structural((v, r) => {
    const depth = 10_000 + r.int(10_000);
    const deep =
      r.next() < 0.5 ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    const all = paths(v).filter((p) => p.length > 0 && p.length <= 5);
    setAt(v, r.pick(all), '\u0000DEEP');
    return JSON.stringify(v, null, 1).replace('"\\u0000DEEP"', deep);
  }),
  'forbidden keys': structural((v, r) => {
    const target = getAt(v, r.pick(objectPaths(v))) as Record<string, Json>;
    target['\u0000KEY'] = r.pick<Json>([
      { polluted: true },
      { prototype: { polluted: true } },
      1,
      { done: true, at: '2026-10-02T01:20:00.000Z' },
    ]);
    return JSON.stringify(v, null, 1).replace('"\\u0000KEY"', r.pick(FORBIDDEN_KEYS));
  }),
  'inherited ids': structural((v, r, docAt) => {
    const keys = recordKeyPaths(v, docAt);
    if (r.next() < 0.6 && keys.length) return renameKey(v, r.pick(keys), r.pick(INHERITED));
    // An inherited name as a skill, question or quiz id inside a record.
    const inner = paths(v).filter(
      (p) => p.length > docAt.length + 3 && ['skills', 'scores', 'answers', 'levels'].includes(String(p.at(-2))),
    );
    if (inner.length) return renameKey(v, r.pick(inner), r.pick(INHERITED));
    return v;
  }),
  'impossible dates': structural((v, r) => {
    for (let n = 1 + r.int(2); n > 0; n--)
      setAt(v, r.pick(timePaths(v)), r.next() < 0.8 ? r.pick(IMPOSSIBLE_TIMES) : r.pick(ODD_TIMES));
    return v;
  }),
  'unknown ids': structural((v, r, docAt) => {
    const keys = recordKeyPaths(v, docAt);
    const name = r.pick(['role/no-such-lesson', 'nobody-quiz', 'x'.repeat(200), 'x'.repeat(201), 'market/zz', 'q99']);
    if (r.next() < 0.5 && keys.length) return renameKey(v, r.pick(keys), name);
    const quizField = paths(v).filter(
      (p) => p.at(-1) === 'quiz' || p.at(-1) === 'instrument' || p.at(-1) === 'question',
    );
    if (quizField.length) setAt(v, r.pick(quizField), name);
    return v;
  }),
};
const names = Object.keys(mutators);
mutators['combinations'] = (text, r, docAt) => {
  let out = text;
  for (let n = 2 + r.int(3); n > 0; n--) {
    try {
      out = mutators[r.pick(names)]!(out, r, docAt);
    } catch {
      // A structural mutation of text that is no longer JSON: keep the text as it is.
    }
  }
  return out;
};

// ── what runs on each readable document ──
/** Every pure function that renders progress, fed the document. */
function render(doc: ProgressDoc, base: ProgressDoc): void {
  const out: string[] = [];
  const stats = progressStats(doc, course, dueCount(doc, NOW));
  for (const q of stats.quizzes) out.push(formatPercent(q.best), formatPercent(q.last), formatDate(q.lastAt, 'short'));
  if (stats.averageScore !== undefined) out.push(formatPercent(stats.averageScore));
  if (stats.lastActivity) out.push(formatDate(stats.lastActivity, 'short'));
  for (const a of stats.assessments) out.push(formatDate(a.at, 'short'));
  for (const q of course.quizzes) quizScores(doc, q.id);
  lastActivity(doc);
  exportReminder(doc, NOW);
  for (const c of dueCards(doc, NOW)) out.push(formatDateTime(c.due));
  const next = nextDue(doc, NOW);
  if (next) out.push(formatDateTime(next));
  previewImport(base, doc);
  for (const h of assessmentHistory(doc.assessments, assessmentData.instrument.id)) out.push(formatDate(h.at));
  const analysis = analyseProgress(doc, assessmentData);
  if (analysis) {
    out.push(formatDate(analysis.latest.at), JSON.stringify(analysis.plan));
    for (const f of analysis.map.factors) if (f.level !== undefined) out.push(formatLevel(f.level));
    for (const c of analysis.changes ?? []) if (c.delta !== undefined) out.push(formatDelta(c.delta));
  }
  for (const lesson of Object.values(doc.lessons)) out.push(formatDate(lesson.at, 'short'));
  // Every formatter gives text to show, even for a value it cannot read.
  const blank = out.find((text) => typeof text !== 'string' || text.length === 0);
  if (blank !== undefined) throw new Error(`a formatter gave ${JSON.stringify(blank)}`);
}

/** Both documents' records survive a merge: nothing the learner did is dropped. */
function lostOnMerge(a: ProgressDoc, b: ProgressDoc): number {
  const merged = applyImport(a, b, 'merge', { id: 'x', at: NOW.toISOString() });
  let lost = 0;
  for (const name of COLLECTIONS) {
    const have = merged[name] as Record<string, unknown>;
    for (const source of [a[name], b[name]] as Record<string, unknown>[])
      for (const key of Object.keys(source)) if (!Object.hasOwn(have, key)) lost++;
  }
  return lost;
}

/** Own keys of the built-in prototypes and of every function on them (where 24 mutants used to write NaN). */
function builtinsSnapshot(): string {
  const out: string[] = [];
  for (const [name, proto] of [
    ['Object', Object.prototype],
    ['Array', Array.prototype],
    ['Function', Function.prototype],
    ['String', String.prototype],
  ] as const) {
    const keys = Reflect.ownKeys(proto).map(String).sort();
    out.push(`${name}: ${keys.join(',')}`);
    for (const key of keys) {
      const value = (Object.getOwnPropertyDescriptor(proto, key) ?? {}).value as unknown;
      if (typeof value === 'function')
        out.push(`${name}.${key}: ${Reflect.ownKeys(value).map(String).sort().join(',')}`);
    }
  }
  return out.join('\n');
}

const counts = {
  import: { accepted: 0, refused: 0, threw: 0, refusedWithoutMessage: 0 },
  stored: { ok: 0, salvaged: 0, newer: 0, empty: 0, threw: 0 },
  render: { documents: 0, threw: 0 },
  mergeLost: 0,
  reexportRefused: 0,
  repairLoops: 0,
  slowest: { ms: 0, what: '' },
  slowestWall: 0,
  byCategory: {} as Record<string, number>,
};
const failures: string[] = [];
const note = (what: string, error: unknown) => {
  if (failures.length < 10) failures.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
};

describe('progress fuzzing', () => {
  const rich = richDocument();
  const bases = [
    { name: 'rich', doc: rich },
    {
      name: 'good-v2',
      doc: goodExport(),
    },
  ];
  const before = builtinsSnapshot();

  afterAll(() => stopProgress());

  it('the rich base is itself a valid export', () => {
    console.log(`rich export: ${JSON.stringify(buildExport(rich), null, 1).length} characters`);
    expect(parseImport(JSON.stringify(buildExport(rich))).ok).toBe(true);
    expect(readStored(JSON.stringify(rich)).kind).toBe('ok');
  });

  it(`${Object.keys(mutators).length} kinds × ${PER_CATEGORY} mutants through import, stored read, merge and every render function`, () => {
    let i = 0;
    for (const [category, mutate] of Object.entries(mutators)) {
      for (let n = 0; n < PER_CATEGORY; n++, i++) {
        const r = rng(SEED + i * 7919);
        const base = bases[i % bases.length]!.doc;
        const exportText = JSON.stringify(buildExport(base, NOW), null, 1);
        const storedText = JSON.stringify(base, null, 1);
        let importMutant: string;
        let storedMutant: string;
        try {
          importMutant = mutate(exportText, r, ['document']);
          storedMutant = mutate(storedText, r, []);
        } catch (error) {
          throw new Error(`the mutator ${category} #${i} failed`, { cause: error });
        }
        // A hang is work, not waiting: CPU time is measured, so a machine busy with other jobs does not count.
        const started = process.cpuUsage();
        const startedWall = performance.now();

        // Import path.
        try {
          const result = parseImport(importMutant);
          if (result.ok) {
            counts.import.accepted++;
            counts.render.documents++;
            try {
              render(result.doc, base);
            } catch (error) {
              counts.render.threw++;
              note(`render import ${category} #${i}`, error);
            }
            counts.mergeLost += lostOnMerge(base, result.doc);
            if (!parseImport(JSON.stringify(buildExport(result.doc))).ok) counts.reexportRefused++;
          } else {
            counts.import.refused++;
            if (!/[\u4e00-\u9fff]/.test(result.message)) counts.import.refusedWithoutMessage++;
          }
        } catch (error) {
          counts.import.threw++;
          note(`import ${category} #${i}`, error);
        }

        // Stored path: the read, every render function, then two page loads through the store.
        try {
          const read = readStored(storedMutant);
          if (read.kind === 'ok') counts.stored.ok++;
          else if (read.kind === 'corrupt') counts.stored.salvaged++;
          else if (read.kind === 'newer') counts.stored.newer++;
          else counts.stored.empty++;
          counts.render.documents++;
          try {
            render(read.doc, base);
          } catch (error) {
            counts.render.threw++;
            note(`render stored ${category} #${i}`, error);
          }
          if (read.kind === 'corrupt' && readStored(JSON.stringify(read.doc)).kind !== 'ok') counts.repairLoops++;
          // Two page loads through the store for every eighth mutant: the second adds no backup.
          if (i % 8 === 0) {
            const engine = memoryEngine({ [LEGACY_KEY]: storedMutant });
            const backups = () => [...engine.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX)).length;
            startProgress(engine, NOW);
            const afterFirst = backups();
            startProgress(engine, new Date(NOW.getTime() + 60_000));
            if (backups() !== afterFirst) counts.repairLoops++;
          }
        } catch (error) {
          counts.stored.threw++;
          note(`stored ${category} #${i}`, error);
        }

        const used = process.cpuUsage(started);
        const ms = (used.user + used.system) / 1000;
        const wall = performance.now() - startedWall;
        if (wall > counts.slowestWall) counts.slowestWall = wall;
        counts.byCategory[category] = (counts.byCategory[category] ?? 0) + ms;
        if (ms > counts.slowest.ms) counts.slowest = { ms, what: `${category} #${i}` };
      }
    }
    const total = i;
    console.log(
      [
        `progress fuzz: ${total} import mutants and ${total} stored mutants (seed ${SEED})`,
        `  import: accepted ${counts.import.accepted} / refused ${counts.import.refused} / threw ${counts.import.threw}`,
        `  stored: ok ${counts.stored.ok} / salvaged ${counts.stored.salvaged} / newer ${counts.stored.newer} / empty ${counts.stored.empty} / threw ${counts.stored.threw}`,
        `  render: ${counts.render.documents} documents / threw ${counts.render.threw}`,
        `  records lost on merge ${counts.mergeLost}; accepted files refused on re-export ${counts.reexportRefused}; repair loops ${counts.repairLoops}`,
        `  slowest mutant ${counts.slowest.ms.toFixed(0)} ms of CPU (${counts.slowest.what}); slowest by the clock ${counts.slowestWall.toFixed(0)} ms`,
        `  time per kind (ms): ${Object.entries(counts.byCategory)
          .map(([k, v]) => `${k} ${v.toFixed(0)}`)
          .join(', ')}`,
        ...failures.map((f) => `  ! ${f}`),
      ].join('\n'),
    );
    expect(total).toBeGreaterThanOrEqual(2000);
    expect(failures).toEqual([]);
    expect(counts.import.threw + counts.stored.threw + counts.render.threw).toBe(0);
    expect(counts.import.refusedWithoutMessage).toBe(0);
    expect(counts.import.accepted).toBeGreaterThan(0);
    expect(counts.import.refused).toBeGreaterThan(0);
    expect(counts.mergeLost).toBe(0);
    expect(counts.reexportRefused).toBe(0);
    expect(counts.repairLoops).toBe(0);
    expect(counts.slowest.ms).toBeLessThan(1000);
    expect(builtinsSnapshot()).toBe(before);
  }, 600_000);
});
