import type { FileBytes, ImportCandidate, ParallaxBridge, ParseOptions } from '@shared/bridge';
import type { ParsedFile } from '@shared/ingest/types';
import type { Result } from '@shared/result';

/** One file waiting to be imported: bytes the renderer holds, or a file main was granted. */
export type ImportJob =
  | { kind: 'blob'; displayPath: string; blob: Blob }
  | { kind: 'bytes'; displayPath: string; file: FileBytes }
  | { kind: 'candidate'; displayPath: string; candidate: ImportCandidate }
  | { kind: 'url'; displayPath: string; url: string };

export async function parseJob(bridge: ParallaxBridge, job: ImportJob, options: ParseOptions): Promise<Result<ParsedFile>> {
  switch (job.kind) {
    case 'url':
      return bridge.fetchUrl({ url: job.url, options });
    case 'candidate':
      return bridge.parseCandidate({ token: job.candidate.token, options });
    case 'bytes':
      return bridge.parseBytes({ file: job.file, options });
    case 'blob': {
      const bytes = new Uint8Array(await job.blob.arrayBuffer());
      return bridge.parseBytes({ file: { name: nameOf(job.displayPath), bytes }, options });
    }
  }
}

function nameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
