/**
 * Quality rules for the real course in content/: size, structure and coverage that the
 * build's reference checks do not enforce, plus the rule that nothing is copied from the
 * source article.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/content-model/build/load.ts';
import { formatProblem } from '../../src/content-model/model/problems.ts';
import { factorIds, type QuestionType } from '../../src/course/model/schemas.ts';
import { validateContent, type Content } from '../../src/content-model/model/validate.ts';

const root = join(import.meta.dirname, '../..');
const files = readContentFiles(root);
const result = validateContent(files);
const content: Content | undefined = result.ok ? result.content : undefined;
const lessons = content?.lessons ?? [];
const quizzes = content?.quizzes ?? [];
const skills = content?.framework.skills ?? [];
const questions = quizzes.flatMap((q) => q.quiz.questions.map((question) => ({ quiz: q.id, question })));
const statements = content?.assessments.flatMap((a) => a.assessment.items) ?? [];

const questionTypes: QuestionType[] = ['single', 'multiple', 'truefalse', 'order', 'match', 'scenario'];

/** CJK ideographs only: punctuation, Latin letters and digits do not count towards a lesson's length. */
const countIdeographs = (text: string) => text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;

describe('the course', () => {
  it('passes the build-time content checks', () => {
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('has at least 4 modules', () => {
    expect(content?.modules.length ?? 0).toBeGreaterThanOrEqual(4);
  });

  it('has at least 16 lessons', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(16);
  });

  it.each(questionTypes)('uses the question type %s somewhere', (type) => {
    expect(questions.some(({ question }) => question.type === type)).toBe(true);
  });
});

describe.each(lessons.map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
  it('has a body of 800 to 2,000 CJK ideographs', () => {
    const n = countIdeographs(lesson.body);
    expect(n).toBeGreaterThanOrEqual(800);
    expect(n).toBeLessThanOrEqual(2000);
  });

  it('works through a case in a <Case> block', () => {
    expect(lesson.body).toMatch(/<Case[\s>]/);
  });

  it('ends with a "## 重點回顧" recap section', () => {
    expect(lesson.body).toMatch(/^## 重點回顧[ \t]*$/m);
  });

  it('has a quiz that exists', () => {
    expect(lesson.meta.quiz).toBeDefined();
    expect(quizzes.map((q) => q.id)).toContain(lesson.meta.quiz);
  });
});

describe.each(quizzes.map((q) => [q.id, q] as const))('quiz %s', (id, entry) => {
  it('has at least 5 questions', () => {
    expect(entry.quiz.questions.length).toBeGreaterThanOrEqual(5);
  });

  it('only asks about skills listed in framework.yaml', () => {
    const known = new Set(skills.map((s) => s.id));
    const unknown = entry.quiz.questions.filter((q) => !known.has(q.skill)).map((q) => `${q.id}: ${q.skill}`);
    expect(unknown).toEqual([]);
  });

  it('is shown at the end of a lesson', () => {
    expect(lessons.filter((l) => l.meta.quiz === id).map((l) => l.id)).not.toEqual([]);
  });
});

describe.each(skills.map((s) => [`${s.id} (${s.title})`, s] as const))('skill %s', (_name, skill) => {
  it('is taught by at least one lesson', () => {
    expect(lessons.filter((l) => l.meta.skills.includes(skill.id)).length).toBeGreaterThanOrEqual(1);
  });

  it('is tested by at least 4 quiz questions', () => {
    expect(questions.filter(({ question }) => question.skill === skill.id).length).toBeGreaterThanOrEqual(4);
  });

  it('is measured by at least 3 self-assessment statements', () => {
    expect(statements.filter((s) => s.skill === skill.id).length).toBeGreaterThanOrEqual(3);
  });
});

describe.each([...factorIds])('factor %s', (factor) => {
  it('has at least one reverse-worded self-assessment statement', () => {
    const inFactor = new Set(skills.filter((s) => s.factor === factor).map((s) => s.id));
    expect(statements.filter((s) => s.reverse === true && inFactor.has(s.skill)).length).toBeGreaterThanOrEqual(1);
  });
});

// ── No copying from the source article ──────────────────────────────────────────────

/** Where CI finds the article: shared/ is checked out beside the repository, never inside it. */
const articlePath = join(root, '../shared/source/source-article.zh-Hant.txt');
const RUN = 20;

/**
 * Makes a copy that only changed spacing, punctuation width or quote style still match:
 * whitespace removed, full-width forms folded (NFKC), every quotation mark the same.
 */
const normalise = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[「」『』“”‘’"'＂]/g, '"');

function loadArticleRuns(): Set<string> {
  if (!existsSync(articlePath)) {
    throw new Error(
      `找不到來源文章 ${articlePath}。「不抄原文」檢查需要它：請把 shared/ 資料夾放在專案旁邊（../shared/source/source-article.zh-Hant.txt），不要把文章複製進專案。`,
    );
  }
  const article = normalise(readFileSync(articlePath, 'utf8'));
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= article.length; i++) runs.add(article.slice(i, i + RUN));
  return runs;
}
let articleRuns: Set<string> | undefined;
const runsOfArticle = () => (articleRuns ??= loadArticleRuns());

/** Every maximal stretch of `text` (normalised) that also appears in the article. */
function copiedRuns(text: string): string[] {
  const runs = runsOfArticle();
  const t = normalise(text);
  const found: string[] = [];
  let i = 0;
  while (i + RUN <= t.length) {
    if (!runs.has(t.slice(i, i + RUN))) {
      i++;
      continue;
    }
    let end = i + RUN;
    while (end < t.length && runs.has(t.slice(end - RUN + 1, end + 1))) end++;
    found.push(t.slice(i, end));
    i = end;
  }
  return found;
}

const guidePath = 'content/README.md';
const authored = [
  ...files,
  ...(existsSync(join(root, guidePath))
    ? [{ path: guidePath, text: readFileSync(join(root, guidePath), 'utf8') }]
    : []),
];

describe('no copying from the source article', () => {
  it('can read the article from ../shared/source/', () => {
    expect(runsOfArticle().size).toBeGreaterThan(0);
  });

  it('has an authoring guide to check', () => {
    expect(authored.map((f) => f.path)).toContain(guidePath);
  });

  it.each(authored.map((f) => [f.path, f.text] as const))(
    `%s copies no run of ${RUN} or more characters`,
    (_path, text) => {
      expect(copiedRuns(text)).toEqual([]);
    },
  );
});

// ── Glossary ────────────────────────────────────────────────────────────────────────

describe('content/glossary.yaml', () => {
  const load = (): unknown => parse(readFileSync(join(root, 'content/glossary.yaml'), 'utf8'));
  const hasText = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  const terms = () => (load() as { term: string }[]).map((e) => e.term.trim());

  it('parses as a list of { term, definition } with text in both', () => {
    const data = load();
    expect(Array.isArray(data)).toBe(true);
    const bad = (data as unknown[]).filter((e) => {
      const entry = (e ?? {}) as Record<string, unknown>;
      return !hasText(entry['term']) || !hasText(entry['definition']);
    });
    expect(bad).toEqual([]);
  });

  it('lists every term once', () => {
    const all = terms();
    expect(all.filter((t, i) => all.indexOf(t) !== i)).toEqual([]);
  });

  it.each([
    '客戶經理',
    '零售戶',
    '捲菸',
    '拜訪',
    '陳列',
    '貨源',
    '庫存',
    '轄區',
    '四種菸',
    '假菸',
    '滯銷',
    '緊俏',
    '替代品',
    '分目標',
    '商情',
  ])('defines the house term %s', (term) => {
    expect(terms()).toContain(term);
  });
});
