/**
 * The team engine's worker: reads each file the page hands it through the import rules, keeps the
 * learners' documents, and posts back progress and the roll-up (model/engine.ts).
 */
import { addResults, newEngineState, viewOf, type EngineReply, type EngineRequest } from '../model/engine.ts';
import { MAX_IMPORT_BYTES, readTeamFile, type TeamFileResult } from '../model/files.ts';

/** The worker's global scope, as far as this file uses it (the project's types are the page's, not a worker's). */
const scope = self as unknown as {
  postMessage(message: EngineReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<EngineRequest>) => void): void;
};

let state = newEngineState();
const post = (reply: EngineReply) => scope.postMessage(reply);

/** One file: refused unread when too big or not a .json file, else read and checked. */
async function readOne(name: string, file: Blob, skipped: string): Promise<TeamFileResult> {
  if (!/\.json$/i.test(name)) return { ok: false, name, code: 'not-json', message: skipped };
  const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
  return readTeamFile(name, text, file.size);
}

// Requests are handled one at a time, in order: a filter sent while files are read applies after them.
let queue = Promise.resolve();
scope.addEventListener('message', (event) => {
  const request = event.data;
  queue = queue.then(() => handle(request));
});

async function handle(request: EngineRequest): Promise<void> {
  if (request.type === 'clear') state = newEngineState();
  else if (request.type === 'filter') state = { ...state, filter: request.filter };
  else {
    state = { ...state, course: request.course };
    let ok = 0;
    let bad = 0;
    for (const [i, { name, file }] of request.files.entries()) {
      const added = addResults(state, [await readOne(name, file, request.skipped)], request.duplicate);
      state = added.state;
      ok += added.ok;
      bad += added.bad;
      post({ type: 'progress', done: i + 1, total: request.files.length });
    }
    post({ type: 'view', view: viewOf(state), read: { ok, bad } });
    return;
  }
  post({ type: 'view', view: viewOf(state) });
}
