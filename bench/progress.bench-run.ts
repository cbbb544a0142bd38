/**
 * A heavy year of use: 2,000 quiz attempts, 50 assessments, every lesson done, a full
 * review schedule. Prints the stored size and the time to read+validate and to record
 * one more attempt. Run with `npm run bench:progress`.
 */
import { gzipSync } from 'node:zlib';
import { it } from 'vitest';
import { attempt, heavyDocument, time } from './heavy-year.ts';
import { memoryEngine } from '../src/progress/browser/engine.ts';
import { readStored } from '../src/progress/model/read.ts';
import { readSplit } from '../src/progress/model/read.ts';
import { keyOf, PARTS, type RawParts } from '../src/progress/model/stored.ts';
import { LEGACY_KEY, recordAttempt, startProgress, stopProgress } from '../src/progress/store.ts';

it('measures a heavy year of progress', () => {
  const doc = heavyDocument();
  const raw = JSON.stringify(doc);
  const read = readStored(raw);
  if (read.kind !== 'ok') throw new Error(`heavy document did not validate: ${read.kind}`);
  const legacyReadMs = time(30, () => readStored(raw));
  const stringifyMs = time(30, () => JSON.stringify(doc));
  // The store moves the single key of earlier versions into one key per collection.
  const engine = memoryEngine({ [LEGACY_KEY]: raw });
  startProgress(engine);
  const raws: RawParts = Object.fromEntries(PARTS.map((p) => [p, engine.get(keyOf(p))]));
  if (readSplit(raws).kind !== 'ok') throw new Error('the split heavy year did not validate');
  const readMs = time(30, () => readSplit(raws));
  const lessonMs = time(30, () =>
    readSplit({ meta: raws.meta ?? null, lessons: raws.lessons ?? null, review: raws.review ?? null }),
  );
  const recordMs = time(30, (i) => recordAttempt({ ...attempt(10_000 + i), id: `new-${i}` }));
  stopProgress();
  const rows = [
    [
      'attempts / assessments / review cards',
      `${Object.keys(doc.attempts).length} / ${Object.keys(doc.assessments).length} / ${Object.keys(doc.review).length}`,
    ],
    ['stored size (bytes)', String(Buffer.byteLength(raw))],
    ['stored size gzip (bytes, export download)', String(gzipSync(raw).length)],
    ['read + validate, every key (/progress/) (median ms)', readMs.toFixed(2)],
    ['read + validate, lessons + review + meta (median ms)', lessonMs.toFixed(2)],
    ['read + validate, the single key of earlier versions (median ms)', legacyReadMs.toFixed(2)],
    ['JSON.stringify alone (median ms)', stringifyMs.toFixed(2)],
    ['record one attempt: re-read, merge, write (median ms)', recordMs.toFixed(2)],
  ];
  console.log(
    `\nProgress store benchmark (Node ${process.version})\n` +
      rows.map(([k, v]) => `  ${(k ?? '').padEnd(64)} ${v}`).join('\n'),
  );
});
