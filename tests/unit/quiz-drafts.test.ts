import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_VERSION, emptyDocument, type Attempt, type ProgressDoc } from '../../src/progress/model/document.ts';
import { storedDoc } from './progress-storage.ts';
import { memoryEngine } from '../../src/progress/browser/engine.ts';
import { parseImport, previewImport } from '../../src/progress/model/import.ts';
import { buildExport } from '../../src/progress/model/export.ts';
import { mergeDocuments } from '../../src/progress/model/merge.ts';
import { migrate } from '../../src/progress/model/migrate.ts';
import { readStored, salvage } from '../../src/progress/model/read.ts';
import {
  $progress,
  clearQuizDraft,
  ensureLearnerSeed,
  recordAttempt,
  saveQuizDraft,
  startProgress,
  stopProgress,
} from '../../src/progress/store.ts';
import type { Question } from '../../src/course/model/schemas.ts';
import { resumableDraft } from '../../src/quiz/model/session.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/progress', name), 'utf8');
const t0 = new Date('2026-11-01T08:00:00.000Z');
const t1 = new Date('2026-11-01T08:05:00.000Z');
const t2 = new Date('2026-11-01T08:10:00.000Z');
const questions = ['q1', 'q2', 'q3'].map((id): Question => ({
  id,
  type: 'single',
  skill: 's',
  prompt: id,
  explanation: '',
  options: [
    { id: 'a', text: 'a', correct: true, feedback: '' },
    { id: 'b', text: 'b', feedback: '' },
  ],
}));
const attempt = (at: Date): Attempt => ({
  id: `role-win-win-${at.getTime()}`,
  quiz: 'role-win-win',
  at: at.toISOString(),
  answers: { q1: 'a' },
  scores: { q1: 1 },
  skills: { s: { earned: 1, possible: 1 } },
  score: 1,
});

afterEach(() => stopProgress());

describe('the v3 document: quiz drafts', () => {
  it('migrates a v2 document with an empty quizDrafts, keeping everything else', () => {
    const v2 = JSON.parse(fixture('v2.json'));
    const result = migrate(v2);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc['version']).toBe(CURRENT_VERSION);
    expect(result.doc['quizDrafts']).toEqual({});
    const read = readStored(fixture('v2.json'));
    expect(read.kind).toBe('ok');
    if (read.kind === 'ok') expect(read.migratedFrom).toBe(2);
    expect(read.doc.attempts).toEqual(v2.attempts);
    expect(read.doc.review).toEqual(v2.review);
  });
  it('reads a v3 document with drafts and a learner seed, keeping both', () => {
    const read = readStored(fixture('v3.json'));
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.migratedFrom).toBe(3);
    expect(read.doc.quizDrafts['role-win-win']?.answers['q3']).toEqual(['s2', 's1', 's3']);
    expect(read.doc.settings.seed).toBe('learner-7f3a');
  });
  it('exports, imports and previews quiz drafts like the other collections', () => {
    const doc = readStored(fixture('v3.json')).doc;
    const again = parseImport(JSON.stringify(buildExport(doc)));
    expect(again.ok && again.doc).toEqual(doc);
    expect(previewImport(emptyDocument(), doc).added.quizDrafts).toBe(1);
  });
  it('merges drafts record by record, the later one winning', () => {
    const doc = readStored(fixture('v3.json')).doc;
    const older = {
      ...emptyDocument(),
      quizDrafts: { 'role-win-win': { at: '2026-10-01T00:00:00.000Z', answers: {} } },
    };
    expect(mergeDocuments(older, doc).quizDrafts).toEqual(doc.quizDrafts);
    expect(mergeDocuments(doc, older).quizDrafts).toEqual(doc.quizDrafts);
  });
  it('salvages good drafts and drops a broken one', () => {
    const data = JSON.parse(fixture('v3.json'));
    data.quizDrafts['bad'] = { at: 'yesterday', answers: {} };
    data.lessons = 'not an object';
    const { doc, dropped } = salvage(data);
    expect(Object.keys(doc.quizDrafts)).toEqual(['role-win-win']);
    expect(dropped).toBeGreaterThanOrEqual(2);
  });
  it('refuses a draft with a malformed answer on import', () => {
    const data = JSON.parse(fixture('v3.json'));
    data.quizDrafts['role-win-win'].answers.q1 = 42;
    const result = parseImport(JSON.stringify({ app: 'performance-coach', version: 3, document: data }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('quizDrafts');
  });
});

describe('draft store actions', () => {
  it('saves a draft, keeps it in storage, and a submit clears it', () => {
    const engine = memoryEngine();
    startProgress(engine);
    saveQuizDraft('role-win-win', { q1: 'b' }, { q1: 2 }, t0);
    saveQuizDraft('role-win-win', { q1: 'b', q2: 'a' }, {}, t1);
    const stored = storedDoc(engine);
    expect(stored.quizDrafts['role-win-win']).toEqual({ at: t1.toISOString(), answers: { q1: 'b', q2: 'a' } });
    recordAttempt(attempt(t2));
    expect($progress.get().quizDrafts).toEqual({});
    expect($progress.get().attempts[`role-win-win-${t2.getTime()}`]).toBeDefined();
  });
  it('clears a draft on request, and clearing none changes nothing', () => {
    startProgress(memoryEngine());
    saveQuizDraft('a-quiz', { q1: 'a' }, undefined, t0);
    clearQuizDraft('a-quiz');
    clearQuizDraft('toString');
    expect($progress.get().quizDrafts).toEqual({});
  });
  it('makes the learner seed once and keeps it', () => {
    const engine = memoryEngine();
    startProgress(engine);
    ensureLearnerSeed(t0);
    const seed = $progress.get().settings.seed;
    expect(seed).toMatch(/^[A-Za-z0-9-]+$/);
    ensureLearnerSeed(t1);
    expect($progress.get().settings.seed).toBe(seed);
    stopProgress();
    startProgress(engine);
    expect($progress.get().settings.seed).toBe(seed);
  });
});

describe('which draft is resumed', () => {
  const withDraft = (at: Date, attempts: Attempt[] = []): ProgressDoc => ({
    ...emptyDocument(),
    attempts: Object.fromEntries(attempts.map((a) => [a.id, a])),
    quizDrafts: { 'role-win-win': { at: at.toISOString(), answers: { q1: 'b', gone: 'a' }, confidence: { q1: 3 } } },
  });
  it('resumes a draft newer than the last attempt, without answers to questions the quiz no longer has', () => {
    expect(resumableDraft(withDraft(t1, [attempt(t0)]), 'role-win-win', questions)).toEqual({
      answers: { q1: 'b' },
      confidence: { q1: 3 },
    });
  });
  it('ignores a draft from before the last submit (brought back by another tab)', () => {
    expect(resumableDraft(withDraft(t0, [attempt(t1)]), 'role-win-win', questions)).toBeUndefined();
  });
  it('has nothing to resume for another quiz or an inherited name', () => {
    expect(resumableDraft(withDraft(t1), 'other', questions)).toBeUndefined();
    expect(resumableDraft(withDraft(t1), 'constructor', questions)).toBeUndefined();
  });
});
