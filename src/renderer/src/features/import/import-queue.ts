import type { ParallaxBridge, ParseOptions, SkippedFile } from '@shared/bridge';
import { isRetryableWithPassword } from '@shared/ingest/errors';
import type { ParsedArticle, SkippedPart } from '@shared/ingest/types';
import type { Id } from '@shared/model';
import { describeThrown } from '@shared/result';
import { addParsedArticles, saveDeferredShingles, type AddArticleResult } from '../../db/add-articles';
import type { TextShingles } from '../../db/near-duplicates';
import type { ParallaxDB } from '../../db/schema';
import { describeVersionReport } from './describe-version-report';
import { parseJob, type ImportJob } from './import-job';
import { createShingler } from './shingler';

export type ImportResult =
  | { status: 'added'; displayPath: string; articleId: Id; title: string | null }
  | { status: 'new-version'; displayPath: string; articleId: Id; message: string }
  | { status: 'duplicate'; displayPath: string; articleId: Id; message: string }
  | { status: 'failed'; displayPath: string; code: string; message: string; retryable?: boolean }
  | { status: 'skipped'; displayPath: string; message: string; /** For an article of an export: a few words ("empty body"). */ reason?: string };

export interface ImportState {
  running: boolean;
  /** Files in the current (or last) batch, and how many are finished. */
  total: number;
  done: number;
  current: string | null;
  results: ImportResult[];
  /** Files reached in the batch (an export counts once, however many articles it held). */
  files: number;
  cancelled: boolean;
}

/** Most articles stored in one transaction. */
const MAX_BATCH = 250;
/** Fewest articles a transaction waits for, when that many are waiting to be shingled. */
const MIN_BATCH = 100;

interface Parsed {
  displayPath: string;
  article: ParsedArticle;
  /** Its text's shingles once computed (off this thread, while earlier batches are written); null if they could not be. */
  shingles?: TextShingles | null;
  shingled?: Promise<void>;
}

/** "nexis.docx, article 4 of 10 (“Reading room closed”)": which article of an export a row is about. */
export function describePart(displayPath: string, part: SkippedPart): string {
  return `${displayPath}, article ${part.index} of ${part.count}${part.title ? ` (“${part.title}”)` : ''}`;
}

/** One shingler (one worker) for the page, started at the first import. */
const shingleOffThread = createShingler();

/** A file parsed: its articles (an export gives several) and the articles of it that could not be taken. */
type ParseStep = { kind: 'parsed'; parsed: Parsed[]; skipped: ImportResult[] } | { kind: 'failed'; result: ImportResult };

function describeStored(stored: AddArticleResult, displayPath: string): ImportResult {
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
}

