/**
 * The skeleton of a new lesson and its quiz: the next free order, a safe slug, and text
 * that passes the content check as written, with every placeholder marked 「（請改寫）」. Pure.
 */
import { stringify } from 'yaml';
import { ID_RULE } from '../course-ids.ts';

/** The mark on every sentence the trainer must rewrite. */
export const TODO = '（請改寫）';

export interface ExistingLesson {
  slug: string;
  order: number;
  skills: string[];
}

/** The order after the highest one used in the module. */
export const nextOrder = (lessons: readonly ExistingLesson[]) =>
  lessons.reduce((max, l) => Math.max(max, l.order), 0) + 1;

/** A slug from an ASCII title (`New Product` → `new-product`), or undefined when the title has none. */
export function slugFromTitle(title: string): string | undefined {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // A title that is mostly Chinese would keep only stray letters or digits: do not guess.
  const ascii = title.replace(/[^\x20-\x7e]/g, '').trim();
  return slug && ascii.length >= title.trim().length / 2 && ID_RULE.test(slug) ? slug : undefined;
}

/** The slug to suggest: from the title when it is ASCII, else `lesson-<order>`; never one already taken. */
export function suggestSlug(title: string, order: number, taken: (slug: string) => boolean): string {
  const base = slugFromTitle(title) ?? `lesson-${order}`;
  let slug = base;
  for (let n = 2; taken(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** Why a slug cannot be used, in Chinese; undefined when it can. */
export function slugProblem(slug: string, taken: (slug: string) => boolean): string | undefined {
  if (!ID_RULE.test(slug))
    return `課程代號「${slug}」只能用小寫英文字母、數字與連字號（例如 new-product），不能有空白、中文或大寫`;
  if (taken(slug)) return `課程代號「${slug}」已經有人用了（這個模組已有同名課程，或已有同名測驗）`;
  return undefined;
}

export interface Skeleton {
  module: string;
  slug: string;
  title: string;
  order: number;
  /** Skills the lesson and its questions start with. */
  skills: string[];
}

/** The quiz id of a new lesson: `<module>-<slug>`. */
export const quizIdFor = (s: Pick<Skeleton, 'module' | 'slug'>) => `${s.module}-${s.slug}`;

const q = (text: string) => JSON.stringify(text);

/** The lesson's MDX: frontmatter, sections, a Callout, a Case and 重點回顧. */
export function lessonSkeleton(s: Skeleton): string {
  return `---
title: ${q(s.title)}
summary: ${q(`用一句話說明本課重點，建議 30–60 字。${TODO}`)}
module: ${s.module}
order: ${s.order}
# 本課教的技能（1–3 項），id 見 content/framework.yaml。${TODO}
skills: [${s.skills.join(', ')}]
minutes: 6
objectives:
  - ${q(`學完後學員能做到的第一件事${TODO}`)}
  - ${q(`學完後學員能做到的第二件事${TODO}`)}
quiz: ${quizIdFor(s)}
---

開場：用一家具體的店、一句零售戶說過的話，帶出本課要解決的問題。${TODO}

## 第一個重點${TODO}

說明做法與理由，多寫「哪一家店、說了什麼、怎麼算、結果如何」。${TODO}

<Callout type="tip" title="小提醒${TODO}">

一句實用的提醒。${TODO}

</Callout>

## 第二個重點${TODO}

可以用表格整理比較。${TODO}

| 情況${TODO} | 做法${TODO} |
|---|---|
| 第一種情況 | 對應的做法 |
| 第二種情況 | 對應的做法 |

<Case title="案例：${TODO}">

**店名**（店的類型與位置）${TODO}

- 拜訪時發現：${TODO}
- 當場處理：${TODO}
- 後續追蹤：${TODO}

</Case>

## 重點回顧

- 第一個重點。${TODO}
- 第二個重點。${TODO}
- 下次拜訪就能用上的一個做法。${TODO}
`;
}

/** The quiz: one question of each of the six types, each placeholder marked. */
export function quizSkeleton(s: Skeleton): string {
  const skill = s.skills[0]!;
  const option = (id: string, correct: boolean, what: string) => ({
    id,
    text: `${what}${TODO}`,
    ...(correct ? { correct: true } : {}),
    feedback: `說明為什麼${correct ? '對' : '不對'}。${TODO}`,
  });
  const quiz = {
    title: `小測驗：${s.title}`,
    questions: [
      {
        id: 'q1',
        type: 'single',
        skill,
        kind: 'recall',
        prompt: `單選題：只有一個正確答案的題目。${TODO}`,
        options: [option('a', true, '正確的選項'), option('b', false, '錯誤的選項'), option('c', false, '錯誤的選項')],
        explanation: `作答後的解說，回扣本課重點。${TODO}`,
      },
      {
        id: 'q2',
        type: 'multiple',
        skill,
        kind: 'recall',
        prompt: `複選題：選出所有正確的項目。（可複選）${TODO}`,
        options: [
          option('a', true, '正確的選項'),
          option('b', true, '正確的選項'),
          option('c', false, '錯誤的選項'),
          option('d', false, '錯誤的選項'),
        ],
        explanation: `作答後的解說。${TODO}`,
      },
      {
        id: 'q3',
        type: 'truefalse',
        skill,
        kind: 'recall',
        prompt: `是非題：寫成一句陳述。${TODO}`,
        options: [
          { id: 'true', text: '對', correct: true, feedback: `答「對」時看到的說明。${TODO}` },
          { id: 'false', text: '錯', feedback: `答「錯」時看到的說明。${TODO}` },
        ],
        explanation: `作答後的解說。${TODO}`,
      },
      {
        id: 'q4',
        type: 'order',
        skill,
        kind: 'recall',
        prompt: `排序題：依正確順序列出步驟，網站會打亂給學員排。${TODO}`,
        items: [1, 2, 3].map((n) => ({ id: `s${n}`, text: `第 ${n} 步${TODO}` })),
        explanation: `作答後的解說。${TODO}`,
      },
      {
        id: 'q5',
        type: 'match',
        skill,
        kind: 'recall',
        prompt: `配對題：為每個左邊選出對應的右邊。${TODO}`,
        pairs: [1, 2, 3].map((n) => ({ id: `p${n}`, left: `第 ${n} 種狀況${TODO}`, right: `對應的做法 ${n}${TODO}` })),
        explanation: `作答後的解說。${TODO}`,
      },
      {
        id: 'q6',
        type: 'scenario',
        skill,
        kind: 'apply',
        prompt: `情境題：描述一個具體的現場情境（2–4 句），再問「你會怎麼做？」${TODO}`,
        options: [
          { id: 'a', text: `最好的做法${TODO}`, score: 2, feedback: `為什麼最好。${TODO}` },
          { id: 'b', text: `可以接受的做法${TODO}`, score: 1, feedback: `還差在哪裡。${TODO}` },
          { id: 'c', text: `不好的做法${TODO}`, score: 0, feedback: `為什麼不好。${TODO}` },
        ],
        explanation: `作答後的解說。${TODO}`,
      },
    ],
  };
  return (
    `# ${s.title} 的測驗。每一處「${TODO}」都要換成真正的內容；不需要的題型可以整題刪掉，但至少留 5 題。\n` +
    stringify(quiz, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })
  );
}
