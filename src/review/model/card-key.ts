/** The key of a question's review card, `<quiz>/<question>`, and its inverse. Pure. */

/** The key of a question's card. */
export const cardKey = (quiz: string, question: string): string => `${quiz}/${question}`;

/**
 * The quiz and question of a card key. Content ids never hold `/` (content-model/ids.ts), so the key splits
 * at its last `/`; a key without one, or with an empty part, is not a card key.
 */
export function parseCardKey(key: string): { quiz: string; question: string } | undefined {
  const at = key.lastIndexOf('/');
  if (at <= 0 || at === key.length - 1) return undefined;
  return { quiz: key.slice(0, at), question: key.slice(at + 1) };
}
