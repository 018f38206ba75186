/**
 * What one file's parse may cost in its worker. Past either bound the worker is ended and a
 * fresh one takes the next file: the structural limits (limits.ts, archive/limits.ts) keep
 * every known hostile shape far below these, so a budget is the last line, not the first.
 */
import type { IngestError } from './types';

/**
 * Longest one file may take. The slowest real files measured (a 300-page scanned-then-OCRed
 * PDF, a 40 MB book .docx) take 6–9 s on a slow laptop; 30 s leaves room for a busy machine.
 */
export const DEFAULT_PARSE_TIME_MS = 30_000;
/**
 * Most heap the parser may use for one file, in MB. The heaviest real file measured (a 50 MB
 * PDF) peaks near 300 MB of heap; 768 MB stops a runaway parse long before a machine swaps.
 */
export const DEFAULT_PARSE_MEMORY_MB = 768;

/** A person may raise the budgets this far (a parse longer than 10 minutes is a stuck parse). */
export const MAX_PARSE_TIME_MS = 10 * 60_000;
export const MAX_PARSE_MEMORY_MB = 8_192;
/** Below these nothing real parses: a budget under them is a typo. */
export const MIN_PARSE_TIME_MS = 1_000;
export const MIN_PARSE_MEMORY_MB = 128;

export function timeBudgetError(timeMs: number): IngestError {
  return {
    code: 'over-budget',
    message: `Reading this file took longer than ${formatSeconds(timeMs)}, so Parallax stopped it and went on with the next file. If it is a real article, raise "Longest time to read one file" in Preferences and import it again.`,
  };
}

export function memoryBudgetError(memoryMb: number): IngestError {
  return {
    code: 'over-budget',
    message: `Reading this file needed more than ${memoryMb} MB of memory, so Parallax stopped it and went on with the next file. If it is a real article, raise "Most memory to read one file" in Preferences and import it again.`,
  };
}

export function parserCrashedError(detail: string): IngestError {
  return { code: 'internal', message: `The parser stopped unexpectedly while reading this file (${detail}); Parallax restarted it and went on with the next file.` };
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  if (seconds >= 120) return `${Math.round(seconds / 60)} minutes`;
  return Math.round(seconds) === 1 ? '1 second' : `${Math.round(seconds)} seconds`;
}

/** The budget fields of options from across a boundary, clamped: what a bridge passes on to the parser. */
export function parseBudget(options: { timeBudgetMs?: unknown; memoryBudgetMb?: unknown } | undefined): { timeBudgetMs: number; memoryBudgetMb: number } {
  const budget = effectiveBudget({
    ...(typeof options?.timeBudgetMs === 'number' ? { timeBudgetMs: options.timeBudgetMs } : {}),
    ...(typeof options?.memoryBudgetMb === 'number' ? { memoryBudgetMb: options.memoryBudgetMb } : {}),
  });
  return { timeBudgetMs: budget.timeMs, memoryBudgetMb: budget.memoryMb };
}

/** A budget from options, clamped to what the app allows; the defaults when absent or unusable. */
export function effectiveBudget(options: { timeBudgetMs?: number; memoryBudgetMb?: number }): { timeMs: number; memoryMb: number } {
  return {
    timeMs: clampOr(options.timeBudgetMs, MIN_PARSE_TIME_MS, MAX_PARSE_TIME_MS, DEFAULT_PARSE_TIME_MS),
    memoryMb: clampOr(options.memoryBudgetMb, MIN_PARSE_MEMORY_MB, MAX_PARSE_MEMORY_MB, DEFAULT_PARSE_MEMORY_MB),
  };
}

function clampOr(value: number | undefined, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;
}
