/** Terminal wording of a content check: a header, then one line per problem. */
import { formatProblem, type Problem } from './problems.ts';

/** The lines printed for a failed check: what happened, then each problem on its own line. */
export function reportLines(problems: Problem[], stopped: boolean): string[] {
  const header = stopped
    ? `內容檢查發現 ${problems.length} 個問題，網站沒有建置：`
    : `內容檢查發現 ${problems.length} 個問題（預覽會先顯示問題清單，改好存檔後自動恢復）：`;
  return [header, ...problems.map((p) => `  • ${formatProblem(p)}`)];
}

/** The lines printed for warnings, which never stop anything. */
export function warningLines(warnings: Problem[]): string[] {
  if (warnings.length === 0) return [];
  return [`內容檢查的 ${warnings.length} 個提醒（不影響建置）：`, ...warnings.map((p) => `  • ${formatProblem(p)}`)];
}
