import type { ParallaxBridge, ParseOptions, SkippedFile } from '@shared/bridge';
import { isRetryableWithPassword } from '@shared/ingest/errors';
import type { Id } from '@shared/model';
import { describeThrown } from '@shared/result';
import { addParsedArticle } from '../../db/articles';
import type { ParallaxDB } from '../../db/schema';
import { describeVersionReport } from './describe-version-report';
import { parseJob, type ImportJob } from './import-job';

export type ImportResult =
  | { status: 'added'; displayPath: string; articleId: Id; title: string | null }
  | { status: 'new-version'; displayPath: string; articleId: Id; message: string }
  | { status: 'duplicate'; displayPath: string; articleId: Id; message: string }
  | { status: 'failed'; displayPath: string; code: string; message: string; retryable?: boolean }
  | { status: 'skipped'; displayPath: string; message: string };

export interface ImportState {
  running: boolean;
  /** Files in the current (or last) batch, and how many are finished. */
  total: number;
  done: number;
  current: string | null;
  results: ImportResult[];
  cancelled: boolean;
}

const IDLE: ImportState = { running: false, total: 0, done: 0, current: null, results: [], cancelled: false };

/**
 * Imports files one after another: parse (off the UI thread, through the bridge), then store.
 * Each finished article is in the database at once, so the library fills while the batch
 * runs. A cancelled batch stops between files: what finished stays, nothing is half-written.
 */
export class ImportQueue {
  private state: ImportState = IDLE;
  private readonly listeners = new Set<() => void>();
  private pending: ImportJob[] = [];
  private cancelRequested = false;
  private drained: Promise<void> = Promise.resolve();
  /** Jobs that failed for want of a password, by their index in `results`, for a retry. */
  private readonly awaitingPassword = new Map<number, ImportJob>();

  constructor(
    private readonly db: ParallaxDB,
    private readonly bridge: ParallaxBridge,
    /** Read at each file, so a changed size limit applies from the next file on. */
    private readonly options: () => ParseOptions = () => ({}),
  ) {}

  getState = (): ImportState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Adds files to the batch (a new batch if none is running); resolves when the queue is empty. */
  enqueue(jobs: ImportJob[], skipped: SkippedFile[] = []): Promise<void> {
    const skippedResults: ImportResult[] = skipped.map((file) => ({
      status: 'skipped',
      displayPath: file.displayPath,
      message: file.reason,
    }));
    if (this.state.running) {
      this.pending.push(...jobs);
      this.update({ total: this.state.total + jobs.length, results: [...this.state.results, ...skippedResults] });
      return this.drained;
    }
    this.pending = [...jobs];
    this.cancelRequested = false;
    this.awaitingPassword.clear();
    this.update({ running: jobs.length > 0, total: jobs.length, done: 0, current: null, results: skippedResults, cancelled: false });
    this.drained = this.drain();
    return this.drained;
  }

  cancel(): void {
    if (this.state.running) this.cancelRequested = true;
  }

  dismissResults(): void {
    if (!this.state.running) {
      this.awaitingPassword.clear();
      this.update({ ...IDLE });
    }
  }

  /** Tries a password-protected file again with the password the user typed; its row is updated in place. */
  async retryWithPassword(resultIndex: number, password: string): Promise<ImportResult | null> {
    const job = this.awaitingPassword.get(resultIndex);
    if (!job) return null;
    this.awaitingPassword.delete(resultIndex);
    const result = await this.importOne(job, { password });
    if (result.status === 'failed' && result.retryable) this.awaitingPassword.set(resultIndex, job);
    const results = [...this.state.results];
    results[resultIndex] = result;
    this.update({ results });
    return result;
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      if (this.cancelRequested) {
        this.pending = [];
        this.update({ running: false, current: null, cancelled: true });
        return;
      }
      const job = this.pending.shift()!;
      this.update({ current: job.displayPath });
      const result = await this.importOne(job);
      if (result.status === 'failed' && result.retryable) this.awaitingPassword.set(this.state.results.length, job);
      this.update({ done: this.state.done + 1, results: [...this.state.results, result] });
    }
    this.update({ running: false, current: null });
  }

  private async importOne(job: ImportJob, extra: ParseOptions = {}): Promise<ImportResult> {
    const displayPath = job.displayPath;
    try {
      const parsed = await parseJob(this.bridge, job, { ...this.options(), ...extra });
      if (!parsed.ok) return { status: 'failed', displayPath, code: parsed.error.code, message: parsed.error.message };
      const outcome = parsed.value;
      if (!outcome.ok) {
        const { code, message } = outcome.error;
        return { status: 'failed', displayPath, code, message, retryable: isRetryableWithPassword(code) };
      }
      const stored = await addParsedArticle(this.db, outcome.article, displayPath);
      if (stored.status === 'duplicate') {
        const name = stored.existing.title ?? stored.existing.sourceName;
        return {
          status: 'duplicate',
          displayPath,
          articleId: stored.existing.id,
          message: `Already in the corpus as “${name}”: the same text was imported before, so it was not added again.`,
        };
      }
      if (stored.status === 'new-version') {
        return { status: 'new-version', displayPath, articleId: stored.article.id, message: describeVersionReport(stored.report, stored.previous.title) };
      }
      return { status: 'added', displayPath, articleId: stored.article.id, title: stored.article.title };
    } catch (thrown) {
      return { status: 'failed', displayPath, code: 'store-failed', message: `It could not be saved: ${describeThrown(thrown)}` };
    }
  }

  private update(patch: Partial<ImportState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
