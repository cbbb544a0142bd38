/**
 * Build-time content checks. Pure: takes the text of every content file and returns
 * either the parsed content or one friendly problem per mistake (never only the first).
 */
import { parseDocument } from 'yaml';
import type { ZodIssue, ZodType } from 'zod';
import { checkContentIds } from './ids.ts';
import { checkLessonImages } from './check-lesson-images.ts';
import { closest, showValue, type Problem } from './problems.ts';
import {
  assessmentSchema,
  frameworkSchema,
  lessonSchema,
  modulesSchema,
  quizSchema,
  type Assessment,
  type Framework,
  type LessonMeta,
  type Module,
  type Quiz,
} from './schemas.ts';

/** A content file as read from disk, path relative to the project root. */
export interface ContentFile {
  path: string;
  text: string;
}

export interface LessonEntry {
  file: string;
  /** `<module>/<slug>`, the same id the Astro collection gives it. */
  id: string;
  slug: string;
  meta: LessonMeta;
  body: string;
}
export interface QuizEntry {
  file: string;
  id: string;
  quiz: Quiz;
}
export interface AssessmentEntry {
  file: string;
  id: string;
  assessment: Assessment;
}
export interface Content {
  framework: Framework;
  modules: Module[];
  lessons: LessonEntry[];
  quizzes: QuizEntry[];
  assessments: AssessmentEntry[];
}

export type ValidationResult = { ok: true; content: Content } | { ok: false; problems: Problem[] };

export const FRAMEWORK_FILE = 'content/framework.yaml';
export const MODULES_FILE = 'content/modules.yaml';

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
const list = (ids: Iterable<string>) => [...ids].join('、');

/** Renders a zod path as `questions[2].options[0].feedback`. */
function fieldPath(path: (string | number)[]): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part),
    '',
  );
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let cur: unknown = data;
  for (const part of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[part];
  }
  return cur;
}

function fixFor(issue: ZodIssue, field: string): string {
  const last = issue.path[issue.path.length - 1];
  if (issue.code === 'invalid_type' && issue.received === 'undefined') {
    return `加上「${String(last)}:」欄位並填入內容`;
  }
  if (issue.code === 'invalid_union_discriminator') {
    return '把 type 改成 single、multiple、truefalse、order、match 或 scenario';
  }
  if (issue.code === 'invalid_enum_value') {
    return `改成其中之一：${issue.options.join('、')}`;
  }
  return `依照 content/README.md 的範例修改「${field}」`;
}

/** Parses YAML text; a syntax error becomes a problem with line and column. */
function parseYaml(file: string, text: string, problems: Problem[]): { ok: boolean; data: unknown } {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // Only the first error: the ones after it are usually echoes of the same mistake.
    const err = doc.errors[0];
    if (err) {
      const pos = err.linePos?.[0];
      const firstLine = (err.message.split('\n')[0] ?? err.message).replace(/ at line \d+, column \d+:?$/, '');
      problems.push({
        file,
        field: pos ? `第 ${pos.line} 行第 ${pos.col} 欄` : '',
        message: `YAML 格式錯誤：${firstLine}`,
        fix: '檢查這一行的縮排與冒號；文字裡有「: 」「 #」或以符號開頭時，整段用雙引號包起來',
      });
    }
    return { ok: false, data: undefined };
  }
  return { ok: true, data: doc.toJS() };
}

/** Runs a schema and turns every issue into a problem naming file, field, value and fix. */
function check<T>(
  file: string,
  schema: ZodType<T>,
  data: unknown,
  problems: Problem[],
  prefix: (string | number)[] = [],
): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = fieldPath([...prefix, ...issue.path]) || '（整個檔案）';
    const missing = issue.code === 'invalid_type' && issue.received === 'undefined';
    problems.push({
      file,
      field,
      value: missing ? undefined : showValue(valueAt(data, issue.path)),
      message: missing ? '缺少必填欄位' : issue.message,
      fix: fixFor(issue, field),
    });
  }
  return undefined;
}

