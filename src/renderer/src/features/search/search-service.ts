import { displayTitle, effectiveMetadata } from '@shared/article-view';
import type { ArticleRecord, ArticleTextRecord, Id, NoteRecord } from '@shared/model';
import { parseQuery, SearchIndex, type SearchAnswer, type SearchDocument, type SearchOptions, type SearchResult, type SerializedSearchIndex } from '@shared/search';
import { whenLibraryShown } from '../../app/library-readiness';
import { setMeta } from '../../db/meta';
import type { ParallaxDB } from '../../db/schema';

/** Where the index is persisted in the `meta` table, and the marker of changes not yet persisted. */
export const SEARCH_INDEX_KEY = 'searchIndex';
export const SEARCH_DIRTY_KEY = 'searchIndexDirty';

/**
 * What the corpus looked like when the index was persisted. A persisted index is used only if the
 * corpus still looks the same; changes that leave these figures alike (a metadata correction, a
 * note edited twice in the same millisecond) are caught by the change generation instead.
 */
export interface CorpusStamp {
  articles: number;
  texts: number;
  maxImportedAt: number;
  notes: number;
  notesMaxUpdatedAt: number;
}

export interface PersistedSearchIndex {
  stamp: CorpusStamp;
  /** The last change generation the index includes (see SEARCH_DIRTY_KEY). */
  generation: number;
  index: SerializedSearchIndex;
}

export type SearchServiceState = 'idle' | 'loading' | 'building' | 'ready' | 'error';

export interface SearchServiceStatus {
  state: SearchServiceState;
  /** While building: documents indexed so far, of `total`. */
  indexed: number;
  total: number;
  error: string | null;
}

export interface SearchServiceOptions {
  /** Documents indexed between two pauses while building (default 200). */
  chunkSize?: number;
  /** Quiet time after the last change before the index is persisted (default 3 s). */
  persistDelayMs?: number;
  /** Hands control back to the event loop (default: a macrotask). */
  pause?: () => Promise<void>;
}

const defaultPause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The app's index does not keep article texts in memory (at 100,000 articles they are 250-500 MB
 * of the heap): texts are read from the database for what a query shows. SNIPPETS_AHEAD results
 * get their texts before the answer is given (a screenful and the next, so the list paints with
 * its snippets); the rest as they are scrolled to (`ensureTexts`).
 */
const SNIPPETS_AHEAD = 40;
/** Texts read per database round trip while checking quoted phrases among many candidates. */
const PHRASE_BATCH = 500;

/** An article as the index sees it: what the person sees (their corrections win). */
export function articleDocument(article: ArticleRecord, text: Pick<ArticleTextRecord, 'text'> | undefined): SearchDocument {
  const meta = effectiveMetadata(article);
  return {
    kind: 'article',
    id: article.id,
    articleId: article.id,
    title: displayTitle(article),
    outlet: meta.outlet ?? '',
    authors: meta.authors ?? [],
    text: text?.text ?? '',
    published: meta.published,
  };
}

/** The first line of a note's text: how a result names it. */
export function noteLabel(plainText: string): string {
  const line = plainText.split('\n').map((text) => text.replace(/\s+/gu, ' ').trim()).find(Boolean) ?? '';
  return line.length > 90 ? `${line.slice(0, 89).trimEnd()}…` : line;
}

/** A note as the index sees it: its text is searched; outlet and date are its article's, for filters. */
export function noteDocument(note: NoteRecord, article: SearchDocument | undefined): SearchDocument {
  return {
    kind: 'note',
    id: note.id,
    articleId: note.articleId,
    title: noteLabel(note.plainText),
    outlet: article?.outlet ?? '',
    authors: [],
    text: note.plainText,
    published: article?.published ?? null,
  };
}