const IDLE: ImportState = { running: false, total: 0, done: 0, current: null, results: [], files: 0, cancelled: false };

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
  private toStore: Parsed[] = [];
  private storing: Promise<void> | null = null;
  private savingShingles: Promise<void> = Promise.resolve();
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
    this.update({ running: jobs.length > 0, total: jobs.length, done: 0, current: null, results: skippedResults, files: 0, cancelled: false });
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
    // Files dropped while the last ones are being stored join this run: drain again until both
    // the parsing and the storing are idle, or they would wait in the queue for ever.
    do {
      await this.parseAll();
      await this.storing;
    } while (this.pending.length > 0 && !this.cancelRequested);
    if (this.cancelRequested) {
      this.pending = [];
      this.update({ running: false, current: null, cancelled: true });
      return;
    }
    this.update({ running: false, current: null });
  }

  private async parseAll(): Promise<void> {
    while (this.pending.length > 0) {
      if (this.cancelRequested) return;
      const job = this.pending.shift()!;
      this.update({ current: job.displayPath, files: this.state.files + 1 });
      const step = await this.parse(job);
      if (step.kind === 'parsed') {
        // An export's articles join the one progress bar: the file counted once, each article counts.
        const more = step.parsed.length + step.skipped.length - 1;
        this.update({ total: this.state.total + more, done: this.state.done + step.skipped.length, results: [...this.state.results, ...step.skipped] });
        for (const parsed of step.parsed) this.storeLater(parsed);
        continue;
      }
      if (step.result.status === 'failed' && step.result.retryable) this.awaitingPassword.set(this.state.results.length, job);
      this.update({ done: this.state.done + 1, results: [...this.state.results, step.result] });
    }
  }

  /**
   * Parsing and storing overlap: an article is stored as soon as the store is free, and the
   * articles parsed meanwhile go in together in the next transaction. So each appears in the
   * library at once, and a large import pays one commit per batch, not one per file. Each
   * article is shingled (off this thread, see shingler.ts) as soon as it is parsed, so the next
   * batch is shingled while this one is written.
   */
  private storeLater(parsed: Parsed): void {
    parsed.shingled = shingleOffThread(parsed.article.text).then((shingles) => {
      parsed.shingles = shingles;
    });
    this.toStore.push(parsed);
    this.storing ??= (async () => {
      while (this.toStore.length > 0) {
        // Wait until the first few are shingled (more may be parsed meanwhile: then for those),
        // and store every article shingled by then, up to a batch's worth.
        for (;;) {
          const last = this.toStore[Math.min(this.toStore.length, MIN_BATCH) - 1]!;
          if (last.shingles !== undefined) break;
          await last.shingled;
        }
        let ready = 0;
        while (ready < Math.min(this.toStore.length, MAX_BATCH) && this.toStore[ready]!.shingles !== undefined) ready++;
        const stored = await this.store(this.toStore.splice(0, ready));
        this.update({ done: this.state.done + stored.length, results: [...this.state.results, ...stored] });
        // Let the library's live queries read between two writes. Dexie tells them of the commit
        // in a task of its own (a timer), and with the next write transaction opened before they
        // open theirs they would keep being invalidated, showing the new articles only when the
        // import ends. One timer later their reads are queued ahead of the next write, and a
        // frame that is due gets drawn; a longer pause would only hold the import up.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      this.storing = null;
      // Nothing left to store: time to write the shingles the import deferred.
      this.saveShinglesSoon();
    })();
  }

  /**
   * Writes the shingles records the import left for later (see `addParsedArticles`), in the
   * background: the import does not wait for them, the candidate index holds them meanwhile,
   * and if they cannot be written now they are written next time (or, after a restart,
   * computed again from the stored texts).
   */
  private saveShinglesSoon(): void {
    this.savingShingles = this.savingShingles.then(() => saveDeferredShingles(this.db).then(() => undefined, () => undefined));
  }

  /** Resolves once the shingles deferred by the imports so far are written (or could not be). */
  shinglesSaved(): Promise<void> {
    return this.savingShingles;
  }

  private async importOne(job: ImportJob, extra: ParseOptions = {}): Promise<ImportResult> {
    const step = await this.parse(job, extra);
    if (step.kind === 'failed') return step.result;
    // A retried file (a protected PDF) is one article: PDFs of exports are not password-protected.
    const [result] = await this.store(step.parsed.slice(0, 1));
    this.saveShinglesSoon();
    return result!;
  }

  private async parse(job: ImportJob, extra: ParseOptions = {}): Promise<ParseStep> {
    const displayPath = job.displayPath;
    try {
      const parsed = await parseJob(this.bridge, job, { ...this.options(), ...extra });
      if (!parsed.ok) {
        const { code, message } = parsed.error;
        return { kind: 'failed', result: { status: 'failed', displayPath, code, message, retryable: isRetryableWithPassword(code) } };
      }
      const outcome = parsed.value;
      if ('article' in outcome) return { kind: 'parsed', parsed: [{ displayPath, article: outcome.article }], skipped: [] };
      return {
        kind: 'parsed',
        parsed: outcome.split.articles.map((article) => ({ displayPath, article })),
        skipped: outcome.split.skipped.map((part) => ({
          status: 'skipped',
          displayPath: describePart(displayPath, part),
          message: part.error.message,
          reason: part.reason,
        })),
      };
    } catch (thrown) {
      return { kind: 'failed', result: { status: 'failed', displayPath, code: 'read-failed', message: `It could not be read: ${describeThrown(thrown)}` } };
    }
  }

  /**
   * Stores parsed articles in one transaction. If that fails, each is tried on its own, so one
   * article that cannot be saved costs only itself; nothing is ever half-stored.
   */
  private async store(items: Parsed[]): Promise<ImportResult[]> {
    try {
      const stored = await addParsedArticles(
        this.db,
        items.map((item) => ({ parsed: item.article, sourceName: item.displayPath, shingles: item.shingles ?? undefined })),
        { deferShingles: true },
      );
      return stored.map((result, index) => describeStored(result, items[index]!.displayPath));
    } catch (thrown) {
      if (items.length === 1) {
        return [{ status: 'failed', displayPath: items[0]!.displayPath, code: 'store-failed', message: `It could not be saved: ${describeThrown(thrown)}` }];
      }
      const results: ImportResult[] = [];
      for (const item of items) results.push(...(await this.store([item])));
      return results;
    }
  }

  private update(patch: Partial<ImportState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
