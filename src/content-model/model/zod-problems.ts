/** Turns zod issues into trainer-worded problems: one helper for every content kind. */
import type { ZodIssue, ZodType } from 'zod';
import { showValue, type Problem } from './problems.ts';

/** Renders a zod path as `questions[2].options[0].feedback`. */
export function fieldPath(path: (string | number)[]): string {
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

/** Runs a schema and turns every issue into a problem naming file, field, value and fix. */
export function checkSchema<T>(file: string, schema: ZodType<T>, data: unknown, problems: Problem[]): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = fieldPath(issue.path) || '（整個檔案）';
    const missing = issue.code === 'invalid_type' && issue.received === 'undefined';
    const empty = data === null || data === undefined;
    problems.push({
      file,
      field,
      value: missing || empty ? undefined : showValue(valueAt(data, issue.path)),
      message: missing ? '缺少必填欄位' : empty ? '檔案是空的' : issue.message,
      fix: empty ? '依照 content/README.md 的範例寫入內容，或刪掉這個檔案' : fixFor(issue, field),
    });
  }
  return undefined;
}
