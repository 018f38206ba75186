import { parseFile } from '@shared/ingest';
import type { ParseReply, ParseRequest } from '@shared/ingest/supervisor';
import { describeThrown } from '@shared/result';

/** The one thing a parser worker does, whatever process it lives in: a request in, a reply out, never a throw. */
export async function answerParseRequest(request: ParseRequest): Promise<ParseReply> {
  try {
    return { id: request.id, outcome: await parseFile({ name: request.name, bytes: request.bytes }, request.options) };
  } catch (thrown) {
    return { id: request.id, outcome: { ok: false, error: { code: 'internal', message: `Parallax could not read this file: ${describeThrown(thrown)}` } } };
  }
}
