import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/course/model/schemas.ts';
import { continueFrom, continueWhere } from '../../src/lessons/model/order.ts';
import { countAnswered, isAnswered, unansweredQuestions } from '../../src/question/model/answered.ts';
import { feedbackLines, quote, stripVerdict } from '../../src/question/model/feedback.ts';
import { layoutQuestion, seedFor } from '../../src/question/model/layout.ts';
import { scoreQuestion, scoreQuiz } from '../../src/question/model/scoring.ts';
import { missedQuestionIds } from '../../src/quiz/model/after-attempt.ts';

const base = { skill: 'dual-role', explanation: '解析' };
const single: Question = {
  ...base,
  id: 'q1',
  type: 'single',
  prompt: '單選',
  options: [
    { id: 'a', text: '目前的庫存量', correct: true, feedback: '對。庫存決定下一次要進多少貨。' },
    { id: 'b', text: '「隔壁那家都這樣做，你也學學。」', feedback: '錯。比較會讓店主反感。' },
    { id: 'c', text: '客人說「太貴」', feedback: '這只是一句抱怨。' },
    { id: 'd', text: '天氣', feedback: '無關。' },
  ],
};
const multiple: Question = {
  ...base,
  id: 'q2',
  type: 'multiple',
  prompt: '複選',
  options: [
    { id: 'a', text: '目前的庫存量', correct: true, feedback: '對。庫存決定進貨。' },
    { id: 'b', text: '資金', correct: true, feedback: '正確。資金決定能進多少。' },
    { id: 'c', text: '店主的星座', feedback: '不對。和經營無關。' },
  ],
};
const order: Question = {
  ...base,
  id: 'q3',
  type: 'order',
  prompt: '排序',
  items: ['s1', 's2', 's3', 's4'].map((id) => ({ id, text: id })),
};
const match: Question = {
  ...base,
  id: 'q4',
  type: 'match',
  prompt: '配對',
  pairs: [
    { id: 'p1', left: '滯銷', right: '「少進、調陳列」' },
    { id: 'p2', left: '暢銷', right: '穩定供貨' },
  ],
};

describe('shuffling is seeded per learner and attempt', () => {
  it('gives the same order for the same learner, quiz, question and attempt (stable on reload)', () => {
    expect(layoutQuestion('quiz', single, 0, 'learner-a')).toEqual(layoutQuestion('quiz', single, 0, 'learner-a'));
  });
  it('differs between learners and between attempts for some seeds, the first view included', () => {
    const learners = Array.from({ length: 12 }, (_, i) => layoutQuestion('quiz', single, 0, `l${i}`).options.join(''));
    expect(new Set(learners).size).toBeGreaterThan(3);
    expect(learners.filter((o) => o.startsWith('a')).length).toBeLessThan(learners.length);
    const attempts = Array.from({ length: 6 }, (_, n) => layoutQuestion('quiz', single, n, 'l0').options.join(''));
    expect(new Set(attempts).size).toBeGreaterThan(1);
  });
  it('keeps every option exactly once and true/false in its natural order', () => {
    expect([...layoutQuestion('quiz', single, 3, 'x').options].sort()).toEqual(['a', 'b', 'c', 'd']);
    const tf: Question = {
      ...base,
      id: 't',
      type: 'truefalse',
      prompt: '是非',
      options: [
        { id: 'true', text: '對', feedback: '' },
        { id: 'false', text: '錯', correct: true, feedback: '' },
      ],
    };
    expect(layoutQuestion('quiz', tf, 0, 'x').options).toEqual(['true', 'false']);
  });
  it('puts the learner seed in front of the old seed, and leaves the old seed without one', () => {
    expect(seedFor('quiz', 'q1', 2, 'options', 'me')).toBe('me/quiz/q1/2/options');
    expect(seedFor('quiz', 'q1', 2, 'options')).toBe('quiz/q1/2/options');
  });
  it('never starts an order question in its answer order', () => {
    for (let i = 0; i < 100; i++)
      expect(layoutQuestion('quiz', order, 0, `l${i}`).items).not.toEqual(['s1', 's2', 's3', 's4']);
  });
});

describe('what counts as answered', () => {
  it.each([
    ['nothing', undefined, false],
    ['an option', 'a', true],
    ['no ticks', [], false],
    ['a tick', ['a'], true],
    ['only blank matches', { p1: '' }, false],
    ['a match', { p1: 'p2' }, true],
  ] as const)('%s → %s', (_, answer, expected) => {
    expect(isAnswered(answer as never)).toBe(expected);
  });
  it('counts an untouched order question as unanswered, and a moved or confirmed one as answered', () => {
    const qs = [single, order];
    expect(countAnswered(qs, {})).toBe(0);
    expect(countAnswered(qs, { q1: 'a' })).toBe(1);
    expect(countAnswered(qs, { q1: 'a', q3: ['s2', 's1', 's3', 's4'] })).toBe(2);
    expect(unansweredQuestions(qs, { q1: 'a' }).map((q) => q.id)).toEqual(['q3']);
    expect(countAnswered(qs, Object.create({ q1: 'a' }) as Record<string, never>)).toBe(0);
  });
  it('scores an untouched order question as unanswered, with no credit for the starting order', () => {
    expect(scoreQuestion(order, undefined)).toEqual({ credit: 0, verdict: 'unanswered' });
    expect(scoreQuiz({ title: 't', questions: [single, order] }, { q1: 'a' }).score).toBe(0.5);
  });
});