function sameStamp(a: CorpusStamp, b: CorpusStamp): boolean {
  return (
    a.articles === b.articles &&
    a.texts === b.texts &&
    a.maxImportedAt === b.maxImportedAt &&
    a.notes === b.notes &&
    a.notesMaxUpdatedAt === b.notesMaxUpdatedAt
  );
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Keeps a SearchIndex in step with the database.
 *
 * On start it restores the persisted index when its stamp matches the corpus, else builds one
 * from the database in chunks (pausing between them so the window never freezes) and persists
 * it. Then Dexie hooks on articles, articleTexts and notes record which ids changed; the work is
 * queued with setTimeout (never inside the writing transaction), re-reads those records (a read
 * transaction opened after the write waits for it to commit) and updates the index. Persisting
 * is debounced. All index work runs one step at a time, in order.
 */
export class SearchService {
  index = new SearchIndex({ keepArticleTexts: false });
  /** How the index came to be, for tests and diagnostics. */
  readonly stats = { builds: 0, restores: 0, persists: 0, refreshes: 0 };

  private status: SearchServiceStatus = { state: 'idle', indexed: 0, total: 0, error: null };
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private started: Promise<void> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private readonly pendingArticles = new Set<Id>();
  private readonly pendingNotes = new Set<Id>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private persistTimer: ReturnType<typeof setTimeout> | null = null;
  private generation = 0;
  private appliedGeneration = 0;
  private unhook: (() => void) | null = null;
  private stopped = false;
  private readonly chunkSize: number;
  private readonly persistDelayMs: number;
  private readonly pause: () => Promise<void>;

  constructor(
    private readonly db: ParallaxDB,
    options: SearchServiceOptions = {},
  ) {
    this.chunkSize = options.chunkSize ?? 200;
    this.persistDelayMs = options.persistDelayMs ?? 3000;
    this.pause = options.pause ?? defaultPause;
  }

  // --- what the UI reads -------------------------------------------------------------------

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever the index or the status does (for useSyncExternalStore). */
  getVersion = (): number => this.version;

  getStatus = (): SearchServiceStatus => this.status;

  /**
   * Answers a query. Quoted phrases are checked against the texts, read from the database for
   * the documents holding every word (title, outlet and authors first, which need no text);
   * the first SNIPPETS_AHEAD results come with their texts, so with their snippets and matches.
   */
  async search(query: string, options: SearchOptions = {}): Promise<SearchAnswer> {
    const index = this.index;
    const phrases = parseQuery(query).phrases ?? [];
    if (index.keepsArticleTexts || phrases.length === 0) {
      const answer = index.query(query, options);
      await this.loadTexts(index, answer.results.slice(0, SNIPPETS_AHEAD));
      return answer;
    }
    const limit = Math.max(0, options.limit ?? 50);
    const loose = index.query(query, { ...options, limit: Infinity, skipPhrases: true });
    const kept: SearchResult[] = [];
    for (const batch of chunks(loose.results, PHRASE_BATCH)) {
      // Metadata can hold the phrase without the text; only the rest need their text read.
      const unresolved = batch.filter((r) => !index.holdsPhrases(r.kind, r.id, phrases));
      const needed = unresolved.filter((r) => r.kind === 'article').map((r) => r.id);
      const texts = new Map<string, string>();
      if (needed.length > 0) (await this.db.articleTexts.bulkGet(needed)).forEach((t, i) => t && texts.set(needed[i]!, t.text));
      for (const result of batch) {
        const held = !unresolved.includes(result) || index.holdsPhrases(result.kind, result.id, phrases, result.kind === 'article' ? (texts.get(result.id) ?? '') : undefined);
        if (!held) continue;
        kept.push(result);
        const text = texts.get(result.id);
        if (text !== undefined && kept.length <= SNIPPETS_AHEAD) index.provideTexts([[result.id, text]]);
      }
    }
    await this.loadTexts(index, kept.slice(0, SNIPPETS_AHEAD));
    return { results: kept.slice(0, limit), total: kept.length, query: loose.query };
  }

  /**
   * Reads the texts of results about to be shown whose snippets wait for them; true when any
   * were read (the caller draws those results again).
   */
  async ensureTexts(results: readonly SearchResult[]): Promise<boolean> {
    return (await this.loadTexts(this.index, results)) > 0;
  }

  private async loadTexts(index: SearchIndex, results: readonly SearchResult[]): Promise<number> {
    const missing = index.missingTexts(results);
    if (missing.length === 0) return 0;
    const texts = await this.db.articleTexts.bulkGet(missing);
    index.provideTexts(missing.flatMap((id, i) => (texts[i] ? [[id, texts[i]!.text] as const] : [])));
    return missing.length;
  }

  outlets(): string[] {
    return this.index.outlets();
  }

  /** The title of an indexed article (for naming the article a note belongs to). */
  articleTitle(articleId: Id | null): string | null {
    return articleId ? (this.index.get('article', articleId)?.title ?? null) : null;
  }

  // --- lifecycle -----------------------------------------------------------------------------

  /** Hooks into the database and loads or builds the index. Calling it again returns the same promise. */
  start(): Promise<void> {
    if (!this.started) {
      this.installHooks();
      this.started = this.run(() => this.load());
    }
    return this.started;
  }

  /** Resolves when every change noticed so far is in the index. */
  async whenIdle(): Promise<void> {
    await this.started;
    for (;;) {
      if (this.flushTimer) {
        clearTimeout(this.flushTimer);
        this.flushTimer = null;
        void this.run(() => this.flush());
      }
      const chain = this.chain;
      await chain;
      if (chain === this.chain && !this.flushTimer) return;
    }
  }

  /** Persists now (instead of after the quiet time), once pending changes are in. */
  async persistNow(): Promise<void> {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = null;
    await this.whenIdle();
    await this.run(() => this.persist());
  }

  /** Unhooks from the database and drops timers; the index stays readable. */
  stop(): void {
    this.stopped = true;
    this.unhook?.();
    this.unhook = null;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.flushTimer = this.persistTimer = null;
  }

  // --- internals -----------------------------------------------------------------------------

  private run(step: () => Promise<void>): Promise<void> {
    const next = this.chain.then(step, step);
    this.chain = next.catch((error: unknown) => {
      this.setStatus({ ...this.status, state: 'error', error: error instanceof Error ? error.message : String(error) });
    });
    return next;
  }

  private setStatus(status: SearchServiceStatus): void {
    this.status = status;
    this.changed();
  }

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }

  private async load(): Promise<void> {
    this.setStatus({ state: 'loading', indexed: 0, total: 0, error: null });
    const [persisted, dirty, stamp] = await Promise.all([
      this.db.meta.get(SEARCH_INDEX_KEY).then((record) => record?.value as PersistedSearchIndex | undefined),
      this.db.meta.get(SEARCH_DIRTY_KEY).then((record) => (typeof record?.value === 'number' ? record.value : 0)),
      this.corpusStamp(),
    ]);
    const persistedGeneration = typeof persisted?.generation === 'number' ? persisted.generation : 0;
    this.generation = Math.max(this.generation, dirty, persistedGeneration);
    const usable = persisted?.stamp && sameStamp(persisted.stamp, stamp) && dirty <= persistedGeneration;
    const restored = usable ? SearchIndex.restore(persisted.index) : null;
    // An index persisted by an older version kept its texts: rebuilt without them.
    if (restored?.keepsArticleTexts === false) {
      this.index = restored;
      this.appliedGeneration = persistedGeneration;
      this.stats.restores += 1;
      this.setStatus({ state: 'ready', indexed: restored.size, total: restored.size, error: null });
      return;
    }
    await this.build();
    await this.persist();
  }

  private async corpusStamp(): Promise<CorpusStamp> {
    const { db } = this;
    return db.transaction('r', db.articles, db.articleTexts, db.notes, async () => {
      const [articles, texts, notes, lastImported, lastNote] = await Promise.all([
        db.articles.count(),
        db.articleTexts.count(),
        db.notes.count(),
        db.articles.orderBy('importedAt').last(),
        db.notes.orderBy('updatedAt').last(),
      ]);
      return {
        articles,
        texts,
        notes,
        maxImportedAt: lastImported?.importedAt ?? 0,
        notesMaxUpdatedAt: lastNote?.updatedAt ?? 0,
      };
    });
  }

  /** Builds the index from the database, a chunk at a time, handing control back in between. */
  private async build(): Promise<void> {
    const { db } = this;
    // Changes noticed from now on are re-applied after the build; those before are in the data read.
    this.pendingArticles.clear();
    this.pendingNotes.clear();
    const startGeneration = this.generation;
    const [articleIds, noteIds] = await Promise.all([db.articles.toCollection().primaryKeys(), db.notes.toCollection().primaryKeys()]);
    const total = articleIds.length + noteIds.length;
    const index = new SearchIndex({ keepArticleTexts: false });
    this.setStatus({ state: 'building', indexed: 0, total, error: null });
    let indexed = 0;
    for (const ids of chunks(articleIds, this.chunkSize)) {
      const [articles, texts] = await Promise.all([db.articles.bulkGet(ids), db.articleTexts.bulkGet(ids)]);
      articles.forEach((article, i) => {
        if (article) index.add(articleDocument(article, texts[i]));
      });
      indexed += ids.length;
      this.setStatus({ state: 'building', indexed, total, error: null });
      await this.pause();
    }
    for (const ids of chunks(noteIds, this.chunkSize)) {
      const notes = await db.notes.bulkGet(ids);
      for (const note of notes) {
        if (note) index.add(noteDocument(note, note.articleId ? index.get('article', note.articleId) : undefined));
      }
      indexed += ids.length;
      this.setStatus({ state: 'building', indexed, total, error: null });
      await this.pause();
    }
    this.index = index;
    this.appliedGeneration = startGeneration;
    this.stats.builds += 1;
    this.setStatus({ state: 'ready', indexed: index.size, total: index.size, error: null });
  }

  private installHooks(): void {
    const { db } = this;
    const article = (id: unknown) => this.noticed(this.pendingArticles, id);
    const note = (id: unknown) => this.noticed(this.pendingNotes, id);
    const subscriptions: Array<() => void> = [];
    const hookTable = (table: ParallaxDB['articles'] | ParallaxDB['articleTexts'] | ParallaxDB['notes'], notice: (id: unknown) => void) => {
      const creating = (primKey: unknown, obj: { id?: unknown }) => notice(obj?.id ?? primKey);
      const updating = (_mods: unknown, primKey: unknown) => notice(primKey);
      const deleting = (primKey: unknown) => notice(primKey);
      table.hook('creating').subscribe(creating);
      table.hook('updating').subscribe(updating);
      table.hook('deleting').subscribe(deleting);
      subscriptions.push(() => {
        table.hook('creating').unsubscribe(creating);
        table.hook('updating').unsubscribe(updating);
        table.hook('deleting').unsubscribe(deleting);
      });
    };
    hookTable(db.articles, article);
    hookTable(db.articleTexts, article);
    hookTable(db.notes, note);
    this.unhook = () => subscriptions.forEach((unsubscribe) => unsubscribe());
  }

  /** Called inside the writing transaction: only records the id and schedules the work for later. */
  private noticed(pending: Set<Id>, id: unknown): void {
    if (typeof id !== 'string' || this.stopped) return;
    pending.add(id);
    this.generation += 1;
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = null;
      void this.run(() => this.flush());
    }, 0);
  }

  /** Re-reads the records that changed and brings the index up to date with them. */
  private async flush(): Promise<void> {
    if (!this.started || (this.pendingArticles.size === 0 && this.pendingNotes.size === 0)) return;
    const { db } = this;
    const generation = this.generation;
    // Mark the index as behind the database before anything else, so a crash before the next
    // persist rebuilds instead of trusting a stamp that may not show the change.
    await setMeta(db, SEARCH_DIRTY_KEY, generation);
    const articleIds = [...this.pendingArticles];
    const noteIds = [...this.pendingNotes];
    this.pendingArticles.clear();
    this.pendingNotes.clear();

    const { articles, texts, notes, notesOfArticles } = await db.transaction('r', db.articles, db.articleTexts, db.notes, async () => ({
      articles: await db.articles.bulkGet(articleIds),
      texts: await db.articleTexts.bulkGet(articleIds),
      notes: await db.notes.bulkGet(noteIds),
      // A note shows (and is filtered by) its article's outlet and date: refresh notes of changed articles.
      notesOfArticles: articleIds.length ? await db.notes.where('articleId').anyOf(articleIds).toArray() : [],
    }));
    articleIds.forEach((id, i) => {
      const article = articles[i];
      if (article) this.index.add(articleDocument(article, texts[i]));
      else this.index.remove('article', id);
    });
    const seen = new Set<Id>();
    for (const note of [...notes, ...notesOfArticles]) {
      if (!note || seen.has(note.id)) continue;
      seen.add(note.id);
      this.index.add(noteDocument(note, note.articleId ? this.index.get('article', note.articleId) : undefined));
    }
    noteIds.forEach((id, i) => {
      if (!notes[i]) this.index.remove('note', id);
    });
    this.appliedGeneration = generation;
    this.stats.refreshes += 1;
    this.changed();
    this.schedulePersist();
  }

  private hasPending(): boolean {
    return this.flushTimer !== null || this.pendingArticles.size > 0 || this.pendingNotes.size > 0;
  }

  private schedulePersist(): void {
    if (this.stopped) return;
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => {
      this.persistTimer = null;
      void this.run(() => this.persist());
    }, this.persistDelayMs);
  }

  private async persist(): Promise<void> {
    // Anything noticed but not yet applied will be persisted by its own flush.
    const generation = this.appliedGeneration;
    const stamp = await this.corpusStamp();
    const index = await this.index.exportAsync(this.pause);
    // A change that landed meanwhile may show in the stamp but not yet in the index: its own flush
    // persists again, so skip this one rather than store a stamp the index does not match.
    if (this.hasPending() || generation !== this.appliedGeneration) return;
    const value: PersistedSearchIndex = { stamp, generation, index };
    await setMeta(this.db, SEARCH_INDEX_KEY, value);
    this.stats.persists += 1;
  }
}

const services = new WeakMap<ParallaxDB, SearchService>();

/** The app's one search service for `db`, started on first use. */
export function getSearchService(db: ParallaxDB): SearchService {
  let service = services.get(db);
  if (!service) {
    service = new SearchService(db);
    services.set(db, service);
    const started = service;
    // After this render's commit (the library marks itself loading then), and once the library
    // is on screen: restoring a large index must not hold back the first rows. A failure shows
    // in the service's status (the panel says so); nothing else to do with it here.
    setTimeout(() => {
      void whenLibraryShown().then(() => started.start().catch(() => undefined));
    }, 0);
  }
  return service;
}
