/**
 * The course-wide guards on the real course in content/: quiz cueing, reading-free
 * strategies, answer balance, transfer and coverage, and the glossary's house style.
 * Each failure is one line per problem, worded for the trainer who fixes it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseFigures, courseGuardMessages, readGlossary } from '../../src/content-model/model/course-guards.ts';
import { readContentFiles } from '../../src/content-model/build/load.ts';
import { formatProblem } from '../../src/content-model/model/problems.ts';
import {
  coverageProblems,
  keyLengthProblems,
  kindProblems,
  multipleProblems,
  strategyProblems,
  trueFalseProblems,
} from '../../src/content-model/model/quiz-guards.ts';
import { textProblemsByRule } from '../../src/content-model/model/text-guards.ts';
import { validateContent } from '../../src/content-model/model/validate.ts';

const root = join(import.meta.dirname, '../..');
const files = readContentFiles(root);
const result = validateContent(files);
if (!result.ok)
  throw new Error(`content/ does not pass the content check:\n${result.problems.map(formatProblem).join('\n')}`);
const content = result.content;
const figures = courseFigures(content);
const glossary = readGlossary(files);
const text = textProblemsByRule(files, glossary.entries);
const lines = (problems: Parameters<typeof formatProblem>[0][]) => problems.map(formatProblem);

describe('quizzes across the course', () => {
  it('do not give the answer away by its length (single and scenario)', () => {
    expect(lines(keyLengthProblems(figures.keyLength))).toEqual([]);
  });

  it('cannot be passed by always picking the first option', () => {
    expect(lines(strategyProblems('first', figures.first))).toEqual([]);
  });

  it('cannot be passed by always picking the longest option', () => {
    expect(lines(strategyProblems('longest', figures.longest))).toEqual([]);
  });

  it('balance true and false answers', () => {
    expect(lines(trueFalseProblems(figures.trueFalse))).toEqual([]);
  });

  it('vary the number of right options in multiple-choice questions', () => {
    expect(lines(multipleProblems(figures.multiple))).toEqual([]);
  });

  it('tag every question apply or recall, with at least half apply in every quiz', () => {
    expect(lines(kindProblems(figures.kinds))).toEqual([]);
  });

  it('give every skill at least 4 questions and 3 self-assessment items', () => {
    expect(lines(coverageProblems(figures.coverage))).toEqual([]);
  });
});

describe('house style in lessons, quizzes, the self-assessment and the framework', () => {
  it('can read the glossary', () => {
    expect(lines(glossary.problems)).toEqual([]);
    expect(glossary.entries.some((e) => (e.avoid ?? []).length > 0)).toBe(true);
  });

  it('uses none of the variants the glossary avoids', () => {
    expect(lines(text.variants)).toEqual([]);
  });

  it('uses full-width punctuation next to Chinese', () => {
    expect(lines(text.punctuation)).toEqual([]);
  });

  it('puts one space between a number and Chinese, none before %', () => {
    expect(lines(text.spacing)).toEqual([]);
  });
});

describe('courseGuardMessages', () => {
  it('returns every problem the guards above report, one line each', () => {
    const all = courseGuardMessages(content, files);
    const expected = [
      ...keyLengthProblems(figures.keyLength),
      ...strategyProblems('first', figures.first),
      ...strategyProblems('longest', figures.longest),
      ...trueFalseProblems(figures.trueFalse),
      ...multipleProblems(figures.multiple),
      ...kindProblems(figures.kinds),
      ...coverageProblems(figures.coverage),
      ...glossary.problems,
      ...text.variants,
      ...text.punctuation,
      ...text.spacing,
    ].map(formatProblem);
    expect(all).toEqual(expected);
  });
});
