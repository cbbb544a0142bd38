/** A small course and learners for the team model tests. */
import type { Attempt, ProgressDoc } from '../../src/progress/model/document.ts';
import { emptyDocument } from '../../src/progress/model/document.ts';
import { buildExport } from '../../src/progress/model/export.ts';
import type { TeamCourse } from '../../src/team/model/course.ts';

export const course: TeamCourse = {
  modules: [
    { id: 'm1', title: '模組一', lessons: ['m1/l1', 'm1/l2'] },
    { id: 'm2', title: '模組二', lessons: ['m2/l3'] },
  ],
  assessment: {
    instrument: {
      id: 'self-assessment',
      title: '自評',
      items: 3,
      range: { min: 1, max: 5 },
      itemSkills: { i1: 'know', i2: 'mind', i3: 'market' },
    },
    framework: {
      factors: [
        { id: 'ability', title: '能力' },
        { id: 'mindset', title: '心態' },
        { id: 'market', title: '市場' },
      ],
      skills: [
        { id: 'know', factor: 'ability', title: '產品知識', target: 4 },
        { id: 'mind', factor: 'mindset', title: '成功心態', target: 3 },
        { id: 'market', factor: 'market', title: '市場調查', target: 4 },
      ],
    },
    lessons: [
      { id: 'm1/l1', title: '第一課', href: '/lessons/m1/l1/', minutes: 8, skills: ['know'], quiz: 'qa' },
      { id: 'm1/l2', title: '第二課', href: '/lessons/m1/l2/', minutes: 8, skills: ['mind'] },
      { id: 'm2/l3', title: '第三課', href: '/lessons/m2/l3/', minutes: 8, skills: ['market'], quiz: 'qk' },
    ],
    questionSkills: {
      qa: { q1: 'know', q2: 'know', q3: 'know', q4: 'know', q5: 'know' },
      qk: { k1: 'market' },
    },
  },
  quizzes: [
    {
      id: 'qa',
      title: '產品測驗',
      questions: [
        {
          id: 'q1',
          type: 'single',
          skill: 'know',
          prompt: '第一題',
          options: [
            { id: 'a', text: '對的', correct: true },
            { id: 'b', text: '常見的錯' },
            { id: 'c', text: '少見的錯' },
          ],
        },
        {
          id: 'q2',
          type: 'multiple',
          skill: 'know',
          prompt: '第二題',
          options: [
            { id: 'a', text: '甲', correct: true },
            { id: 'b', text: '乙', correct: true },
            { id: 'c', text: '丙' },
          ],
        },
        {
          id: 'q3',
          type: 'order',
          skill: 'know',
          prompt: '第三題',
          items: [
            { id: 's1', text: '先' },
            { id: 's2', text: '中' },
            { id: 's3', text: '後' },
          ],
        },
        {
          id: 'q4',
          type: 'match',
          skill: 'know',
          prompt: '第四題',
          pairs: [
            { id: 'p1', left: '左一', right: '右一' },
            { id: 'p2', left: '左二', right: '右二' },
          ],
        },
        {
          id: 'q5',
          type: 'truefalse',
          skill: 'know',
          prompt: '第五題',
          options: [
            { id: 'true', text: '對', correct: true },
            { id: 'false', text: '錯' },
          ],
        },
      ],
    },
    {
      id: 'qk',
      title: '市場測驗',
      questions: [
        {
          id: 'k1',
          type: 'scenario',
          skill: 'market',
          prompt: '情境',
          options: [
            { id: 'best', text: '最好', score: 2 },
            { id: 'ok', text: '可以', score: 1 },
            { id: 'poor', text: '不好', score: 0 },
          ],
        },
      ],
    },
  ],
};

/** An attempt at quiz `quiz` with these credits and answers (skills summed from the credits). */
export function attemptOf(
  id: string,
  quiz: string,
  at: string,
  scores: Record<string, number>,
  answers: Attempt['answers'] = {},
  confidence?: Attempt['confidence'],
): Attempt {
  const skill = quiz === 'qa' ? 'know' : 'market';
  const earned = Object.values(scores).reduce((a, b) => a + b, 0);
  const possible = Object.keys(scores).length;
  return {
    id,
    quiz,
    at,
    answers,
    ...(confidence && { confidence }),
    scores,
    skills: { [skill]: { earned, possible } },
    score: possible ? earned / possible : 0,
  };
}

/** A learner's document. */
export function learner(
  settings: Partial<ProgressDoc['settings']>,
  parts: Partial<Omit<ProgressDoc, 'settings'>> = {},
): ProgressDoc {
  const doc = emptyDocument();
  return { ...doc, ...parts, settings: { ...doc.settings, ...settings } };
}

/** The text of an export file of `doc`. */
export const exportText = (doc: ProgressDoc) =>
  JSON.stringify(buildExport(doc, new Date('2026-11-30T09:00:00.000Z')), null, 2);
