/**
 * Finds Simplified characters in Traditional text with OpenCC's own data: a character
 * that the Simplified→Taiwan conversion changes and that never occurs in OpenCC's
 * Traditional text (so 台, 里, 干, 只 — valid in both — are left alone).
 */
import { Converter } from 'opencc-js';
import stPhrases from 'opencc-js/dict/STPhrases';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import tsPhrases from 'opencc-js/dict/TSPhrases';
import type { Problem } from './problems.ts';

let traditional: Set<string> | undefined;
let toTraditional: ((s: string) => string) | undefined;

function traditionalChars(): Set<string> {
  if (traditional) return traditional;
  const set = new Set<string>();
  const add = (dict: string, side: 0 | 1) => {
    for (const entry of dict.split('|')) for (const c of entry.split(' ')[side] ?? '') set.add(c);
  };
  add(tsCharacters, 0);
  add(tsPhrases, 0);
  add(stPhrases, 1);
  return (traditional = set);
}

/** Each Simplified-only character of `text` with its Traditional form, in order of appearance. */
export function findSimplified(text: string): { char: string; traditional: string }[] {
  toTraditional ??= Converter({ from: 'cn', to: 'tw' });
  const known = traditionalChars();
  const seen = new Map<string, string>();
  for (const c of text) {
    if (seen.has(c) || !/\p{Script=Han}/u.test(c) || known.has(c)) continue;
    const t = toTraditional(c);
    if (t !== c) seen.set(c, t);
  }
  return [...seen].map(([char, t]) => ({ char, traditional: t }));
}

const byText = new Map<string, Problem[]>();

/** One problem per line of `text` that holds Simplified characters, with their Traditional forms. */
export function simplifiedProblems(file: string, text: string): Problem[] {
  const key = `${file}\u0001${text}`;
  const hit = byText.get(key);
  if (hit) return hit;
  if (byText.size > 500) byText.clear();
  const found = findSimplifiedLines(file, text);
  byText.set(key, found);
  return found;
}

function findSimplifiedLines(file: string, text: string): Problem[] {
  return text.split('\n').flatMap((line, i) => {
    const found = findSimplified(line);
    if (found.length === 0) return [];
    return [
      {
        file,
        field: `第 ${i + 1} 行`,
        value: found.map((f) => f.char).join('、'),
        message: '這一行有簡體字，課程的原稿要用繁體中文',
        fix: `改成繁體：${found.map((f) => `${f.char}→${f.traditional}`).join('、')}`,
      },
    ];
  });
}
