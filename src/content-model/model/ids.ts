/**
 * Ids a trainer writes become keys of the learner's stored progress (lesson ids, quiz and
 * question ids in attempts and review cards, option ids in answers, assessment item and skill
 * ids). An id that progress refuses would be recorded and then silently dropped on the next
 * page load, so the build checks every one against the rule progress uses. Pure.
 */
import { idProblem, MAX_ID_LENGTH } from '../../progress/model/ids.ts';
import type { Problem } from './problems.ts';
import type { Assessment, Quiz } from '../../course/model/schemas.ts';

/** Ids in content may not hold `/` either: progress joins quiz and question ids with it (`quiz/q1`). */
const CONTENT_ID = /^[A-Za-z0-9._:-]+$/;

export interface IdSources {
  framework: { skills: { id: string }[] } | undefined;
  modules: { id: string }[] | undefined;
  lessons: { file: string; slug: string }[];
  quizzes: { file: string; id: string; quiz: Quiz }[];
  assessments: { file: string; id: string; assessment: Assessment }[];
}

/** An ASCII id close to `value`, when one can be made from its letters and digits. */
function suggestion(value: string): string | undefined {
  const ascii = value
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return /^[a-z]/.test(ascii) && idProblem(ascii) === undefined && ascii !== value ? ascii : undefined;
}

/** One problem for an id that breaks the rule, or undefined. `what` names the id for the trainer (題目 id, 課程檔名…). */
function checkId(value: string, file: string, field: string, what: string, example: string): Problem | undefined {
  const problem = idProblem(value) ?? (CONTENT_ID.test(value) ? undefined : 'characters');
  if (problem === undefined) return undefined;
  const guess = suggestion(value);
  // 「題目 id 會…」 but 「課程檔名會…」: a space only after a Latin word.
  const subject = /[a-z]$/.test(what) ? `${what} ` : what;
  const instead = guess ? `例如「${guess}」` : `例如「${example}」`;
  switch (problem) {
    case 'inherited':
      return {
        file,
        field,
        value,
        message: `${what}「${value}」是每個 JavaScript 物件都內建的名稱，存進學習進度時會讀到內建的值而不是這筆記錄`,
        fix: `改用更具體的名稱，例如「${value.toLowerCase()}-1」或「${example}」`,
      };
    case 'too-long':
      return {
        file,
        field,
        value,
        message: `${subject}超過 ${MAX_ID_LENGTH} 個字元，學習進度存不下`,
        fix: `縮短成幾個英文字，${instead}`,
      };
    case 'empty':
      return { file, field, value, message: `${what}是空的`, fix: `寫一個英文 id，${instead}` };
    default:
      return {
        file,
        field,
        value,
        message: `${subject}會存進學員的學習進度，只能用英文字母、數字和 . _ : -（不能有中文、空格或 /），否則學員的記錄會在下次開啟網頁時遺失`,
        fix: `改用英文字母與數字，${instead}`,
      };
  }
}

/** Every content id that the learner's stored progress could not keep, one problem each. */
export function checkContentIds({ framework, modules, lessons, quizzes, assessments }: IdSources): Problem[] {
  const out: (Problem | undefined)[] = [];
  framework?.skills.forEach((s, i) =>
    out.push(checkId(s.id, 'content/framework.yaml', `skills[${i}].id`, '技能 id', 'visit-planning')),
  );
  modules?.forEach((m, i) => out.push(checkId(m.id, 'content/modules.yaml', `[${i}].id`, '模組 id', 'role')));
  for (const l of lessons) {
    const problem = checkId(l.slug, l.file, '（檔名）', '課程檔名', 'customer-visit');
    out.push(
      problem && {
        ...problem,
        fix: `${problem.fix}，把檔案改名為 ${l.file.replace(/[^/]+\.mdx$/, `${suggestion(l.slug) ?? 'customer-visit'}.mdx`)}`,
      },
    );
  }
  for (const { file, id, quiz } of quizzes) {
    out.push(checkId(id, file, '（檔名）', '測驗檔名', 'role-basics'));
    quiz.questions.forEach((q, qi) => {
      out.push(checkId(q.id, file, `questions[${qi}].id`, '題目 id', `q${qi + 1}`));
      const [listName, label, ids] =
        q.type === 'order'
          ? (['items', '步驟 id', q.items.map((x) => x.id)] as const)
          : q.type === 'match'
            ? (['pairs', '配對 id', q.pairs.map((x) => x.id)] as const)
            : (['options', '選項 id', q.options.map((x) => x.id)] as const);
      ids.forEach((optionId, oi) => {
        const example =
          q.type === 'order' ? `s${oi + 1}` : q.type === 'match' ? `p${oi + 1}` : String.fromCharCode(97 + (oi % 26));
        out.push(checkId(optionId, file, `questions[${qi}].${listName}[${oi}].id`, label, example));
      });
    });
  }
  for (const { file, id, assessment } of assessments) {
    out.push(checkId(id, file, '（檔名）', '自評問卷檔名', 'self-assessment'));
    assessment.items.forEach((item, i) =>
      out.push(checkId(item.id, file, `items[${i}].id`, '自評題目 id', `a${i + 1}`)),
    );
  }
  return out.filter((p): p is Problem => p !== undefined);
}
