import type { FileOutcome, IngestOptions } from '@shared/ingest/types';

export interface WorkerRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
  options: IngestOptions;
}

export interface WorkerReply {
  id: number;
  outcome: FileOutcome;
}
