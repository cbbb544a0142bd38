/**
 * `npm run new:lesson [-- --module practice --title 新品上市 --slug new-product --skill product-knowledge]`
 * Writes a lesson and its quiz skeleton that pass the content check as written; asks in
 * Chinese for whatever the arguments leave out when run in a terminal (Node only).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { readContentFiles } from '../../../content-model/build/load.ts';
import { closest, formatProblem } from '../../../content-model/model/problems.ts';
import { validateContent } from '../../../content-model/model/validate.ts';
import { readCourseIds } from '../course-files.ts';
import { listIds } from '../../model/course-ids.ts';
import {
  lessonSkeleton,
  nextOrder,
  quizIdFor,
  quizSkeleton,
  slugProblem,
  suggestSlug,
  TODO,
  type ExistingLesson,
} from '../../model/new-lesson/scaffold.ts';

export interface NewLessonRequest {
  root: string;
  module?: string | undefined;
  title?: string | undefined;
  slug?: string | undefined;
  skill?: string | undefined;
}
export interface NewLessonOutcome {
  ok: boolean;
  lines: string[];
  written?: string[];
}

const USAGE =
  '用法：npm run new:lesson -- --module <模組 id> --title <課程標題> [--slug <課程代號>] [--skill <技能 id>]';

/** The lessons already in a module folder, read from their frontmatter. */
export function moduleLessons(root: string, module: string): ExistingLesson[] {
  const dir = join(root, 'content/lessons', module);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
      let data: { order?: unknown; skills?: unknown } = {};
      try {
        data = (fm ? parse(fm) : {}) ?? {};
      } catch {
        // A broken lesson still takes its slug; its order is unknown.
      }
      return {
        slug: f.replace(/\.mdx$/, ''),
        order: typeof data.order === 'number' ? data.order : 0,
        skills: Array.isArray(data.skills) ? data.skills.filter((s): s is string => typeof s === 'string') : [],
      };
    });
}

/** Everything about the new lesson that does not depend on the trainer's answers. */
export function planFor(root: string, module: string) {
  const existing = moduleLessons(root, module);
  const order = nextOrder(existing);
  const taken = (slug: string) =>
    existing.some((l) => l.slug === slug) ||
    existsSync(join(root, 'content/quizzes', `${quizIdFor({ module, slug })}.yaml`));
  const last = [...existing].sort((a, b) => b.order - a.order)[0];
  return { order, taken, lastSkill: last?.skills[0] };
}