describe('feedback composition', () => {
  const text = (lines: ReturnType<typeof feedbackLines>) =>
    lines.map((l) => `${l.key}|${Object.values(l.vars).join('|')}|${l.detail}`);
  it('drops a verdict word the line already states, and never doubles quotes', () => {
    expect(stripVerdict('對。庫存決定進貨。')).toBe('庫存決定進貨。');
    expect(stripVerdict('正確。資金')).toBe('資金');
    expect(stripVerdict('方向對，但太慢。')).toBe('方向對，但太慢。');
    expect(stripVerdict('對。')).toBe('對。');
    expect(quote('目前的庫存量')).toBe('「目前的庫存量」');
    expect(quote('「隔壁那家都這樣做，你也學學。」')).toBe('「隔壁那家都這樣做，你也學學。」');
    expect(quote('客人說「太貴」')).toBe('「客人說『太貴』」');
    expect(quote('「太貴」和「太慢」')).toBe('「『太貴』和『太慢』」');
  });
  it('tells a missed correct option without saying 「對。」 after 「✗ 漏選」', () => {
    expect(text(feedbackLines(multiple, ['c']))).toEqual([
      'quiz.feedback.missed|「目前的庫存量」|庫存決定進貨。',
      'quiz.feedback.missed|「資金」|資金決定能進多少。',
      'quiz.feedback.wrongPick|「店主的星座」|和經營無關。',
    ]);
  });
  it('on an unanswered multiple-choice question lists only the right options, not 「✓ 沒選…是對的」', () => {
    const lines = feedbackLines(multiple, undefined);
    expect(lines.map((l) => l.key)).toEqual(['quiz.feedback.correct', 'quiz.feedback.correct']);
    expect(feedbackLines(multiple, []).map((l) => l.key)).not.toContain('quiz.feedback.rightSkip');
  });
  it('names the chosen option and the right one for a single choice, each quoted once', () => {
    expect(text(feedbackLines(single, 'b'))).toEqual([
      'quiz.feedback.chosen|「隔壁那家都這樣做，你也學學。」|比較會讓店主反感。',
      'quiz.feedback.correct|「目前的庫存量」|庫存決定下一次要進多少貨。',
    ]);
    expect(text(feedbackLines(single, 'a'))).toEqual([
      'quiz.feedback.chosen|「目前的庫存量」|庫存決定下一次要進多少貨。',
    ]);
  });
  it('marks each pair right or wrong, quoting the right side once', () => {
    expect(text(feedbackLines(match, { p1: 'p1', p2: 'p1' }))).toEqual([
      'quiz.feedback.pairOk|滯銷|「少進、調陳列」|',
      'quiz.feedback.pairWrong|暢銷|「穩定供貨」|',
    ]);
  });
});

describe('the summary and retrying the missed questions', () => {
  it('lists the questions not fully right, in quiz order', () => {
    const quiz = { title: 't', questions: [single, multiple, order] };
    const score = scoreQuiz(quiz, { q1: 'a', q2: ['a'] });
    expect(missedQuestionIds(quiz.questions, score.results)).toEqual(['q2', 'q3']);
    expect(missedQuestionIds([single], {})).toEqual([]);
  });
});

describe('continue where you stopped', () => {
  const lessons = ['a', 'b', 'c'].map((id, i) => ({ id, module: 'm', order: i + 1, title: id, minutes: 5 }));
  it('resumes the lesson whose quiz was submitted last, even before it is marked done', () => {
    const done = new Map([['a', '2026-11-01T08:00:00.000Z']]);
    const activity = new Map([['c', '2026-11-02T08:00:00.000Z']]);
    expect(continueWhere(lessons, done, activity)).toEqual({ lesson: lessons[2], resume: true });
  });
  it('goes on to the next lesson when the latest activity is a lesson marked done', () => {
    const done = new Map([['b', '2026-11-03T08:00:00.000Z']]);
    const activity = new Map([['b', '2026-11-02T08:00:00.000Z']]);
    expect(continueWhere(lessons, done, activity)).toEqual({ lesson: lessons[2], resume: false });
    expect(continueFrom(lessons, done)).toBe(lessons[2]);
  });
  it('starts at the first lesson with no activity, and says nothing when all are done', () => {
    expect(continueWhere(lessons, new Map())).toEqual({ lesson: lessons[0], resume: false });
    const all = new Map(lessons.map((l) => [l.id, '2026-11-01T00:00:00.000Z']));
    expect(continueWhere(lessons, all)).toBeUndefined();
  });
});
