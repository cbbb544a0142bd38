/**
 * The progress-store rows of `npm run bench:pages`, measured through the real store on a
 * heavy year: read + validate time (median of RUNS), and the bytes the store writes to
 * storage when one lesson is marked done. Writes its figures and the stored heavy-year
 * document (for the Chromium row) into bench-out/; scripts/bench-pages.mjs runs it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { memoryEngine, type StorageEngine } from '../src/progress/engine.ts';
import { readStored } from '../src/progress/read.ts';
import { $progressStatus, PROGRESS_KEY, setLessonDone, startProgress, stopProgress } from '../src/progress/store.ts';
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
  const readMs = time(runs, () => readStored(raw));

  const { engine, writes } = countingEngine({ [PROGRESS_KEY]: raw });
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
  writeFileSync(join(out, 'heavy-year.json'), raw);
  writeFileSync(
    join(out, 'store.json'),
    JSON.stringify(
      {
        node: process.version,
        key: PROGRESS_KEY,
        runs,
        storedBytes: Buffer.byteLength(raw),
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
