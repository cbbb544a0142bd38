/** Parsing stored or imported JSON safely. Pure. */

/** A plain JSON object (not null, not an array). */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses JSON; `__proto__`/`constructor`/`prototype` keys are dropped so they can never reach a prototype. */
export function safeJsonParse(text: string): unknown {
  // The reviver triples parse time on a big document; only pay for it when a forbidden key is named.
  if (!hasForbiddenKey(text)) return JSON.parse(text);
  return JSON.parse(text, (key, value) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
}

/** True when the raw JSON text names a forbidden key anywhere (the parser drops them; an import refuses them). */
export function hasForbiddenKey(text: string): boolean {
  // Also catches escaped spellings such as "\u005f_proto__", which JSON.parse decodes.
  return /"(?:__proto__|constructor|prototype)"\s*:/.test(text) || /\\u00[0-9a-fA-F]{2}/.test(text);
}
