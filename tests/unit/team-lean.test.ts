/**
 * The team page's read of a file (team/model/files.ts readTeamFile: import.ts checkImport, then the cut-down)
 * against the read it replaced: parseImport, the store's import, then the same cut-down. Whatever the file, both
 * accept or refuse it, with the same code and the same message, and what an accepted file gives the roll-up is the
 * same, key order included. The inputs: the import fixtures, the v1–v4 documents, backups, foreign files, and
 * thousands of random edits of a heavy document. And the pool that reads files on several readers hands the
 * results on in file order, so the engine's state is the state of reading them one by one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heavyDocument } from '../../bench/heavy-year.ts';
import { latestAttempts } from '../../src/assessment/model/calibration.ts';
import { APP_ID, emptyDocument, type ProgressDoc } from '../../src/progress/model/document.ts';
import { buildBackupExport, buildExport } from '../../src/progress/model/export.ts';
import { checkImport, parseImport, utf8Length } from '../../src/progress/model/import.ts';
import { serialisePart } from '../../src/progress/model/stored-write.ts';
import { addResults, newEngineState, viewOf } from '../../src/team/model/engine.ts';
import { readPickedFile, readTeamFile, type TeamFileResult, type TeamMember } from '../../src/team/model/files.ts';
import { readerCount, readInOrder } from '../../src/team/model/pool.ts';
import { mutate as randomEdit, random, type Random } from './random-edits.ts';
import { course, exportText, learner } from './team-fixtures.ts';

const fixtures = join(import.meta.dirname, '../fixtures');

/** The team page's read as it was: the store's parseImport, then the cut-down. */
function oracle(name: string, text: string, size?: number): TeamFileResult {
  const result = parseImport(text, size);
  if (!result.ok) return { ok: false, name, code: result.code, message: result.message };
  const d = result.doc;
  const doc = emptyDocument(d.epoch);
  doc.lessons = d.lessons;
  doc.assessments = d.assessments;
  doc.settings = d.settings;
  for (const a of latestAttempts(Object.values(d.attempts))) doc.attempts[a.id] = a;
  const member: TeamMember = {
    key: doc.settings.seed ? `seed:${doc.settings.seed}` : `file:${name}`,
    displayName: doc.settings.displayName,
    teamCode: doc.settings.teamCode,
    files: [name],
    exportedAt: result.exportedAt,
    fromVersion: result.fromVersion,
    doc,
  };
  return { ok: true, name, member, ...(result.salvaged && { salvaged: result.salvaged }) };
}

/** Both reads of one file, compared as text, so key order counts too. */
function same(text: string, size?: number, context = text.slice(0, 200)): TeamFileResult {
  const lean = readTeamFile('f.json', text, size);
  const old = oracle('f.json', text, size);
  expect(JSON.stringify(lean), context).toBe(JSON.stringify(old));
  return lean;
}

const exportOf = (document: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ app: APP_ID, version: 5, exportedAt: '2026-11-30T09:00:00.000Z', document, ...extra }, null, 2);

const VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  0.5,
  1,
  2,
  3,
  4,
  5,
  1e7,
  Number.MAX_SAFE_INTEGER,
  '',
  'x',
  'a',
  'toString',
  'a b',
  '<b>',
  '小陳',
  ' 小陳',
  'TEAM-1',
  '-team',
  '2026-11-31T08:00:00.000Z',
  '2026-11-30T24:00:00.000Z',
  '2026-02-29T08:00:00.000Z',
  '2028-02-29T08:00:00.000Z',
  '2026-11-30T08:00:00+24:00',
  '2026-11-30T08:00:00.000Z',
  '2027-06-01T08:00:00Z',
  [],
  ['a'],
  ['a', 3],
  {},
  { id: 'x', at: '2026-11-01T00:00:00.000Z' },
  { done: true, at: '2026-11-20T08:00:00.000Z' },
  { earned: 1, possible: 2 },
];
const KEYS = [
  'x',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'a b',
  'role/new',
  'done',
  'id',
  'at',
  'version',
  'missed',
  'confidence',
  'seed',
  'displayName',
  'teamCode',
  'raw',
  'kind',
];

/** One random edit somewhere inside `value`. */
const mutate = (value: unknown, r: Random) =>
  randomEdit(value, r, KEYS, VALUES, { maxDepth: 7, replace: 0.08, add: 0.08, remove: 0.08 });

/** The same records in another key order. */
function shuffled<T>(record: Record<string, T>, r: Random): Record<string, T> {
  const entries = Object.entries(record);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return Object.fromEntries(entries);
}

const COLLECTIONS = ['lessons', 'attempts', 'assessments', 'review', 'drafts', 'quizDrafts', 'visits', 'outbox'];