/** Checks the request, writes the two files, and says what to edit next; writes nothing on any problem. */
export function createLesson(req: NewLessonRequest): NewLessonOutcome {
  const fail = (...lines: string[]): NewLessonOutcome => ({ ok: false, lines });
  const { modules, skills } = readCourseIds(req.root);
  if (!req.module) return fail('請用 --module 指定模組。', `可用的模組：${listIds(modules)}`, USAGE);
  if (!modules.some((m) => m.id === req.module)) {
    const guess = closest(
      req.module,
      modules.map((m) => m.id),
    );
    return fail(
      `模組「${req.module}」不在 content/modules.yaml 裡。${guess ? `你是不是要寫「${guess}」？` : ''}`,
      `可用的模組：${listIds(modules)}`,
    );
  }
  const title = req.title?.trim();
  if (!title) return fail('請用 --title 寫課程標題，例如 --title 新品上市。', USAGE);
  const plan = planFor(req.root, req.module);
  const slug = req.slug?.trim() || suggestSlug(title, plan.order, plan.taken);
  const bad = slugProblem(slug, plan.taken);
  if (bad) return fail(`${bad}。`, `可以改用 --slug ${suggestSlug(title, plan.order, plan.taken)}`);
  const skill = req.skill ?? plan.lastSkill ?? skills[0]?.id;
  if (!skill || !skills.some((s) => s.id === skill)) {
    const guess = skill
      ? closest(
          skill,
          skills.map((s) => s.id),
        )
      : undefined;
    return fail(
      `技能「${skill ?? ''}」不在 content/framework.yaml 裡。${guess ? `你是不是要寫「${guess}」？` : ''}`,
      `可用的技能：${listIds(skills)}`,
    );
  }
  const skeleton = { module: req.module, slug, title, order: plan.order, skills: [skill] };
  const lessonPath = `content/lessons/${req.module}/${slug}.mdx`;
  const quizPath = `content/quizzes/${quizIdFor(skeleton)}.yaml`;
  const lesson = lessonSkeleton(skeleton);
  const quiz = quizSkeleton(skeleton);

  const checked = validateContent([
    ...readContentFiles(req.root),
    { path: lessonPath, text: lesson },
    { path: quizPath, text: quiz },
  ]);
  const own = checked.ok ? [] : checked.problems.filter((p) => p.file === lessonPath || p.file === quizPath);
  if (own.length > 0)
    return fail('新課程沒有通過內容檢查，沒有寫入檔案：', ...own.map((p) => `  • ${formatProblem(p)}`));

  mkdirSync(join(req.root, 'content/lessons', req.module), { recursive: true });
  writeFileSync(join(req.root, lessonPath), lesson);
  writeFileSync(join(req.root, quizPath), quiz);
  const skillTitle = skills.find((s) => s.id === skill)?.title ?? skill;
  return {
    ok: true,
    written: [lessonPath, quizPath],
    lines: [
      `已建立第 ${plan.order} 課「${title}」：`,
      `  • ${lessonPath}`,
      `  • ${quizPath}`,
      `技能先填了 ${skill}（${skillTitle}）；請改成本課真正教的技能。`,
      `接下來：把兩個檔案裡每一處「${TODO}」換成真正的內容，存檔後看預覽（網址 /lessons/${req.module}/${slug}/）。`,
    ],
  };
}

/** Asks in the terminal for what the arguments left out. */
async function ask(req: NewLessonRequest): Promise<NewLessonRequest> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const { modules } = readCourseIds(req.root);
    let module = req.module;
    while (!module || !modules.some((m) => m.id === module)) {
      if (module) console.log(`沒有「${module}」這個模組。`);
      module = (await rl.question(`模組（${listIds(modules)}）：`)).trim();
    }
    let title = req.title?.trim();
    while (!title) title = (await rl.question('課程標題（例如 新品上市：怎樣向零售戶介紹一款新捲菸）：')).trim();
    let slug = req.slug;
    if (!slug) {
      const plan = planFor(req.root, module);
      const suggestion = suggestSlug(title, plan.order, plan.taken);
      for (;;) {
        const answer = (
          await rl.question(`課程代號（會出現在網址，小寫英文、數字、連字號；直接按 Enter 用 ${suggestion}）：`)
        ).trim();
        slug = answer || suggestion;
        const bad = slugProblem(slug, plan.taken);
        if (!bad) break;
        console.log(`${bad}。`);
      }
    }
    return { ...req, module, title, slug };
  } finally {
    rl.close();
  }
}

/** The command: arguments, then questions for what is missing, then the files. */
export async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        module: { type: 'string' },
        title: { type: 'string' },
        slug: { type: 'string' },
        skill: { type: 'string' },
      },
    }));
  } catch (e) {
    console.error(`看不懂的參數：${(e as Error).message}`);
    console.error(USAGE);
    return 2;
  }
  let req: NewLessonRequest = { root: process.cwd(), ...values };
  if ((!req.module || !req.title) && process.stdin.isTTY) {
    try {
      req = await ask(req);
    } catch (e) {
      // Ctrl+C or Ctrl+D at a question: stop without writing anything.
      if ((e as Error).name !== 'AbortError') throw e;
      console.error('\n已取消，沒有建立任何檔案。');
      return 130;
    }
  }
  const outcome = createLesson(req);
  (outcome.ok ? console.log : console.error)(outcome.lines.join('\n'));
  return outcome.ok ? 0 : 1;
}
