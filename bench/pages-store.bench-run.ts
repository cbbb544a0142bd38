/**
 * The progress-store rows of `npm run bench:pages`, measured through the real store on a
 * heavy year: read + validate time of every stored key, as /progress/ reads them (median of
 * RUNS), and the bytes the store writes to storage when one lesson is marked done. The heavy
 * year is first stored the way earlier versions did (one key) and moved by the store into
 * its split keys, as a returning learner's first visit does; the keys it then holds are what
 * the Chromium row puts into localStorage. Writes its figures and those keys into bench-out/;
 * scripts/bench-pages.mjs runs it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { memoryEngine, type StorageEngine } from '../src/progress/browser/engine.ts';
import { readStored } from '../src/progress/model/read.ts';
import { readSplit } from '../src/progress/model/read.ts';
import { keyOf, PARTS, type RawParts } from '../src/progress/model/stored.ts';
import {
  $progressStatus,
  LEGACY_KEY,
  setLessonDone,
  startProgress,
  STORED_KEYS,
  stopProgress,
} from '../src/progress/store.ts';
import { heavyDocument, time } from './heavy-year.ts';

const out = process.env.BENCH_OUT ?? 'bench-out';
const runs = Number(process.env.BENCH_RUNS ?? 30);

/** A storage engine that counts every write and removal the store makes. */
function countingEngine(initial: Record<string, string>) {
  const inner = memoryEngine(initial);
  const writes: { key: string; bytes: number }[] = [];
  const engine: StorageEngine = {
    get: (key) => inner.get(key),
    set(key, value) {
      writes.push({ key, bytes: Buffer.byteLength(key) + Buffer.byteLength(value) });
      inner.set(key, value);
    },
    remove(key) {
      writes.push({ key, bytes: 0 });
      inner.remove(key);
    },
    keys: () => inner.keys(),
    listen: (callback) => inner.listen(callback),
  };
  return { engine, writes };
}

it('measures the progress store on a heavy year', () => {
  const doc = heavyDocument();
  const raw = JSON.stringify(doc);
  const read = readStored(raw);
  if (read.kind !== 'ok') throw new Error(`heavy document did not validate: ${read.kind}`);
  const legacyReadMs = time(runs, () => readStored(raw));

  // A returning learner's first visit: the single key is backed up and moved into the split keys.
  const { engine, writes } = countingEngine({ [LEGACY_KEY]: raw });
  startProgress(engine, new Date(Date.UTC(2026, 10, 30)));
  if (engine.get(LEGACY_KEY) !== null) throw new Error('the store did not move the single key');
  const migrationWrites = writes.filter((w) => w.bytes > 0);
  const stored = Object.fromEntries(STORED_KEYS.flatMap((k) => (engine.get(k) === null ? [] : [[k, engine.get(k)!]])));
  const raws: RawParts = Object.fromEntries(PARTS.map((p) => [p, stored[keyOf(p)] ?? null]));
  const split = readSplit(raws);
  if (split.kind !== 'ok') throw new Error(`the split heavy year did not validate: ${split.kind}`);
  if (Object.keys(split.doc.attempts).length !== Object.keys(doc.attempts).length) throw new Error('attempts lost');
  const readMs = time(runs, () => readSplit(raws));
  const lessonPageMs = time(runs, () =>
    readSplit({ meta: raws.meta ?? null, lessons: raws.lessons ?? null, review: raws.review ?? null }),
  );

  // The next page: the store starts on the split keys, then one lesson is marked done.
  startProgress(engine);
  const status = $progressStatus.get();
  if (status.mode !== 'saved') throw new Error(`the store did not start in saved mode: ${JSON.stringify(status)}`);
  writes.length = 0; // the start-up probe is not part of marking a lesson done
  // A lesson the heavy year has not done yet (its lessons are all done).
  setLessonDone('role/company-representative', true, new Date(Date.UTC(2026, 11, 1)));
  stopProgress();
  const lessonWrites = writes.filter((w) => w.bytes > 0);
  if (lessonWrites.length === 0) throw new Error('marking a lesson done wrote nothing');

  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'heavy-year.json'), JSON.stringify(stored));
  writeFileSync(
    join(out, 'store.json'),
    JSON.stringify(
      {
        node: process.version,
        keys: Object.keys(stored),
        runs,
        storedBytes: Object.values(stored).reduce((sum, v) => sum + Buffer.byteLength(v), 0),
        legacyBytes: Buffer.byteLength(raw),
        legacyReadValidateMedianMs: legacyReadMs,
        lessonPageReadMedianMs: lessonPageMs,
        migrationBytesWritten: migrationWrites.reduce((sum, w) => sum + w.bytes, 0),
        attempts: Object.keys(doc.attempts).length,
        readValidateMedianMs: readMs,
        markDone: {
          bytesWritten: lessonWrites.reduce((sum, w) => sum + w.bytes, 0),
          writes: lessonWrites,
        },
      },
      null,
      2,
    ),
  );
});
