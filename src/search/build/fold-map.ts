/**
 * Build time only: derives the character fold map from the course text with opencc-js.
 * The browser never loads opencc-js (its dictionaries are over 1 MB); it gets only the
 * pairs for characters the course actually uses, inside the index JSON. A query
 * character with no pair either is already in the folded form or cannot occur in the
 * course, so it cannot match anything anyway.
 */
import { Converter } from 'opencc-js';
import type { FoldMap } from '../model/fold.ts';

/**
 * Maps every Han character of `texts` (after width/case folding) to its Simplified form
 * when that differs, and — for Simplified characters in the text — maps their usual
 * Traditional form to them too, so a Traditional query finds Simplified text as well;
 * likewise the usual Traditional form of each folded character, so a variant the course
 * does not use (煙 where it writes 菸) still finds it.
 */
export function buildFoldMap(texts: Iterable<string>): FoldMap {
  // 'tw' reads Taiwan-standard variants too (裏/裡, 著), which is how the course is written.
  const toSimplified = Converter({ from: 'tw', to: 'cn' });
  const toTraditional = Converter({ from: 'cn', to: 'tw' });
  const single = (s: string) => [...s].length === 1;
  const chars = new Set<string>();
  for (const text of texts)
    for (const c of text.normalize('NFKC').toLowerCase()) if (/\p{Script=Han}/u.test(c)) chars.add(c);
  const map = new Map<string, string>();
  for (const c of chars) {
    // Only one code point to one code point: folding must keep offsets for highlighting.
    const s = toSimplified(c);
    if (s !== c && single(s)) {
      map.set(c, s);
      // A variant of the course's character folds the same way (the course writes 菸, a learner may type 煙).
      const variant = toTraditional(s);
      if (variant !== c && single(variant) && !map.has(variant)) map.set(variant, s);
    }
    const t = toTraditional(c);
    if (t !== c && single(t) && !map.has(t)) {
      const back = toSimplified(t);
      if (back !== t && single(back)) map.set(t, back);
    }
  }
  // Settle chains (a → b where b → c) so that folding twice changes nothing.
  for (const [from, to] of map) {
    let target = to;
    for (let hops = 0; map.has(target) && map.get(target) !== target && hops < 8; hops++) target = map.get(target)!;
    map.set(from, target);
  }
  return map;
}
