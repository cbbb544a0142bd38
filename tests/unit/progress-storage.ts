/** Test helpers for the split storage layout: put, emit and read back a whole document. */
import type { memoryEngine } from '../../src/progress/browser/engine.ts';
import type { ProgressDoc } from '../../src/progress/model/document.ts';
import { readSplit } from '../../src/progress/model/read.ts';
import { keyOf, PARTS, type RawParts } from '../../src/progress/model/stored.ts';
import { serialiseDocument } from '../../src/progress/model/stored-write.ts';

type Engine = ReturnType<typeof memoryEngine>;

/** The stored parts of `doc`, by storage key. */
export function splitEntries(doc: ProgressDoc): Record<string, string> {
  const parts = serialiseDocument(doc);
  return Object.fromEntries(PARTS.map((part) => [keyOf(part), parts[part]]));
}

/** Another tab writes `doc` without this tab hearing about it. */
export function putDoc(engine: Engine, doc: ProgressDoc): void {
  for (const [key, value] of Object.entries(splitEntries(doc))) engine.data.set(key, value);
}

/** Another tab writes `doc`, key by key, and this tab hears a storage event for each key. */
export function emitDoc(engine: Engine, doc: ProgressDoc): void {
  for (const [key, value] of Object.entries(splitEntries(doc))) engine.emit(key, value);
}

/** The raw stored parts. */
export function rawParts(engine: Engine): RawParts {
  return Object.fromEntries(PARTS.map((part) => [part, engine.data.get(keyOf(part)) ?? null]));
}

/** The document as stored across the split keys (null when nothing is stored). */
export function storedDoc(engine: Engine): ProgressDoc {
  const read = readSplit(rawParts(engine));
  return (read.kind === 'empty' ? null : read.doc) as ProgressDoc;
}
