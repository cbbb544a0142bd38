/**
 * Reading many files on a few readers at once (the team page's worker pool, and the Node benchmark's
 * threads): each reader takes the next file as soon as it is free, and the results are handed on in the
 * files' order, whatever order they finish in, so the learners, merges and refusals come out exactly as
 * when the files are read one after another. Pure: the readers are functions the caller supplies.
 */

/** How many readers for a machine with `cores` logical cores: all of them up to `cap`, at least one. */
export function readerCount(cores: number | undefined, cap = 4): number {
  const n = Number.isFinite(cores) ? Math.floor(cores!) : 1;
  return Math.max(1, Math.min(n, cap));
}

/**
 * Reads files 0…total−1 with `readers` readers. `read(index, reader)` reads one file on that reader;
 * `onDone(done)` is told after each file finishes, for a progress bar; `onResult(index, result)` gets the
 * results in file order. A read that rejects stops the reading: no other file is started, and once the
 * files in hand are done the promise rejects with that error.
 */
export async function readInOrder<T>(
  total: number,
  readers: number,
  read: (index: number, reader: number) => Promise<T>,
  onResult: (index: number, result: T) => void,
  onDone: (done: number) => void = () => {},
): Promise<void> {
  const waiting = new Map<number, T>();
  let next = 0;
  let done = 0;
  let handed = 0;
  let failure: { error: unknown } | undefined;
  const run = async (reader: number) => {
    while (next < total && !failure) {
      const index = next++;
      try {
        waiting.set(index, await read(index, reader));
      } catch (error) {
        failure ??= { error };
        return;
      }
      onDone(++done);
      for (; waiting.has(handed); handed++) {
        const result = waiting.get(handed)!;
        waiting.delete(handed);
        onResult(handed, result);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(readers, total)) }, (_, r) => run(r)));
  if (failure) throw failure.error;
}
