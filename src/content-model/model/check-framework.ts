/** Checks framework.yaml (factors and skills) and modules.yaml. */
import type { Problem } from './problems.ts';
import { FRAMEWORK_FILE, MODULES_FILE, duplicates } from './check-shared.ts';
import { frameworkSchema, modulesSchema, type Framework, type Module } from '../../course/model/schemas.ts';
import { parseYaml } from './yaml.ts';
import type { ZodType } from 'zod';
import { checkSchema } from './zod-problems.ts';

/** A file the course cannot do without: missing, unparsable or off-schema is reported, and gives undefined. */
function readRequired<T>(
  file: string,
  text: string | undefined,
  schema: ZodType<T>,
  problems: Problem[],
  missing: { message: string; fix: string },
): T | undefined {
  if (text === undefined) {
    problems.push({ file, field: '', ...missing });
    return undefined;
  }
  const parsed = parseYaml(text, { file }, problems);
  return parsed.ok ? checkSchema(file, schema, parsed.data, problems) : undefined;
}

/** The skill framework, or undefined when it is missing or broken (its problems are reported). */
export function checkFramework(text: string | undefined, problems: Problem[]): Framework | undefined {
  const framework = readRequired(FRAMEWORK_FILE, text, frameworkSchema, problems, {
    message: '找不到技能架構檔',
    fix: '建立 content/framework.yaml，列出 factors 與 skills',
  });
  if (!framework) return undefined;
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
  return framework;
}

/** The module list, or undefined when it is missing or broken. */
export function checkModules(text: string | undefined, problems: Problem[]): Module[] | undefined {
  const modules = readRequired(MODULES_FILE, text, modulesSchema, problems, {
    message: '找不到模組清單',
    fix: '建立 content/modules.yaml，每個模組寫 id、title、summary、order',
  });
  if (!modules) return undefined;
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
  return modules;
}
