/** Checks every lesson file: place, frontmatter, references, and its MDX body. */
import { closest, type Problem } from './problems.ts';
import { baseName, checkSkillRef, duplicates, list } from './check-shared.ts';
import { checkLessonBody } from './lesson-body.ts';
import { lessonSchema, type Module } from '../../course/model/schemas.ts';
import { parseYaml } from './yaml.ts';
import { checkSchema } from './zod-problems.ts';
import type { ContentFile, LessonEntry } from './types.ts';

export interface LessonRefs {
  skillIds: readonly string[] | undefined;
  modules: Module[] | undefined;
  quizIds: readonly string[];
  /** Quiz files that exist but are broken: references to them are not reported again. */
  brokenQuizzes: ReadonlySet<string>;
}

/** Splits an MDX file into its YAML frontmatter, body, and the number of lines before the body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  if (!normalised.startsWith('---\n')) return undefined;
  const end = normalised.indexOf('\n---', 4);
  if (end === -1) return undefined;
  const afterEnd = normalised.indexOf('\n', end + 4);
  const head = afterEnd === -1 ? normalised : normalised.slice(0, afterEnd + 1);
  return {
    frontmatter: normalised.slice(4, end + 1),
    body: afterEnd === -1 ? '' : normalised.slice(afterEnd + 1),
    bodyLine: head.split('\n').length - 1,
  };
}

/** Lesson files that will never become pages: another extension next to the .mdx lessons. */
function checkStrayFiles(files: ContentFile[], problems: Problem[]): void {
  for (const f of files) {
    if (!f.path.startsWith('content/lessons/') || f.path.endsWith('.mdx') || f.binary) continue;
    const ext = f.path.slice(f.path.lastIndexOf('.'));
    problems.push({
      file: f.path,
      field: '',
      message: `課程檔案的副檔名是 ${ext}，網站只會讀 .mdx，這一課不會出現在網站上`,
      fix: `把檔名改成 ${baseName(f.path)}.mdx（在檔案總管裡要顯示副檔名才看得到）`,
    });
  }
}

function checkRefs(f: ContentFile, folder: string, meta: LessonEntry['meta'], refs: LessonRefs, problems: Problem[]) {
  const moduleIds = refs.modules?.map((m) => m.id) ?? [];
  if (refs.modules && !moduleIds.includes(meta.module)) {
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
  meta.skills.forEach((s, i) => checkSkillRef(refs.skillIds, f.path, `skills[${i}]`, s, problems));
  if (meta.quiz !== undefined && !refs.quizIds.includes(meta.quiz) && !refs.brokenQuizzes.has(meta.quiz)) {
    const guess = closest(meta.quiz, refs.quizIds);
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

function checkOrders(lessons: LessonEntry[], problems: Problem[]): void {
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
}

/**
 * The valid lessons and how many lesson files are broken (a broken file's skills are
 * unknown, so coverage is not judged while any is).
 */
export function checkLessons(
  files: ContentFile[],
  refs: LessonRefs,
  problems: Problem[],
  warnings: Problem[],
): { lessons: LessonEntry[]; brokenFiles: number } {
  checkStrayFiles(files, problems);
  const lessons: LessonEntry[] = [];
  let brokenFiles = 0;
  for (const f of files.filter((f) => f.path.startsWith('content/lessons/') && f.path.endsWith('.mdx'))) {
    const parts = f.path.slice('content/lessons/'.length).split('/');
    if (parts.length !== 2) {
      problems.push({
        file: f.path,
        field: '',
        message: '課程檔案的位置不對',
        fix: '放在 content/lessons/<模組 id>/<課程代號>.mdx',
      });
      continue;
    }
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
    const body = checkLessonBody(split.body, {
      file: f.path,
      lineOffset: split.bodyLine,
      quizIds: refs.brokenQuizzes.size > 0 ? undefined : refs.quizIds,
    });
    const parsed = parseYaml(split.frontmatter, { file: f.path, lineOffset: 1 }, problems);
    const meta = parsed.ok ? checkSchema(f.path, lessonSchema, parsed.data ?? {}, problems) : undefined;
    problems.push(...body.problems);
    warnings.push(...body.warnings);
    if (!meta) {
      brokenFiles++;
      continue;
    }
    const slug = baseName(f.path);
    lessons.push({ file: f.path, id: `${parts[0]}/${slug}`, slug, meta, body: split.body });
    checkRefs(f, parts[0]!, meta, refs, problems);
    // A mistyped skill would also show up as "not taught"; one message for one mistake.
    if (refs.skillIds && meta.skills.some((s) => !refs.skillIds!.includes(s))) brokenFiles++;
  }
  checkOrders(lessons, problems);
  return { lessons, brokenFiles };
}