/**
 * The heavy year (or the first `attempts`, `assessments` and `cards` of it), with drafts, a tool record and an
 * outbox entry as well.
 */
function richDocument(attempts = 2000, assessments = 50, cards = 129): ProgressDoc {
  const doc = heavyDocument();
  doc.attempts = Object.fromEntries(Object.entries(doc.attempts).slice(0, attempts));
  doc.assessments = Object.fromEntries(Object.entries(doc.assessments).slice(0, assessments));
  doc.review = Object.fromEntries(Object.entries(doc.review).slice(0, cards));
  const v4 = JSON.parse(readFileSync(join(fixtures, 'progress/v4.json'), 'utf8')) as Partial<ProgressDoc>;
  return {
    ...doc,
    drafts: { 'self-assessment': { at: '2026-11-20T08:00:00.000Z', answers: { 'item-1': 3 } } },
    quizDrafts: { 'quiz-1': { at: '2026-11-21T08:00:00.000Z', answers: { q1: 'a' }, confidence: { q1: 2 } } },
    visits: v4.visits ?? {},
    outbox: {
      'attempt-1': {
        at: '2026-11-22T08:00:00.000Z',
        statements: [{ id: '8d3f1c1e-4a8b-4d6e-9f0a-1b2c3d4e5f60' }],
        count: 1,
      },
    },
    settings: { askConfidence: true, seed: 'seed-9', displayName: '小陳', teamCode: 'NORTH-1' },
  };
}

/** One random change of the file, as a learner's editor, a sync tool, a bad disk or another program might make it. */
function edit(doc: ProgressDoc, r: Random): string {
  const roll = r.next();
  const copy = structuredClone(doc) as unknown as Record<string, Record<string, unknown>>;
  if (roll < 0.45) return exportOf(mutate(copy, r));
  if (roll < 0.55) {
    // Records in another order (hand-edited, or written by another program).
    for (const name of COLLECTIONS) if (r.next() < 0.5) copy[name] = shuffled(copy[name]!, r);
    return exportOf(copy);
  }
  if (roll < 0.62) {
    // Two attempts alike in quiz, time and id under different keys: which one is kept must not change.
    const attempts = copy['attempts'] as Record<string, { id: string; at: string; score: number }>;
    const keys = Object.keys(attempts);
    const a = attempts[r.pick(keys)]!;
    attempts[r.next() < 0.5 ? `copy-${r.int(5)}` : String(r.int(12))] = { ...a, score: r.pick([0, 0.25, 1]) };
    copy['attempts'] = shuffled(attempts, r);
    return exportOf(copy);
  }
  if (roll < 0.7) {
    // An older version's number on a document: the migrations run over it.
    copy['version'] = r.pick([1, 2, 3, 4, 5, 6, 0, '5']) as never;
    return exportOf(r.next() < 0.5 ? mutate(copy, r) : copy);
  }
  if (roll < 0.78) {
    // A backup: the stored text, sometimes damaged.
    const raw = r.next() < 0.5 ? JSON.stringify(mutate(copy, r)) : JSON.stringify(copy).slice(0, r.int(4000));
    return JSON.stringify(buildBackupExport(raw, '2026-11-29T08:00:00.000Z', new Date('2026-11-30T00:00:00Z')));
  }
  if (roll < 0.84) {
    // The export's own fields.
    return JSON.stringify(
      mutate({ app: APP_ID, version: 5, exportedAt: '2026-11-30T09:00:00.000Z', document: copy }, r),
    );
  }
  // The text itself: cut, a character dropped, changed or added, a forbidden or escaped key slipped in.
  const text = exportOf(copy);
  const at = r.int(text.length);
  const pieces = [
    () => text.slice(0, at),
    () => text.slice(0, at) + text.slice(at + 1),
    () => text.slice(0, at) + r.pick(['"', '{', '}', ',', ':', '1', 'x', '\\']) + text.slice(at + 1),
    () => text.replace('"seed"', r.pick(['"__proto__"', '"constructor"', '"prototype"', '"se\\u0065d"'])),
    () =>
      text.replace('"lessons": {', '"lessons": {\n"\\u0074oString": { "done": true, "at": "2026-11-30T08:00:00Z" },'),
  ];
  return r.pick(pieces)();
}

