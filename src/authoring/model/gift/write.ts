/** Writes an imported quiz as the YAML trainers edit. Pure. */
import { stringify } from 'yaml';
import type { Quiz } from '../../../course/model/schemas.ts';

const KEY_ORDER = ['id', 'type', 'skill', 'kind', 'prompt', 'options', 'items', 'pairs', 'explanation'];

/** A question with its keys in the order the authoring guide writes them. */
const ordered = (q: Quiz['questions'][number]) =>
  Object.fromEntries(Object.entries(q).sort(([a], [b]) => KEY_ORDER.indexOf(a) - KEY_ORDER.indexOf(b)));

/** The quiz as YAML, with a header saying where it came from and what to review. */
export function quizYaml(quiz: Quiz, source: string): string {
  const header = [
    `# 從 Moodle GIFT 匯入：${source}`,
    '# 請逐題檢查：kind（apply 新情境 / recall 回想課文）、每個選項的 feedback 與 explanation。',
    '',
  ].join('\n');
  return (
    header +
    stringify(
      { title: quiz.title, questions: quiz.questions.map(ordered) },
      { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' },
    )
  );
}
