/** One problem found in a content file, worded for a trainer: what, where, how to fix. */
export interface Problem {
  /** Path from the project root, e.g. `content/quizzes/role-basics.yaml`. */
  file: string;
  /** Field path inside the file, e.g. `questions[2].options`. Empty for the whole file. */
  field: string;
  /** The offending value, as written (shortened). */
  value?: string | undefined;
  /** What is wrong and why. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** Shortens a value for a message so a long paragraph does not drown the problem. */
export function showValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  if (s === undefined) return undefined;
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** Renders one problem as a single line: file › field: message (value). 修正：fix */
export function formatProblem(p: Problem): string {
  const where = p.field ? `${p.file} › ${p.field}` : p.file;
  const value = p.value !== undefined ? `（目前的值：${p.value}）` : '';
  return `${where}：${p.message}${value}。修正：${p.fix}`;
}

/** The error the build stops with: every problem, one per line, and how many. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `內容檢查發現 ${problems.length} 個問題，網站沒有建置：\n` +
        problems.map((p) => `  • ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Suggests the closest known id, to turn a typo into a one-word fix. */
export function closest(value: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(value, k);
    if (d < bestDistance) {
      bestDistance = d;
      best = k;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
