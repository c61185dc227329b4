import { parentPort, workerData } from 'node:worker_threads';
import type { Workspace } from '../workspace/workspace.js';
import { readChunk, type Chunk, type ChunkDone, type LoadJob } from './job.js';

/**
 * A loading thread. The checks are loaded only when a chunk is to be checked here: a
 * worker that only reads (the main thread's feeder, see parallel.ts) never loads them.
 */
if (parentPort) {
  const port = parentPort;
  // A worker started early (see threads.ts) is told its job in its first message.
  let job = workerData as LoadJob | undefined;
  let checking: Promise<typeof import('./chunk.js')> | undefined;
  let ws: Workspace | undefined;
  const handle = async (message: Chunk | { job: LoadJob } | null): Promise<void> => {
    if (message === null) {
      port.close();
      return;
    }
    if ('job' in message) {
      job = message.job;
      return;
    }
    const given = job;
    if (!given) throw new Error('loading worker was sent files before its job');
    const { index, rels } = message;
    if (message.readOnly) {
      port.postMessage({ index, files: readChunk(given, rels) } satisfies ChunkDone);
      return;
    }
    checking ??= import('./chunk.js').then(async (chunk) => {
      // Drafts carry some words (see schema/map-errors.ts), so workers speak as the run does.
      const { setLanguage } = await import('../i18n/index.js');
      setLanguage(given.language);
      return chunk;
    });
    const { runChunk, portable, workspaceOf } = await checking;
    const units = runChunk(given, rels, () => (ws ??= workspaceOf(given))).map(portable);
    port.postMessage({ index, units } satisfies ChunkDone);
  };
  // One message at a time, in order; a failure stops the worker, which its run notices.
  let tail = Promise.resolve();
  port.on('message', (message: Chunk | { job: LoadJob } | null) => {
    tail = tail
      .then(() => handle(message))
      .catch((error: unknown) => {
        setImmediate(() => {
          throw error;
        });
      });
  });
}
