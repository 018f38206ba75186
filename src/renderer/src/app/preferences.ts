import { DEFAULT_MAX_BYTES } from '@shared/ingest/types';
import { MAX_CONFIGURABLE_BYTES } from '@shared/ingest/errors';
import { DEFAULT_PARSE_MEMORY_MB, DEFAULT_PARSE_TIME_MS, MAX_PARSE_MEMORY_MB, MAX_PARSE_TIME_MS, MIN_PARSE_MEMORY_MB, MIN_PARSE_TIME_MS } from '@shared/ingest/budget';

const MAX_IMPORT_KEY = 'parallax.maxImportMegabytes';
const TIME_BUDGET_KEY = 'parallax.parseSeconds';
const MEMORY_BUDGET_KEY = 'parallax.parseMegabytes';
const MB = 1024 * 1024;

/** The largest file the user lets Parallax import, in bytes (default 50 MB). */
export function readMaxImportBytes(): number {
  const stored = Number(localStorage.getItem(MAX_IMPORT_KEY));
  return Number.isFinite(stored) && stored > 0 ? Math.min(stored * MB, MAX_CONFIGURABLE_BYTES) : DEFAULT_MAX_BYTES;
}

/** Validates and stores the limit; answers a sentence when the value cannot be used. */
export function writeMaxImportMegabytes(input: string): string | null {
  const value = Number(input);
  if (!Number.isFinite(value) || value <= 0) return 'Enter a number of megabytes greater than 0.';
  if (value * MB > MAX_CONFIGURABLE_BYTES) return `The limit can be at most ${MAX_CONFIGURABLE_BYTES / MB} MB.`;
  localStorage.setItem(MAX_IMPORT_KEY, String(value));
  return null;
}

export interface ParseBudgetPreference {
  timeBudgetMs: number;
  memoryBudgetMb: number;
}

/** How long, and with how much memory, one file may be read (defaults in src/shared/ingest/budget.ts). */
export function readParseBudget(): ParseBudgetPreference {
  const seconds = Number(localStorage.getItem(TIME_BUDGET_KEY));
  const megabytes = Number(localStorage.getItem(MEMORY_BUDGET_KEY));
  return {
    timeBudgetMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_PARSE_TIME_MS,
    memoryBudgetMb: Number.isFinite(megabytes) && megabytes > 0 ? megabytes : DEFAULT_PARSE_MEMORY_MB,
  };
}

/** Validates and stores both budgets; answers a sentence when a value cannot be used (then nothing is stored). */
export function writeParseBudget(secondsInput: string, megabytesInput: string): string | null {
  const seconds = Number(secondsInput);
  const megabytes = Number(megabytesInput);
  if (!Number.isFinite(seconds) || seconds < MIN_PARSE_TIME_MS / 1000 || seconds > MAX_PARSE_TIME_MS / 1000) {
    return `Enter a time between ${MIN_PARSE_TIME_MS / 1000} and ${MAX_PARSE_TIME_MS / 1000} seconds.`;
  }
  if (!Number.isInteger(megabytes) || megabytes < MIN_PARSE_MEMORY_MB || megabytes > MAX_PARSE_MEMORY_MB) {
    return `Enter a whole number of megabytes between ${MIN_PARSE_MEMORY_MB} and ${MAX_PARSE_MEMORY_MB}.`;
  }
  localStorage.setItem(TIME_BUDGET_KEY, String(seconds));
  localStorage.setItem(MEMORY_BUDGET_KEY, String(megabytes));
  return null;
}