/** Splits an MDX file into its YAML frontmatter and body. */
function splitFrontmatter(text: string): { frontmatter: string; body: string } | undefined {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  if (!normalised.startsWith('---\n')) return undefined;
  const end = normalised.indexOf('\n---', 4);
  if (end === -1) return undefined;
  const afterEnd = normalised.indexOf('\n', end + 4);
  return {
    frontmatter: normalised.slice(4, end + 1),
    body: afterEnd === -1 ? '' : normalised.slice(afterEnd + 1),
  };
}

function duplicates<T>(items: T[], key: (item: T) => string): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  items.forEach((item, i) => seen.set(key(item), [...(seen.get(key(item)) ?? []), i]));
  return new Map([...seen].filter(([, at]) => at.length > 1));
}

/** Checks every content file and every cross-reference between them. */
export function validateContent(files: ContentFile[]): ValidationResult {
  const problems: Problem[] = [];
  const byPath = new Map(files.map((f) => [f.path, f.text]));

  // Framework and modules first: everything else refers to them.
  let framework: Framework | undefined;
  const frameworkText = byPath.get(FRAMEWORK_FILE);
  if (frameworkText === undefined) {
    problems.push({
      file: FRAMEWORK_FILE,
      field: '',
      message: '找不到技能架構檔',
      fix: '建立 content/framework.yaml，列出 factors 與 skills',
    });
  } else {
    const parsed = parseYaml(FRAMEWORK_FILE, frameworkText, problems);
    if (parsed.ok) framework = check(FRAMEWORK_FILE, frameworkSchema, parsed.data, problems);
  }
  let modules: Module[] | undefined;
  const modulesText = byPath.get(MODULES_FILE);
  if (modulesText === undefined) {
    problems.push({
      file: MODULES_FILE,
      field: '',
      message: '找不到模組清單',
      fix: '建立 content/modules.yaml，每個模組寫 id、title、summary、order',
    });
  } else {
    const parsed = parseYaml(MODULES_FILE, modulesText, problems);
    if (parsed.ok) modules = check(MODULES_FILE, modulesSchema, parsed.data, problems);
  }

  if (framework) {
    for (const [dup, at] of duplicates(framework.skills, (s) => s.id)) {
      problems.push({
        file: FRAMEWORK_FILE,
        field: `skills[${at[1]}].id`,
        value: dup,
        message: `技能 id 重複（第 ${at.map((i) => i + 1).join('、')} 項）`,
        fix: '每項技能的 id 必須不同，請改名其中一個',
      });
    }
    for (const [dup, at] of duplicates(framework.factors, (f) => f.id)) {
      problems.push({
        file: FRAMEWORK_FILE,
        field: `factors[${at[1]}].id`,
        value: dup,
        message: '因素重複',
        fix: 'factors 必須是 ability、mindset、market 各一次',
      });
    }
  }
  if (modules) {
    for (const [dup, at] of duplicates(modules, (m) => m.id)) {
      problems.push({
        file: MODULES_FILE,
        field: `[${at[1]}].id`,
        value: dup,
        message: '模組 id 重複',
        fix: '每個模組的 id 必須不同，請改名其中一個',
      });
    }
    for (const [dup, at] of duplicates(modules, (m) => String(m.order))) {
      problems.push({
        file: MODULES_FILE,
        field: `[${at[1]}].order`,
        value: dup,
        message: '兩個模組的順序相同',
        fix: '給每個模組不同的 order(1、2、3…)',
      });
    }
  }
  const skillIds = framework?.skills.map((s) => s.id) ?? [];
  const moduleIds = modules?.map((m) => m.id) ?? [];

  const unknownSkill = (file: string, field: string, skill: string) => {
    if (!framework || skillIds.includes(skill)) return;
    const guess = closest(skill, skillIds);
    problems.push({
      file,
      field,
      value: skill,
      message: '這個技能不在 content/framework.yaml 裡',
      fix: guess
        ? `你是不是要寫「${guess}」？或先在 framework.yaml 的 skills 加上它`
        : `改用 framework.yaml 已有的技能：${list(skillIds)}`,
    });
  };

  // Quizzes.
  const quizzes: QuizEntry[] = [];
  // Files that exist but failed their own checks: references to them are not reported again.
  const brokenQuizzes = new Set<string>();
  let brokenFiles = 0;
  for (const f of files.filter((f) => /^content\/quizzes\/[^/]+\.ya?ml$/.test(f.path))) {
    brokenQuizzes.add(baseName(f.path));
    const parsed = parseYaml(f.path, f.text, problems);
    if (!parsed.ok) continue;
    const quiz = check(f.path, quizSchema, parsed.data, problems);
    if (!quiz) continue;
    brokenQuizzes.delete(baseName(f.path));
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
      unknownSkill(f.path, `${at}.skill`, q.skill);
      const ids =
        q.type === 'order'
          ? q.items.map((i) => i.id)
          : q.type === 'match'
            ? q.pairs.map((p) => p.id)
            : q.options.map((o) => o.id);
      const listName = q.type === 'order' ? 'items' : q.type === 'match' ? 'pairs' : 'options';
      for (const [dup, where] of duplicates(ids, (x) => x)) {
        problems.push({
          file: f.path,
          field: `${at}.${listName}[${where[1]}].id`,
          value: dup,
          message: `題目 ${q.id} 裡有重複的 id`,
          fix: `同一題的每個 ${listName} 必須有不同的 id，例如 a、b、c`,
        });
      }
      if (q.type === 'single' || q.type === 'truefalse') {
        const correct = q.options.filter((o) => o.correct === true).map((o) => o.id);
        if (correct.length !== 1) {
          const kind = q.type === 'single' ? '單選題' : '是非題';
          problems.push({
            file: f.path,
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
          file: f.path,
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
            file: f.path,
            field: `${at}.options`,
            value: best.length ? list(best) : '沒有',
            message: `情境題 ${q.id} 必須正好有一個最佳選項（score: 2），目前有 ${best.length} 個`,
            fix: '只給最佳做法 score: 2，其他可接受的給 1，不佳的給 0',
          });
        }
      }
    });
  }
  const quizIds = quizzes.map((q) => q.id);

  // Lessons.
  const lessons: LessonEntry[] = [];
  for (const f of files.filter((f) => f.path.startsWith('content/lessons/') && f.path.endsWith('.mdx'))) {
    const rel = f.path.slice('content/lessons/'.length);
    const parts = rel.split('/');
    if (parts.length !== 2) {
      problems.push({
        file: f.path,
        field: '',
        message: '課程檔案的位置不對',
        fix: '放在 content/lessons/<模組 id>/<課程代號>.mdx',
      });
      continue;
    }
    const folder = parts[0]!;
    const split = splitFrontmatter(f.text);
    if (!split) {
      brokenFiles++;
      problems.push({
        file: f.path,
        field: 'frontmatter',
        message: '檔案開頭缺少 --- 包住的 frontmatter',
        fix: '在第一行寫 ---，接著寫 title、summary、module 等欄位，再用 --- 結束',
      });
      continue;
    }
    const parsed = parseYaml(f.path, split.frontmatter, problems);
    if (!parsed.ok) {
      brokenFiles++;
      continue;
    }
    const meta = check(f.path, lessonSchema, parsed.data ?? {}, problems);
    if (!meta) {
      brokenFiles++;
      continue;
    }
    const slug = baseName(f.path);
    lessons.push({ file: f.path, id: `${folder}/${slug}`, slug, meta, body: split.body });
    if (modules && !moduleIds.includes(meta.module)) {
      const guess = closest(meta.module, moduleIds);
      problems.push({
        file: f.path,
        field: 'module',
        value: meta.module,
        message: '這個模組不在 content/modules.yaml 裡',
        fix: guess ? `你是不是要寫「${guess}」？` : `改用已有的模組：${list(moduleIds)}`,
      });
    } else if (meta.module !== folder) {
      problems.push({
        file: f.path,
        field: 'module',
        value: meta.module,
        message: `課程放在 ${folder}/ 資料夾，但 module 寫的是別的模組`,
        fix: `把 module 改成 ${folder}，或把檔案移到 content/lessons/${meta.module}/`,
      });
    }
    meta.skills.forEach((s, i) => unknownSkill(f.path, `skills[${i}]`, s));
    // A mistyped skill would also show up as "not taught"; one message for one mistake.
    if (framework && meta.skills.some((s) => !skillIds.includes(s))) brokenFiles++;
    if (meta.quiz !== undefined && !quizIds.includes(meta.quiz) && !brokenQuizzes.has(meta.quiz)) {
      const guess = closest(meta.quiz, quizIds);
      problems.push({
        file: f.path,
        field: 'quiz',
        value: meta.quiz,
        message: '找不到這份測驗',
        fix: guess
          ? `你是不是要寫「${guess}」？否則請建立 content/quizzes/${meta.quiz}.yaml`
          : `建立 content/quizzes/${meta.quiz}.yaml，或刪掉 quiz 欄位`,
      });
    }
  }
  const byModule = new Map<string, LessonEntry[]>();
  for (const l of lessons) byModule.set(l.meta.module, [...(byModule.get(l.meta.module) ?? []), l]);
  for (const [mod, ls] of byModule) {
    for (const [order, at] of duplicates(ls, (l) => String(l.meta.order))) {
      const clash = at.map((i) => ls[i]!.file);
      problems.push({
        file: clash[1]!,
        field: 'order',
        value: order,
        message: `模組 ${mod} 裡已有另一課用了這個順序（${clash[0]}）`,
        fix: '給同一模組裡的每一課不同的 order',
      });
    }
  }

  // Assessments.
  const assessments: AssessmentEntry[] = [];
  for (const f of files.filter((f) => /^content\/assessments\/[^/]+\.ya?ml$/.test(f.path))) {
    const parsed = parseYaml(f.path, f.text, problems);
    if (!parsed.ok) {
      brokenFiles++;
      continue;
    }
    const assessment = check(f.path, assessmentSchema, parsed.data, problems);
    if (!assessment) {
      brokenFiles++;
      continue;
    }
    assessments.push({ file: f.path, id: baseName(f.path), assessment });
    for (const [dup, at] of duplicates(assessment.items, (i) => i.id)) {
      problems.push({
        file: f.path,
        field: `items[${at[1]}].id`,
        value: dup,
        message: '自評題目 id 重複',
        fix: '每個題目的 id 必須不同',
      });
    }
    for (const [dup, at] of duplicates(assessment.scale, (s) => String(s.value))) {
      problems.push({
        file: f.path,
        field: `scale[${at[1]}].value`,
        value: dup,
        message: '量表的分數重複',
        fix: '量表每一級的 value 必須不同，例如 1 到 5',
      });
    }
    assessment.items.forEach((item, i) => unknownSkill(f.path, `items[${i}].skill`, item.skill));
  }

  // Coverage: a skill nobody teaches or measures is a gap in the course itself.
  // Skipped while a lesson or assessment file is broken, since its skills are unknown.
  if (framework && brokenFiles === 0) {
    const taught = new Set(lessons.flatMap((l) => l.meta.skills));
    const measured = new Set(assessments.flatMap((a) => a.assessment.items.map((i) => i.skill)));
    framework.skills.forEach((s, i) => {
      if (!taught.has(s.id)) {
        problems.push({
          file: FRAMEWORK_FILE,
          field: `skills[${i}].id`,
          value: s.id,
          message: '沒有任何一課教這項技能',
          fix: `在一課的 skills 加上 ${s.id}，或從 framework.yaml 刪掉這項技能`,
        });
      }
      if (!measured.has(s.id)) {
        problems.push({
          file: FRAMEWORK_FILE,
          field: `skills[${i}].id`,
          value: s.id,
          message: '自評問卷沒有任何題目量這項技能',
          fix: `在 content/assessments/ 的問卷加一題 skill: ${s.id}`,
        });
      }
    });
  }

  problems.push(...checkContentIds({ framework, modules, lessons, quizzes, assessments }));
  problems.push(...checkLessonImages(files));
  if (problems.length > 0 || !framework || !modules) return { ok: false, problems };
  return { ok: true, content: { framework, modules, lessons, quizzes, assessments } };
}
