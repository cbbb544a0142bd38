/** The page's side of the team engine: one worker, started when the first files are opened. */
import type { EngineReply, EngineRequest } from '../model/engine.ts';

let worker: Worker | undefined;
const listeners = new Set<(reply: EngineReply) => void>();

/** Sends a request to the engine, starting its worker on first use. */
export function sendToEngine(request: EngineRequest): void {
  if (!worker) {
    worker = new Worker(new URL('./team-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<EngineReply>) => {
      for (const listener of listeners) listener(event.data);
    });
    worker.addEventListener('error', () => {
      for (const listener of listeners) listener({ type: 'failed' });
    });
  }
  worker.postMessage(request);
}

/** Listens to the engine's replies; returns the function that stops listening. */
export function onEngineReply(listener: (reply: EngineReply) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once a worker exists: there is engine state to clear or filter. */
export const engineStarted = (): boolean => worker !== undefined;
