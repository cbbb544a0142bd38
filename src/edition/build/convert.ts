/**
 * Build time only: Traditional → Simplified for the `/zh-hans/` edition. OpenCC's character mode
 * (`tw → cn`: characters and Taiwan variants, never Taiwan→mainland vocabulary) plus the trainers'
 * terms table, whose phrases win wherever they match (longest first). The browser never loads this.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js';
import stCharacters from 'opencc-js/dict/STCharacters';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import tsPhrases from 'opencc-js/dict/TSPhrases';
import twVariantsRev from 'opencc-js/dict/TWVariantsRev';
import { findSimplified } from '../../content-model/model/simplified.ts';
import type { Problem } from '../../content-model/model/problems.ts';
import { readTerms, TERMS_FILE, type TermEntry, type TermsTable } from '../model/terms.ts';

let plainConverter: ((s: string) => string) | undefined;

/** OpenCC `tw → cn`, characters only: what the edition would be without the terms table. */
export function plain(text: string): string {
  plainConverter ??= Converter({ from: 'tw', to: 'cn' });
  return plainConverter(text);
}

/** A phrase trie over code points: the longest entry starting at a position. */
export class PhraseTrie<T> {
  private readonly root = new Map<string, { next: Map<string, unknown>; value?: T }>();

  add(phrase: string, value: T): void {
    let level = this.root as Map<string, { next: Map<string, unknown>; value?: T }>;
    let node: { next: Map<string, unknown>; value?: T } | undefined;
    for (const c of phrase) {
      node = level.get(c);
      if (!node) level.set(c, (node = { next: new Map() }));
      level = node.next as typeof level;
    }
    if (node) node.value = value;
  }

  /** The longest phrase at `start` (UTF-16 index): its end and value. */
  match(text: string, start: number): { end: number; value: T } | undefined {
    let level = this.root;
    let found: { end: number; value: T } | undefined;
    let i = start;
    while (i < text.length) {
      const c = String.fromCodePoint(text.codePointAt(i)!);
      const node = level.get(c);
      if (!node) break;
      i += c.length;
      if (node.value !== undefined) found = { end: i, value: node.value };
      level = node.next as typeof level;
    }
    return found;
  }
}

/** A converter for the table: its phrases where they match, OpenCC's character mode between them. */
export function createConverter(table: TermsTable): (text: string) => string {
  const trie = new PhraseTrie<TermEntry>();
  for (const e of table.entries) trie.add(e.from, e);
  const cache = new Map<string, string>();
  return (text: string) => {
    if (!/[\p{Script=Han}「」『』]/u.test(text)) return text;
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    let out = '';
    let gap = 0;
    for (let i = 0; i < text.length;) {
      const m = trie.match(text, i);
      if (!m) {
        i += text.codePointAt(i)! > 0xffff ? 2 : 1;
        continue;
      }
      out += plain(text.slice(gap, i)) + (m.value.to ?? plain(m.value.from));
      i = gap = m.end;
    }
    out += plain(text.slice(gap));
    if (cache.size > 20_000) cache.clear();
    cache.set(text, out);
    return out;
  };
}

const entries = (dict: string) => dict.split('|').map((e) => e.split(' ') as [string, ...string[]]);
let traditionalOnly: Set<string> | undefined;

/**
 * Characters that never belong in Simplified text: ones OpenCC's character mode changes, less those a
 * Simplified phrase keeps (乾隆, 著名) or Simplified writing uses as they are (the keys of STCharacters).
 */
export function traditionalOnlyChars(): Set<string> {
  if (traditionalOnly) return traditionalOnly;
  const candidates = new Set<string>();
  for (const [from] of [...entries(tsCharacters), ...entries(twVariantsRev)])
    for (const c of from) if (plain(c) !== c) candidates.add(c);
  for (const [, ...to] of entries(tsPhrases)) for (const t of to) for (const c of t) candidates.delete(c);
  for (const [from] of entries(stCharacters)) for (const c of from) candidates.delete(c);
  return (traditionalOnly = candidates);
}

/**
 * Each Traditional character left in Simplified `text`, once, in order: one of `traditionalOnlyChars()`
 * (or of `extra`, the table's one-character entries such as 牠) that converting the text again would
 * change, so a character a Simplified phrase keeps (著名, 乾隆) is not reported.
 */
export function findTraditional(text: string, extra: ReadonlySet<string> = new Set()): string[] {
  const set = traditionalOnlyChars();
  const chars = [...text];
  if (!chars.some((c) => set.has(c) || extra.has(c))) return [];
  const again = [...plain(text)];
  const same = again.length === chars.length;
  const found = chars.filter((c, i) => extra.has(c) || (set.has(c) && (!same || again[i] !== c)));
  return [...new Set(found)];
}

/** The terms table from its file, checked with OpenCC (problems name the file, the line and the fix). */
export function loadTerms(root: string): { table: TermsTable; problems: Problem[] } {
  const text = readFileSync(join(root, TERMS_FILE), 'utf8');
  return readTerms(text, { plain, simplifiedIn: (s) => findSimplified(s).map((f) => f.char) });
}

/**
 * For the search index: the mainland words the terms table puts in place of a text's Traditional ones
 * (資訊 → 信息, 銷售資料 → 销售数据), once per occurrence, so a query typed either way finds the lesson.
 * Punctuation and `keep` entries add nothing (the character fold already matches them).
 */
export function mainlandWords(root = process.cwd()): (text: string) => string[] {
  const entries = loadTerms(root).table.entries.filter(
    (e): e is TermEntry & { to: string } => e.to !== undefined && /\p{Script=Han}/u.test(e.to),
  );
  const trie = new PhraseTrie<TermEntry & { to: string }>();
  for (const e of entries) trie.add(e.from, e);
  return (text) => {
    const words: string[] = [];
    for (let i = 0; i < text.length;) {
      const m = trie.match(text, i);
      if (m) {
        words.push(m.value.to);
        i = m.end;
      } else i += 1;
    }
    return words;
  };
}
