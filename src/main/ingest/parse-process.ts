/**
 * The parser's own process in Electron (a utilityProcess, started by utility-worker.ts): it
 * has no Electron APIs, no window, and only the bytes each request carries. Node's permission
 * model (flags set by its parent) lets it read its own code and nothing else on the disk.
 */
import type { ParseRequest } from '@shared/ingest/supervisor';
import { answerParseRequest } from './answer';

interface ParentPort {
  on(event: 'message', listener: (event: { data: ParseRequest }) => void): void;
  postMessage(message: unknown): void;
}

const port = (process as unknown as { parentPort?: ParentPort }).parentPort;
port?.on('message', async (event) => {
  port.postMessage(await answerParseRequest(event.data));
});
