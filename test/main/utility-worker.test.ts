import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { ParseRequest } from '@shared/ingest/supervisor';
import { createParserProcess, parserProcessOptions, type ForkUtility, type UtilityChild } from '../../src/main/ingest/utility-worker';

/** A stand-in for Electron's utilityProcess: answers like parse-process.ts, or dies as told. */
function fakeFork(behaviour: (request: ParseRequest, child: EventEmitter) => void) {
  const forks: { modulePath: string; options: unknown }[] = [];
  const fork: ForkUtility = (modulePath, _args, options) => {
    forks.push({ modulePath, options });
    const child = new EventEmitter();
    const handle: UtilityChild = {
      postMessage: (message) => queueMicrotask(() => behaviour(message as ParseRequest, child)),
      on: (event: string, listener: (...args: any[]) => void) => child.on(event, listener), // eslint-disable-line @typescript-eslint/no-explicit-any
      kill: () => true,
    } as UtilityChild;
    return handle;
  };
  return { fork, forks };
}

describe("Electron's parser process", () => {
  it('is forked with a bounded heap, read access to its own folder only, and an empty environment', () => {
    expect(parserProcessOptions(['/app/out', '/app/node_modules'], 768)).toEqual({
      serviceName: 'Parallax parser',
      execArgv: ['--max-old-space-size=768', '--permission', '--allow-fs-read=/app/out', '--allow-fs-read=/app/node_modules'],
      stdio: 'ignore',
      env: {},
    });
  });

  it('answers a file whose process ran out of memory in words, then forks a fresh process for the next', async () => {
    const { fork, forks } = fakeFork((request, child) => {
      if (request.name === 'bomb.docx') child.emit('exit', 134);
      else child.emit('message', { id: request.id, outcome: { ok: false, error: { code: 'empty', message: request.name } } });
    });
    const parser = createParserProcess(fork, '/app/out/main/parse-process.js', ['/app/out']);
    const [bomb, next] = await Promise.all([
      parser.parse('bomb.docx', new Uint8Array(1), { memoryBudgetMb: 256 }),
      parser.parse('next.txt', new Uint8Array(1), { memoryBudgetMb: 256 }),
    ]);
    expect(!bomb.ok && bomb.error.message).toMatch(/^Reading this file needed more than 256 MB of memory/);
    expect(next).toMatchObject({ ok: false, error: { message: 'next.txt' } });
    expect(forks).toHaveLength(2);
    expect(forks[1]?.options).toMatchObject({ execArgv: expect.arrayContaining(['--max-old-space-size=256']) });
    await parser.dispose();
  });
});
