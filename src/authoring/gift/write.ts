/** Writes an imported quiz as the YAML trainers edit. Pure. */
import { stringify } from 'yaml';
import type { Quiz } from '../../content-model/schemas.ts';

/** The quiz as YAML, with a header saying where it came from and what to review. */
export function quizYaml(quiz: Quiz, source: string): string {
  const header = [
    `# 從 Moodle GIFT 匯入：${source}`,
    '# 請逐題檢查：kind（apply 新情境 / recall 回想課文）、每個選項的 feedback 與 explanation。',
    '',
  ].join('\n');
  return header + stringify(quiz, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
}