describe('the team page reads a file as the import does', () => {
  it('gives the same answer on every import fixture and every older version', () => {
    let accepted = 0;
    for (const file of readdirSync(join(fixtures, 'imports'))) {
      const text = readFileSync(join(fixtures, 'imports', file), 'utf8');
      accepted += Number(same(text, undefined, file).ok);
    }
    for (const v of [1, 2, 3, 4]) {
      const stored = readFileSync(join(fixtures, `progress/v${v}.json`), 'utf8');
      const result = same(exportOf(JSON.parse(stored)), undefined, `v${v}`);
      expect(result.ok && result.member.fromVersion, `v${v}`).toBe(v);
      // The same document as a backup of the stored text, and that text cut short.
      same(JSON.stringify(buildBackupExport(stored, '2026-11-29T08:00:00.000Z')), undefined, `v${v} backup`);
      same(JSON.stringify(buildBackupExport(stored.slice(0, 300), '2026-11-29T08:00:00.000Z')), undefined, `v${v} cut`);
    }
    expect(accepted).toBeGreaterThanOrEqual(2);
  });

  it('refuses foreign and broken files with the same code and message', () => {
    const good = exportText(learner({ displayName: '小林' }));
    const split = emptyDocument();
    const texts = [
      '',
      '   \n',
      '{',
      'null',
      '[]',
      '"performance-coach"',
      '{"name":"my-package","version":"1.0.0","dependencies":{}}',
      JSON.stringify({ app: 'another-app', document: {} }),
      JSON.stringify({ app: APP_ID }),
      JSON.stringify({ app: APP_ID, document: [] }),
      JSON.stringify({ app: APP_ID, document: { version: 99 } }),
      JSON.stringify({ app: APP_ID, document: { version: 2.5 } }),
      JSON.stringify({ app: APP_ID, kind: 'backup', raw: '' }),
      JSON.stringify({ app: APP_ID, kind: 'backup', raw: '{"version":9}' }),
      JSON.stringify({ app: APP_ID, kind: 'backup', raw: 'not json' }),
      JSON.stringify({ app: APP_ID, kind: 'backup', raw: JSON.stringify({ meta: serialisePart(split, 'meta') }) }),
      good.replace('"seed"', '"__proto__"'),
      good.replace('"app"', '"\\u0061pp"'),
      good.slice(0, good.length - 3),
    ];
    for (const text of texts) same(text);
    // The size the browser reports decides "too big" before anything is read.
    same(good, 6 * 1024 * 1024, 'too big');
    same(good, utf8Length(good), 'its own size');
  });

  it('reads a heavy year the same, in any key order', () => {
    const r = random(7);
    const doc = richDocument();
    const result = same(JSON.stringify(buildExport(doc), null, 2));
    expect(result.ok).toBe(true);
    const copy = structuredClone(doc) as unknown as Record<string, Record<string, unknown>>;
    for (const name of COLLECTIONS) copy[name] = shuffled(copy[name]!, r);
    same(exportOf(copy), undefined, 'shuffled');
  });

  it('of attempts alike in quiz, time and id, keeps the one a sorted document keeps, under number-like keys too', () => {
    const doc = richDocument(10, 1, 1);
    const a = Object.values(doc.attempts)[0]!;
    for (const keys of [
      ['9', '10'],
      ['10', '9'],
      ['0a', '5'],
      ['5', '0a', 'b'],
      ['b', 'a'],
    ]) {
      const attempts: Record<string, unknown> = {};
      keys.forEach((k, i) => (attempts[k] = { ...a, score: i / keys.length }));
      const result = same(exportOf({ ...doc, attempts }), undefined, keys.join(' '));
      expect(result.ok, keys.join(' ')).toBe(true);
    }
  });

  it('on 1,500 random edits of a heavy document: the same acceptance, reason and cut-down', () => {
    const r = random(20261202);
    const doc = richDocument(50, 4, 20);
    const codes = new Map<string, number>();
    for (let i = 0; i < 1500; i++) {
      const text = edit(doc, r);
      const result = same(text, r.next() < 0.1 ? utf8Length(text) : undefined, `edit ${i}: ${text.slice(0, 300)}`);
      const code = result.ok ? (result.salvaged ? 'salvaged' : 'ok') : result.code;
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    // Both sides of the line, and each kind of refusal, are exercised.
    for (const code of [
      'ok',
      'salvaged',
      'invalid',
      'not-json',
      'not-ours',
      'forbidden-key',
      'no-version',
      'newer-version',
    ])
      expect(codes.get(code) ?? 0, `${code} in ${JSON.stringify([...codes])}`).toBeGreaterThan(10);
  });

  it('on random edits of the whole heavy year too', () => {
    const r = random(4);
    const doc = richDocument();
    for (let i = 0; i < 25; i++) same(edit(doc, r), undefined, `heavy edit ${i}`);
  });

  it('refuses files unread that are not .json or too big, as the page did', async () => {
    const good = exportText(learner({ displayName: '小林' }));
    let reads = 0;
    const text = async () => {
      reads++;
      return good;
    };
    expect(await readPickedFile('notes.txt', 10, text, '略過')).toEqual({
      ok: false,
      name: 'notes.txt',
      code: 'not-json',
      message: '略過',
    });
    const big = await readPickedFile('big.json', 6 * 1024 * 1024, text, '略過');
    expect(big.ok || big.code).toBe('too-big');
    expect(reads).toBe(0);
    expect((await readPickedFile('good.JSON', utf8Length(good), text, '略過')).ok).toBe(true);
    expect(reads).toBe(1);
  });

  it('checkImport gives the document as the file has it; parseImport puts it in key order', () => {
    const doc = richDocument(30);
    const copy = { ...doc, attempts: shuffled(doc.attempts, random(3)) };
    const text = exportOf(copy);
    const checked = checkImport(text);
    const parsed = parseImport(text);
    expect(checked.ok && Object.keys(checked.doc.attempts)).toEqual(Object.keys(copy.attempts));
    expect(parsed.ok && Object.keys(parsed.doc.attempts)).toEqual(Object.keys(copy.attempts).sort());
    expect(parsed.ok && checked.ok && parsed.doc).toEqual(checked.ok && checked.doc);
  });
});

describe('reading on several readers', () => {
  it('uses every core up to four, and at least one reader', () => {
    expect(readerCount(undefined)).toBe(1);
    expect(readerCount(0)).toBe(1);
    expect(readerCount(1)).toBe(1);
    expect(readerCount(2)).toBe(2);
    expect(readerCount(16)).toBe(4);
    expect(readerCount(Number.NaN)).toBe(1);
  });

  it('hands the results on in file order whatever order they finish in, with a true count of files done', async () => {
    const r = random(11);
    const delays = Array.from({ length: 40 }, () => r.int(8));
    const order: number[] = [];
    const done: number[] = [];
    const busy = new Set<number>();
    let most = 0;
    await readInOrder(
      40,
      3,
      async (i, reader) => {
        expect(busy.has(reader), 'a reader is given one file at a time').toBe(false);
        busy.add(reader);
        most = Math.max(most, busy.size);
        await new Promise((resolve) => setTimeout(resolve, delays[i]));
        busy.delete(reader);
        return i * 10;
      },
      (i, result) => {
        expect(result).toBe(i * 10);
        order.push(i);
      },
      (n) => done.push(n),
    );
    expect(order).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(done).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(most).toBe(3);
  });

  it('stops at a read that fails, finishes the files in hand and passes the error on', async () => {
    const started: number[] = [];
    const handed: number[] = [];
    const run = readInOrder(
      20,
      2,
      async (i) => {
        started.push(i);
        await new Promise((resolve) => setTimeout(resolve, i === 3 ? 1 : 5));
        if (i === 3) throw new Error('the browser could not read the file');
        return i;
      },
      (i) => handed.push(i),
    );
    await expect(run).rejects.toThrow('could not read');
    expect(started.length).toBeLessThan(20);
    expect(handed).toEqual([0, 1, 2]);
  });

  it('reading on a pool gives the engine the state of reading the files one by one', async () => {
    const doc = (seed: string, name?: string) =>
      exportText(
        learner(
          { seed, ...(name && { displayName: name }) },
          { lessons: { 'm1/l1': { done: true, at: '2026-11-0' + (seed.length % 9) + 'T08:00:00.000Z' } } },
        ),
      );
    const files: [string, string][] = [
      ['a.json', doc('s1', '小陳')],
      ['b.json', '{'],
      ['c.json', doc('s2', '小林')],
      ['a.json', doc('s3')],
      ['d.json', doc('s1', '小陳二')],
      ['e.json', exportOf(JSON.parse(readFileSync(join(fixtures, 'progress/v2.json'), 'utf8')))],
      ['f.json', doc('s4')],
    ];
    let sequential = newEngineState();
    for (const [name, text] of files) sequential = addResults(sequential, [readTeamFile(name, text)], 'dup').state;
    for (const readers of [1, 2, 4]) {
      let pooled = newEngineState();
      await readInOrder(
        files.length,
        readers,
        async (i) => {
          await new Promise((resolve) => setTimeout(resolve, (files.length - i) * 2));
          return readTeamFile(files[i]![0], files[i]![1]);
        },
        (_, result) => {
          pooled = addResults(pooled, [result], 'dup').state;
        },
      );
      const now = new Date('2026-12-01T00:00:00Z');
      expect(viewOf({ ...pooled, course }, now)).toEqual(viewOf({ ...sequential, course }, now));
      expect(pooled.files.refused.map((f) => f.name)).toEqual(['b.json', 'a.json']);
    }
  });
});
