import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerKey } from '../../src/authoring/model/answer-key.ts';
import { buildCourseMap, freeOrders, mapModules, mapSkills, MINIMUMS } from '../../src/authoring/model/course-map.ts';
import { readContentFiles } from '../../src/content-model/build/load.ts';
import { validateContent } from '../../src/content-model/model/validate.ts';
import type { Question } from '../../src/course/model/schemas.ts';

describe('free order numbers', () => {
  it.each<[number[], number[], number]>([
    [[], [], 1],
    [[1, 2, 3], [], 4],
    [[3, 1], [2], 4],
    [[2, 5, 5], [1, 3, 4], 6],
  ])('orders %j leave gaps %j and next %i', (used, gaps, next) => {
    expect(freeOrders(used)).toEqual({ gaps, next });
  });
});

const lessons = [
  { id: 'role/b', module: 'role', order: 3, title: '乙', skills: ['dual-role'] },
  { id: 'role/a', module: 'role', order: 1, title: '甲', skills: ['dual-role', 'visit'] },
  { id: 'practice/c', module: 'practice', order: 1, title: '丙', skills: ['visit'] },
];
const modules = [
  { id: 'practice', title: '實務', order: 2 },
  { id: 'role', title: '角色', order: 1 },
  { id: 'empty', title: '空的', order: 3 },
];

describe('course map', () => {
  it('lists modules in order with their lessons in order, gaps and the next order', () => {
    expect(mapModules(modules, lessons).map((m) => [m.id, m.lessons.map((l) => l.id), m.gaps, m.nextOrder])).toEqual([
      ['role', ['role/a', 'role/b'], [2], 4],
      ['practice', ['practice/c'], [], 2],
      ['empty', [], [], 1],
    ]);
  });

  it('counts lessons, questions and items per skill and flags the ones below the minimums', () => {
    const rows = mapSkills({
      lessons,
      skills: [
        { id: 'dual-role', title: '雙重角色', factor: 'mindset' },
        { id: 'visit', title: '拜訪', factor: 'market' },
        { id: 'unused', title: '沒用到', factor: 'ability' },
      ],
      quizzes: [
        { id: 'q1', questions: [{ skill: 'dual-role' }, { skill: 'dual-role' }, { skill: 'visit' }] },
        { id: 'q2', questions: [{ skill: 'dual-role' }, { skill: 'dual-role' }] },
      ],
      items: [{ skill: 'dual-role' }, { skill: 'dual-role' }, { skill: 'dual-role' }, { skill: 'visit' }],
    });
    expect(rows.map((r) => [r.id, r.lessons, r.questions, r.items, r.questionsBelow, r.itemsBelow])).toEqual([
      ['dual-role', 2, 4, 3, false, false],
      ['visit', 2, 1, 1, true, true],
      ['unused', 0, 0, 0, true, true],
    ]);
  });

  it('uses the course minimums of 4 questions and 3 items', () => {
    expect(MINIMUMS).toEqual({ questions: 4, items: 3 });
  });

  it('maps the real course: every lesson once, every skill counted', () => {
    const result = validateContent(readContentFiles(join(import.meta.dirname, '../..')));
    if (!result.ok) throw new Error('the course does not pass the content checks');
    const c = result.content;
    const map = buildCourseMap({
      modules: c.modules,
      lessons: c.lessons.map((l) => ({ id: l.id, ...l.meta })),
      skills: c.framework.skills,
      quizzes: c.quizzes.map((q) => ({ id: q.id, questions: q.quiz.questions })),
      items: c.assessments.flatMap((a) => a.assessment.items),
    });
    expect(map.modules.flatMap((m) => m.lessons).length).toBe(c.lessons.length);
    expect(map.skills.reduce((n, s) => n + s.questions, 0)).toBe(
      c.quizzes.reduce((n, q) => n + q.quiz.questions.length, 0),
    );
    expect(map.belowMinimum).toBe(map.skills.filter((s) => s.questionsBelow || s.itemsBelow).length);
  });
});

const base = { skill: 'dual-role', prompt: '題目', explanation: '解說' };
describe('answer key', () => {
  it.each<[string, Question, unknown[]]>([
    [
      'single',
      {
        ...base,
        id: 'q1',
        type: 'single',
        options: [
          { id: 'a', text: '對的', correct: true, feedback: '對' },
          { id: 'b', text: '錯的', feedback: '錯' },
        ],
      },
      [
        { id: 'a', text: '對的', mark: 'correct', feedback: '對' },
        { id: 'b', text: '錯的', mark: 'wrong', feedback: '錯' },
      ],
    ],
    [
      'scenario',
      {
        ...base,
        id: 'q2',
        type: 'scenario',
        options: [
          { id: 'a', text: '好', score: 2, feedback: '最好' },
          { id: 'b', text: '普通', score: 1, feedback: '可以' },
          { id: 'c', text: '差', score: 0, feedback: '不好' },
        ],
      },
      [
        { id: 'a', text: '好', mark: 'best', feedback: '最好' },
        { id: 'b', text: '普通', mark: 'acceptable', feedback: '可以' },
        { id: 'c', text: '差', mark: 'poor', feedback: '不好' },
      ],
    ],
    [
      'order',
      {
        ...base,
        id: 'q3',
        type: 'order',
        items: [
          { id: 's1', text: '先' },
          { id: 's2', text: '後' },
        ],
      },
      [
        { id: 's1', text: '先', mark: 'step', position: 1 },
        { id: 's2', text: '後', mark: 'step', position: 2 },
      ],
    ],
    [
      'match',
      {
        ...base,
        id: 'q4',
        type: 'match',
        pairs: [
          { id: 'p1', left: '左一', right: '右一' },
          { id: 'p2', left: '左二', right: '右二' },
        ],
      },
      [
        { id: 'p1', text: '左一', answer: '右一', mark: 'pair' },
        { id: 'p2', text: '左二', answer: '右二', mark: 'pair' },
      ],
    ],
  ])('marks a %s question', (_type, question, rows) => {
    expect(answerKey(question)).toEqual(rows);
  });
});
