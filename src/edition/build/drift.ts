/**
 * Build and test time only: the drift guard. OpenCC's phrase mode (`twp → cn`) knows where Taiwan
 * vocabulary differs from the mainland's (資訊/信息, 執行/运行, 資料/数据); the edition uses the character
 * mode, so every place the two disagree needs a trainer's decision in the terms table — convert it, or keep
 * the character conversion. A new lesson with a new such word fails the test until someone decides it.
 */
import { Converter } from 'opencc-js';
import twPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import { PhraseTrie, plain } from './convert.ts';
import type { TermsTable } from '../model/terms.ts';

/** A phrase the phrase mode would write differently and the table has not decided, where it occurs. */
export interface Undecided {
  file: string;
  line: number;
  phrase: string;
  /** The edition's character conversion of the phrase. */
  character: string;
  /** What the phrase mode suggests, or `undefined` for a watched word (no suggestion). */
  phraseMode: string | undefined;
  /** The source line, for the trainer to see the context. */
  text: string;
}

let detector: PhraseTrie<string> | undefined;

/** Taiwan phrases whose phrase-mode conversion differs from the character mode's, with the suggestion. */
function phraseDetector(): PhraseTrie<string> {
  if (detector) return detector;
  const toCn = Converter({ from: 't', to: 'cn' });
  detector = new PhraseTrie<string>();
  for (const entry of twPhrasesRev.split('|')) {
    const [from, to] = entry.split(' ');
    if (!from || !to) continue;
    const suggestion = toCn(to);
    if (suggestion !== plain(from)) detector.add(from, suggestion);
  }
  return detector;
}

interface Span {
  start: number;
  end: number;
}

/** Every occurrence of each of `phrases` in `line`. */
function occurrences(line: string, phrases: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const p of phrases)
    for (let i = line.indexOf(p); i !== -1; i = line.indexOf(p, i + 1)) spans.push({ start: i, end: i + p.length });
  return spans;
}

const covers = (a: Span, b: Span) => a.start <= b.start && b.end <= a.end;

/** Lines of `text` with phrases the table has not decided (phrase-mode differences and watched words). */
export function findUndecided(file: string, text: string, table: TermsTable): Undecided[] {
  const trie = phraseDetector();
  const decided = table.entries.map((e) => e.from).filter((p) => /\p{Script=Han}/u.test(p));
  const watched = table.watch.map((w) => w.from);
  const out: Undecided[] = [];
  text.split('\n').forEach((line, index) => {
    if (!/\p{Script=Han}/u.test(line)) return;
    const found: (Span & { suggestion: string | undefined })[] = [];
    for (let i = 0; i < line.length;) {
      const m = trie.match(line, i);
      if (m) {
        found.push({ start: i, end: m.end, suggestion: m.value });
        i = m.end;
      } else i += 1;
    }
    for (const w of occurrences(line, watched))
      if (!found.some((f) => covers(f, w))) found.push({ ...w, suggestion: undefined });
    if (found.length === 0) return;
    const entries = occurrences(line, decided);
    for (const f of found) {
      if (entries.some((e) => covers(e, f) || covers(f, e))) continue;
      const phrase = line.slice(f.start, f.end);
      out.push({
        file,
        line: index + 1,
        phrase,
        character: plain(phrase),
        phraseMode: f.suggestion,
        text: line.trim(),
      });
    }
  });
  return out;
}

/** One line a trainer reads: where, which phrase, the two conversions and what to do. */
export function describeUndecided(u: Undecided): string {
  const mode =
    u.phraseMode === undefined ? '這個詞在用語表的 watch 裡，每一處都要決定' : `詞組模式會寫成「${u.phraseMode}」`;
  return (
    `${u.file} 第 ${u.line} 行：「${u.phrase}」字元轉換是「${u.character}」，${mode}。` +
    `請在 content/zh-hans.yaml 決定：convert 寫「${u.phrase}: 簡體寫法」，或在 keep 加「- ${u.phrase}」（可以寫長一點的詞只管這一處）。` +
    `原文：${u.text.length > 50 ? `${u.text.slice(0, 48)}…` : u.text}`
  );
}
