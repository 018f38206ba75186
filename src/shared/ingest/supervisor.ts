/**
 * Runs parses in a worker one file at a time, each within its time and memory budget. The
 * worker itself is whatever the platform has (a Node worker thread or utilityProcess in
 * Electron and the CLI, a Web Worker in web mode), behind `ParserWorker`. Past the time
 * budget, or when the worker dies (out of memory, a parser bug), the worker is ended, that one
 * file gets a message in words, and a fresh worker takes the next file: the queue goes on.
 */
import { effectiveBudget, memoryBudgetError, parserCrashedError, timeBudgetError } from './budget';
import type { FileOutcome, IngestOptions } from './types';

export interface ParseRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
  options: IngestOptions;
}

export interface ParseReply {
  id: number;
  outcome: FileOutcome;
}

/** Why a worker ended without answering. */
export type WorkerExit = { kind: 'out-of-memory' } | { kind: 'crashed'; detail: string };

export interface ParserWorker {
  post(request: ParseRequest): void;
  terminate(): void;
}

export interface WorkerEvents {
  reply(reply: ParseReply): void;
  exit(exit: WorkerExit): void;
}

/** Starts a worker whose heap is bounded by `memoryMb` where the platform can bound it. */
export type SpawnParserWorker = (memoryMb: number, events: WorkerEvents) => ParserWorker;

export type ParseFile = (name: string, bytes: Uint8Array, options: IngestOptions) => Promise<FileOutcome>;

interface Job {
  request: ParseRequest;
  resolve(outcome: FileOutcome): void;
}

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

export function createSupervisedParser(spawn: SpawnParserWorker, timers: Timers = realTimers): { parse: ParseFile; dispose(): void; restarts(): number } {
  const queue: Job[] = [];
  let current: { job: Job; timer: unknown; memoryMb: number; timeMs: number } | null = null;
  let worker: { handle: ParserWorker; memoryMb: number; generation: number } | null = null;
  let generation = 0;
  let restarts = 0;
  let nextId = 1;

  const finish = (outcome: FileOutcome) => {
    if (!current) return;
    timers.clearTimeout(current.timer);
    const { job } = current;
    current = null;
    job.resolve(outcome);
    pump();
  };

  const endWorker = () => {
    if (!worker) return;
    const ending = worker.handle;
    worker = null;
    restarts++;
    ending.terminate();
  };

  const startWorker = (memoryMb: number) => {
    const mine = ++generation;
    // Events from a worker that was already replaced are ignored: its file has its answer.
    const events: WorkerEvents = {
      reply: (reply) => {
        if (worker?.generation === mine && current?.job.request.id === reply.id) finish(reply.outcome);
      },
      exit: (exit) => {
        if (worker?.generation !== mine) return;
        worker = null;
        restarts++;
        if (!current) return;
        finish({ ok: false, error: exit.kind === 'out-of-memory' ? memoryBudgetError(current.memoryMb) : parserCrashedError(exit.detail) });
      },
    };
    worker = { handle: spawn(memoryMb, events), memoryMb, generation: mine };
    return worker;
  };

  const pump = () => {
    if (current) return;
    const job = queue.shift();
    if (!job) return;
    const budget = effectiveBudget(job.request.options);
    if (worker && worker.memoryMb !== budget.memoryMb) endWorker();
    const active = worker ?? startWorker(budget.memoryMb);
    const timer = timers.setTimeout(() => {
      if (current?.job !== job) return;
      endWorker();
      finish({ ok: false, error: timeBudgetError(budget.timeMs) });
    }, budget.timeMs);
    current = { job, timer, memoryMb: budget.memoryMb, timeMs: budget.timeMs };
    try {
      active.handle.post(job.request);
    } catch (thrown) {
      endWorker();
      finish({ ok: false, error: parserCrashedError(thrown instanceof Error ? thrown.message : String(thrown)) });
    }
  };

  return {
    parse(name, bytes, options) {
      return new Promise<FileOutcome>((resolve) => {
        // A copy the worker may own: the caller's bytes may be a view into a shared pool.
        queue.push({ request: { id: nextId++, name, bytes: bytes.slice(), options }, resolve });
        pump();
      });
    },
    dispose() {
      if (current) timers.clearTimeout(current.timer);
      for (const job of queue.splice(0)) job.resolve({ ok: false, error: parserCrashedError('the app is closing') });
      current?.job.resolve({ ok: false, error: parserCrashedError('the app is closing') });
      current = null;
      if (worker) {
        const ending = worker.handle;
        worker = null;
        ending.terminate();
      }
    },
    restarts: () => restarts,
  };
}
