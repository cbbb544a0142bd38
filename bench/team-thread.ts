/**
 * A reader thread of the team benchmark: what a reader of the team page's worker pool does
 * (src/team/browser/team-worker.ts), with the disk in place of the picked File: each message names a
 * file, which goes through the same readPickedFile (the import rules and the cut-down), and the small
 * result goes back with the time spent reading the disk and checking.
 */
import { readFileSync, statSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { readPickedFile } from '../src/team/model/files.ts';

export interface ThreadTask {
  id: number;
  name: string;
  path: string;
}

parentPort?.on('message', async ({ id, name, path }: ThreadTask) => {
  let readMs = 0;
  const t0 = performance.now();
  const result = await readPickedFile(
    name,
    statSync(path).size,
    async () => {
      const r0 = performance.now();
      const text = readFileSync(path, 'utf8');
      readMs = performance.now() - r0;
      return text;
    },
    '不是 .json 檔案，略過了。',
  );
  parentPort!.postMessage({ id, result, readMs, checkMs: performance.now() - t0 - readMs });
});
