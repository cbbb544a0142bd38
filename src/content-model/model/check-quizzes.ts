/** Checks every quiz file: shape, ids, and the answer key of each question type. */
import type { Problem } from './problems.ts';
import { baseName, checkSkillRef, duplicates, list } from './check-shared.ts';
import { quizSchema, type Quiz } from '../../course/model/schemas.ts';
import { parseYaml } from './yaml.ts';
import { checkSchema } from './zod-problems.ts';
import type { ContentFile, QuizEntry } from './types.ts';

type Question = Quiz['questions'][number];

function checkAnswerKey(file: string, at: string, q: Question, problems: Problem[]): void {
  if (q.type === 'single' || q.type === 'truefalse') {
    const correct = q.options.filter((o) => o.correct === true).map((o) => o.id);
    if (correct.length !== 1) {
      const kind = q.type === 'single' ? '單選題' : '是非題';
      problems.push({
        file,
        field: `${at}.options`,
        value: correct.length ? list(correct) : '沒有',
        message: `${kind} ${q.id} 必須正好有一個正確選項，目前有 ${correct.length} 個`,
        fix: correct.length
          ? '只在一個選項寫 correct: true；若有多個答案，把 type 改成 multiple'
          : '在正確的選項加上 correct: true',
      });
    }
  }
  if (q.type === 'multiple' && !q.options.some((o) => o.correct === true)) {
    problems.push({
      file,
      field: `${at}.options`,
      value: '沒有',
      message: `複選題 ${q.id} 沒有任何正確選項`,
      fix: '在每個正確的選項加上 correct: true（至少一個）',
    });
  }
  if (q.type === 'scenario') {
    const best = q.options.filter((o) => o.score === 2).map((o) => o.id);
    if (best.length !== 1) {
      problems.push({
        file,
        field: `${at}.options`,
        value: best.length ? list(best) : '沒有',
        message: `情境題 ${q.id} 必須正好有一個最佳選項（score: 2），目前有 ${best.length} 個`,
        fix: '只給最佳做法 score: 2，其他可接受的給 1，不佳的給 0',
      });
    }
  }
}

function checkQuestionIds(file: string, at: string, q: Question, problems: Problem[]): void {
  const listName = q.type === 'order' ? 'items' : q.type === 'match' ? 'pairs' : 'options';
  const ids =
    q.type === 'order'
      ? q.items.map((i) => i.id)
      : q.type === 'match'
        ? q.pairs.map((p) => p.id)
        : q.options.map((o) => o.id);
  for (const [dup, where] of duplicates(ids, (x) => x)) {
    problems.push({
      file,
      field: `${at}.${listName}[${where[1]}].id`,
      value: dup,
      message: `題目 ${q.id} 裡有重複的 id`,
      fix: `同一題的每個 ${listName} 必須有不同的 id，例如 a、b、c`,
    });
  }
}

/** The valid quizzes, and the ids of quiz files that exist but are broken (not reported again where referenced). */
export function checkQuizzes(
  files: ContentFile[],
  skillIds: readonly string[] | undefined,
  problems: Problem[],
): { quizzes: QuizEntry[]; broken: Set<string> } {
  const quizzes: QuizEntry[] = [];
  const broken = new Set<string>();
  for (const f of files.filter((f) => /^content\/quizzes\/[^/]+\.ya?ml$/.test(f.path))) {
    const parsed = parseYaml(f.text, { file: f.path }, problems);
    const quiz = parsed.ok ? checkSchema(f.path, quizSchema, parsed.data, problems) : undefined;
    if (!quiz) {
      broken.add(baseName(f.path));
      continue;
    }
    quizzes.push({ file: f.path, id: baseName(f.path), quiz });
    for (const [dup, at] of duplicates(quiz.questions, (q) => q.id)) {
      problems.push({
        file: f.path,
        field: `questions[${at[1]}].id`,
        value: dup,
        message: `題目 id 重複（第 ${at.map((i) => i + 1).join('、')} 題）`,
        fix: '每題的 id 在同一份測驗裡必須不同，例如 q1、q2、q3',
      });
    }
    quiz.questions.forEach((q, qi) => {
      const at = `questions[${qi}]`;
      checkSkillRef(skillIds, f.path, `${at}.skill`, q.skill, problems);
      checkQuestionIds(f.path, at, q, problems);
      checkAnswerKey(f.path, at, q, problems);
    });
  }
  return { quizzes, broken };
}
