/**
 * `npm run import:gift -- FILE --skill <id> [--out content/quizzes/<id>.yaml] [--title …] [--kind apply|recall] [--force]`
 * Converts a Moodle GIFT file into a quiz that passes the content check (Node only).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { readContentFiles } from '../../../content-model/build/load.ts';
import { closest, formatProblem } from '../../../content-model/model/problems.ts';
import { validateContent } from '../../../content-model/model/validate.ts';
import { readCourseIds } from '../course-files.ts';
import { ID_RULE, listIds } from '../../model/course-ids.ts';
import { parseGift } from '../../model/gift/parse.ts';
import { giftToQuiz } from '../../model/gift/to-quiz.ts';
import { quizYaml } from '../../model/gift/write.ts';

export interface ImportRequest {
  /** The project folder (the one holding content/). */
  root: string;
  file?: string | undefined;
  out?: string | undefined;
  skill?: string | undefined;
  title?: string | undefined;
  kind?: string | undefined;
  force?: boolean | undefined;
}
export interface ImportOutcome {
  ok: boolean;
  /** Lines to print, in Chinese. */
  lines: string[];
  /** Path written, relative to root. */
  written?: string;
}

const USAGE = '用法：npm run import:gift -- <GIFT 檔案> --skill <技能 id> [--out content/quizzes/<測驗 id>.yaml]';

/** A quiz id made from the GIFT file's name, or `imported-quiz` when the name has no usable letters. */
export function quizIdFromFile(file: string): string {
  const id = basename(file)
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ID_RULE.test(id) ? id : 'imported-quiz';
}

/** Converts, checks and writes; refuses (writing nothing) on any problem. */
export function importGift(req: ImportRequest): ImportOutcome {
  const fail = (...lines: string[]): ImportOutcome => ({ ok: false, lines });
  if (!req.file) return fail('請指定要匯入的 GIFT 檔案。', USAGE);
  const source = resolve(req.root, req.file);
  if (!existsSync(source)) return fail(`找不到 GIFT 檔案：${req.file}`, USAGE);

  const { skills } = readCourseIds(req.root);
  if (!req.skill) {
    return fail(
      '請用 --skill 指定這些題目練習的技能（每一題都會標上它，匯入後可以逐題修改）。',
      `可用的技能：${listIds(skills)}`,
      USAGE,
    );
  }
  if (!skills.some((s) => s.id === req.skill)) {
    const guess = closest(
      req.skill,
      skills.map((s) => s.id),
    );
    return fail(
      `技能「${req.skill}」不在 content/framework.yaml 裡。${guess ? `你是不是要寫「${guess}」？` : ''}`,
      `可用的技能：${listIds(skills)}`,
    );
  }
  if (req.kind !== undefined && req.kind !== 'apply' && req.kind !== 'recall') {
    return fail(`--kind 只能是 apply（新情境）或 recall（回想課文），目前是「${req.kind}」。`);
  }

  const out = (req.out ?? `content/quizzes/${quizIdFromFile(source)}.yaml`).split(sep).join('/');
  const outRel = relative(req.root, resolve(req.root, out)).split(sep).join('/');
  const id = basename(outRel).replace(/\.ya?ml$/, '');
  if (!/^content\/quizzes\/[^/]+\.ya?ml$/.test(outRel) || !ID_RULE.test(id)) {
    return fail(
      `輸出檔「${out}」不對：測驗要放在 content/quizzes/，檔名（測驗 id）只能用小寫英文字母、數字與連字號，副檔名 .yaml。`,
      '例如：--out content/quizzes/practice-new-product.yaml',
    );
  }
  if (existsSync(join(req.root, outRel)) && !req.force) {
    return fail(
      `${outRel} 已經存在，沒有覆蓋。`,
      `請用 --out 指定新檔名（例如 --out content/quizzes/${id}-2.yaml），或確定要取代時加上 --force。`,
    );
  }

  const { questions, problems } = parseGift(readFileSync(source, 'utf8'));
  const result = giftToQuiz(questions, problems, {
    skill: req.skill,
    title: req.title,
    fallbackTitle: basename(source).replace(/\.[^.]*$/, ''),
    kind: (req.kind as 'apply' | 'recall' | undefined) ?? 'recall',
  });
  if (result.converted === 0) {
    return fail('這個檔案裡沒有任何一題可以匯入，沒有寫入檔案。', ...result.report.map((l) => `  • ${l}`));
  }
  const text = quizYaml(result.quiz, basename(source));
  const files = readContentFiles(req.root).filter((f) => f.path !== outRel);
  const checked = validateContent([...files, { path: outRel, text }]);
  const own = checked.ok ? [] : checked.problems.filter((p) => p.file === outRel);
  if (own.length > 0) {
    return fail('匯入的測驗沒有通過內容檢查，沒有寫入檔案：', ...own.map((p) => `  • ${formatProblem(p)}`));
  }
  mkdirSync(dirname(join(req.root, outRel)), { recursive: true });
  writeFileSync(join(req.root, outRel), text);
  return {
    ok: true,
    written: outRel,
    lines: [
      `已匯入 ${result.converted} 題，寫入 ${outRel}${result.skipped ? `；${result.skipped} 題沒有匯入` : ''}。`,
      '請檢查：',
      ...result.report.map((l) => `  • ${l}`),
      `要讓測驗出現在課文裡：在課文的 frontmatter 寫「quiz: ${id}」，或在課文中單獨一行寫 <Quiz id="${id}" />。`,
    ],
  };
}

/** The command: parses the arguments, prints the outcome, returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        skill: { type: 'string' },
        title: { type: 'string' },
        kind: { type: 'string' },
        force: { type: 'boolean' },
      },
    });
  } catch (e) {
    console.error(`看不懂的參數：${(e as Error).message}`);
    console.error(USAGE);
    return 2;
  }
  const outcome = importGift({ root: process.cwd(), file: parsed.positionals[0], ...parsed.values });
  (outcome.ok ? console.log : console.error)(outcome.lines.join('\n'));
  return outcome.ok ? 0 : 1;
}
