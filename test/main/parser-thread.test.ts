import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createParserThread } from '../../src/main/ingest/parser-thread';

const ECHO_WORKER = resolve(import.meta.dirname, '../fixtures/workers/echo-worker.mjs');

describe('the parser thread', () => {
  let thread: ReturnType<typeof createParserThread> | null = null;
  afterEach(async () => {
    await thread?.dispose();
  });

  it('answers each file with the outcome the worker computed for it, in order', async () => {
    thread = createParserThread(ECHO_WORKER);
    const outcomes = await Promise.all([
      thread.parse('a.txt', new Uint8Array(3), {}),
      thread.parse('b.txt', new Uint8Array(5), {}),
    ]);
    expect(outcomes.map((o) => (o.ok ? '' : o.error.message))).toEqual(['a.txt:3', 'b.txt:5']);
  });

  it('leaves the caller’s bytes usable after sending them to the worker', async () => {
    thread = createParserThread(ECHO_WORKER);
    const pooled = Buffer.from('shared pool');
    const view = new Uint8Array(pooled.buffer, pooled.byteOffset, pooled.byteLength);
    await thread.parse('a.txt', view, {});
    expect(Buffer.from(view).toString()).toBe('shared pool');
  });

  it('fails the files in flight with a message when the worker dies, then starts a fresh one', async () => {
    thread = createParserThread(ECHO_WORKER);
    const crashed = await thread.parse('crash.txt', new Uint8Array(1), {});
    expect(crashed).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!crashed.ok) expect(crashed.error.message).toMatch(/stopped unexpectedly/);
    const after = await thread.parse('after.txt', new Uint8Array(2), {});
    expect(after).toMatchObject({ ok: false, error: { message: 'after.txt:2' } });
  });
});
