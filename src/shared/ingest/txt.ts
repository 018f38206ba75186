import type { ExtractedDocument, IngestError } from './types';

/** Decodes a plain-text article. (The Ingest issue widens this to legacy encodings.) */
export function extractTxt(bytes: Uint8Array): { ok: true; value: ExtractedDocument } | { ok: false; error: IngestError } {
  if (looksBinary(bytes)) {
    return { ok: false, error: { code: 'not-text', message: 'This file is not text: it contains binary data. Is it a renamed document or image?' } };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: { code: 'invalid-encoding', message: 'This file is not valid UTF-8 text.' } };
  }
  return { ok: true, value: { format: 'txt', text, metadata: {}, provenance: {}, boilerplate: [], warnings: [], lang: null } };
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.1;
}
