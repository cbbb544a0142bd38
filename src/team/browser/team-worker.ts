/**
 * The team engine's worker: keeps the learners' documents and posts back progress and the roll-up
 * (model/engine.ts). The files themselves are read by a small pool of readers, copies of this same
 * script started as workers of their own (so nothing more is fetched), one per core up to four: each
 * reads a file through the import rules, cuts it down and sends back only what the roll-up needs.
 * The results are added in the order the files were picked (model/pool.ts), so the view is the same
 * as reading them one by one. Where a worker cannot start workers, or a reader fails, the engine
 * reads the file itself.
 */
import { addResults, newEngineState, viewOf, type EngineReply, type EngineRequest } from '../model/engine.ts';
import { readPickedFile, type TeamFileResult } from '../model/files.ts';
import { readerCount, readInOrder } from '../model/pool.ts';

/** A reader's task and its answer. */
type ReadRequest = { id: number; name: string; file: Blob; skipped: string };
type ReadReply = { id: number; result: TeamFileResult } | { id: number; failed: true };

/** The worker's global scope, as far as this file uses it (the project's types are the page's, not a worker's). */
const scope = self as unknown as {
  name: string;
  location: { href: string };
  navigator: { hardwareConcurrency?: number };
  Worker?: typeof Worker;
  postMessage(message: EngineReply | ReadReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<EngineRequest & ReadRequest>) => void): void;
};

const READER = 'team-reader';

/** One file: refused unread when too big or not a .json file, else read and checked. */
const readOne = (name: string, file: Blob, skipped: string) =>
  readPickedFile(name, file.size, () => file.text(), skipped);

/** A reader of the pool: its worker, and the files it has been handed, by task id. */
interface Reader {
  worker: Worker | undefined;
  pending: Map<number, { task: ReadRequest; resolve: (result: TeamFileResult | Promise<TeamFileResult>) => void }>;
}

let tasks = 0;

/** Starts `n` readers; none when this browser's workers cannot start workers. */
function startReaders(n: number): Reader[] {
  const readers: Reader[] = [];
  for (let i = 0; i < n && scope.Worker; i++) {
    let worker: Worker;
    try {
      worker = new scope.Worker(scope.location.href, { type: 'module', name: READER });
    } catch {
      break;
    }
    const reader: Reader = { worker, pending: new Map() };
    worker.addEventListener('message', (event: MessageEvent<ReadReply>) => {
      const reply = event.data;
      const entry = reader.pending.get(reply.id);
      if (!entry) return;
      reader.pending.delete(reply.id);
      // A file the reader could not read is tried once more here; if the browser refuses it again, the batch fails.
      entry.resolve('result' in reply ? reply.result : readHere(entry.task));
    });
    // A reader that stops (it could not start, or ran out of memory) is given nothing more; its files are read here.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      stopReader(reader);
    });
    readers.push(reader);
  }
  return readers;
}

function stopReader(reader: Reader): void {
  reader.worker?.terminate();
  reader.worker = undefined;
  const pending = [...reader.pending.values()];
  reader.pending.clear();
  for (const { task, resolve } of pending) resolve(readHere(task));
}

const readHere = (task: ReadRequest) => readOne(task.name, task.file, task.skipped);

/** Reads one file on `reader`, or here when there is no reader. */
function readOn(reader: Reader | undefined, task: ReadRequest): Promise<TeamFileResult> {
  if (!reader?.worker) return readHere(task);
  const worker = reader.worker;
  return new Promise((resolve) => {
    reader.pending.set(task.id, { task, resolve });
    worker.postMessage(task);
  });
}

let state = newEngineState();
const post = (reply: EngineReply) => scope.postMessage(reply);

async function readFiles(request: Extract<EngineRequest, { type: 'add' }>): Promise<void> {
  state = { ...state, course: request.course };
  const { files } = request;
  const readers = startReaders(Math.min(files.length, readerCount(scope.navigator.hardwareConcurrency)));
  let ok = 0;
  let bad = 0;
  try {
    await readInOrder(
      files.length,
      Math.max(1, readers.length),
      (i, r) =>
        readOn(readers[r], { id: ++tasks, name: files[i]!.name, file: files[i]!.file, skipped: request.skipped }),
      (_, result) => {
        const added = addResults(state, [result], request.duplicate);
        state = added.state;
        ok += added.ok;
        bad += added.bad;
      },
      (done) => post({ type: 'progress', done, total: files.length }),
    );
  } finally {
    for (const reader of readers) reader.worker?.terminate();
  }
  post({ type: 'view', view: viewOf(state), read: { ok, bad } });
}

async function handle(request: EngineRequest): Promise<void> {
  if (request.type === 'add') return readFiles(request);
  if (request.type === 'clear') state = newEngineState();
  else state = { ...state, filter: request.filter };
  post({ type: 'view', view: viewOf(state) });
}

if (scope.name === READER) {
  // A reader: one file per message, the cut-down result back.
  scope.addEventListener('message', (event) => {
    const { id, name, file, skipped } = event.data;
    readOne(name, file, skipped).then(
      (result) => scope.postMessage({ id, result }),
      () => scope.postMessage({ id, failed: true }),
    );
  });
} else {
  // Requests are handled one at a time, in order: a filter sent while files are read applies after them.
  let queue = Promise.resolve();
  scope.addEventListener('message', (event) => {
    const request = event.data;
    queue = queue.then(() => handle(request)).catch(() => post({ type: 'failed' }));
  });
}
