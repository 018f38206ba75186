/**
 * Worker thread that parses article files (used by the CLI and by tests; Electron runs the
 * same answer in a utilityProcess, parse-process.ts), so no process parses on its main thread.
 */
import { parentPort } from 'node:worker_threads';
import type { ParseRequest } from '@shared/ingest/supervisor';
import { answerParseRequest } from './answer';

parentPort?.on('message', async (request: ParseRequest) => {
  parentPort?.postMessage(await answerParseRequest(request));
});
