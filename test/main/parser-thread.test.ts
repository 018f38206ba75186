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
    if (!crashed.ok) expect(crashed.error.message).toMatch(/The parser stopped unexpectedly while reading this file \(exit code 3\); Parallax restarted it/);
    const after = await thread.parse('after.txt', new Uint8Array(2), {});
    expect(after).toMatchObject({ ok: false, error: { message: 'after.txt:2' } });
  });

  it('ends a parse that goes past its time budget, answers that file in words, and parses the next', async () => {
    thread = createParserThread(ECHO_WORKER);
    const [stuck, next] = await Promise.all([
      thread.parse('hang.txt', new Uint8Array(1), { timeBudgetMs: 1_000 }),
      thread.parse('next.txt', new Uint8Array(4), { timeBudgetMs: 1_000 }),
    ]);
    expect(stuck).toEqual({
      ok: false,
      error: {
        code: 'over-budget',
        message:
          'Reading this file took longer than 1 second, so Parallax stopped it and went on with the next file. If it is a real article, raise "Longest time to read one file" in Preferences and import it again.',
      },
    });
    expect(next).toMatchObject({ ok: false, error: { message: 'next.txt:4' } });
  });

  it('ends a parse that goes past its memory budget, answers that file in words, and parses the next', async () => {
    thread = createParserThread(ECHO_WORKER);
    const [hoarder, next] = await Promise.all([
      thread.parse('eat-memory.txt', new Uint8Array(1), { memoryBudgetMb: 128 }),
      thread.parse('next.txt', new Uint8Array(4), { memoryBudgetMb: 128 }),
    ]);
    expect(hoarder).toMatchObject({ ok: false, error: { code: 'over-budget' } });
    expect(!hoarder.ok && hoarder.error.message).toMatch(/^Reading this file needed more than 128 MB of memory/);
    expect(next).toMatchObject({ ok: false, error: { message: 'next.txt:4' } });
  });
});
