/**
 * Worker thread that parses article files, so the main process (and with it every window's
 * input handling) never blocks on a large PDF or HTML page.
 */
import { parentPort } from 'node:worker_threads';
import { parseFile } from '@shared/ingest';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

parentPort?.on('message', async (request: WorkerRequest) => {
  const outcome = await parseFile({ name: request.name, bytes: request.bytes }, request.options);
  const reply: WorkerReply = { id: request.id, outcome };
  parentPort?.postMessage(reply);
});
