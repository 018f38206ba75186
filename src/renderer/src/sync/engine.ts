/**
 * The sync engine: where the corpus (Dexie, what the UI reads) meets the project's shared
 * documents (Yjs, what the server relays). It is the other side of the write funnel:
 *
 *   local write -> db/changes.ts announces it (origin local) -> push.ts writes the difference
 *   into the documents -> the provider sends it (now, or when the connection returns).
 *
 *   peer's update -> the document changes (origin: the provider) -> pull.ts reads it, checked
 *   -> db/sync-apply.ts writes the difference through applyRemote (origin remote, not sent back).
 *
 * Nothing waits on the network: the corpus is written first, documents are kept on this device
 * (db/sync-store.ts), and on every start the whole corpus is written into them again, so a
 * change made just before a crash is sent on the next start. The invariant that makes that
 * safe: a document's stored state never holds a peer's change the corpus has not applied yet
 * (a document is saved only when no pull is waiting), so on start the corpus is never behind.
 */
import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { ArticleRecord, HighlightRecord, Id, NoteRecord } from '@shared/model';
import { describeThrown } from '@shared/result';
import { CODER, NOTE, PROJECT, TEXT, type ArticleEntry, type BoilerplateEntry, type NoteIndexEntry } from '@shared/sync/layout';
import { formatDocName, parseDocName, type SyncDocKind, type SyncDocName } from '@shared/sync/names';
import { ADMIN_CHANGED_SIGNAL } from '@shared/sync/signals';
import type { SyncProjectRecord } from '@shared/sync/project';
import { readCodebook, readCoderHighlights, readCorrections, readManifest, readNoteCitations } from '@shared/sync/pull';
import { LOCAL_ORIGIN, pushArticle, pushCitations, pushHighlights, pushTags } from '@shared/sync/push';
import { pushCollections, readCollections, type ArticleNames } from '@shared/sync/collections';
import { citationIdsOf } from '@shared/notes/citation-links';
import { checkBoilerplate, checkNoteIndexEntry } from '@shared/sync/entries';
import { fingerprintText } from '@shared/ingest/fingerprint';
import { onCorpusChange, type CommittedChanges } from '../db/changes';
import type { ParallaxDB } from '../db/schema';
import {
  applyRemoteArticles, applyRemoteCodebook, applyRemoteCollections, applyRemoteCorrections, applyRemoteHighlightChanges, applyRemoteHighlights, withdrawOtherCodersHighlights, type RemoteArticle,
} from '../db/sync-apply';
import type { SyncStore } from '../db/sync-store';
import { applyRemoteNote, removeRemoteNote } from '../db/sync-apply';
import { citationsById } from '../db/citations';
import { isNoteDocEmpty, readNoteDoc, seedNoteDoc } from './notes/note-doc';
import { projectInfo, type ProjectInfo } from './api';
import { closeDoc, openDoc, openSocket, RESTORE_ORIGIN, type OpenDoc } from './connections';
import { initialSyncState, nextSyncState, type SyncEvent, type SyncState } from './sync-status';

/** A document is saved on this device once it has been quiet this long (edits come in bursts). */
export const SAVE_QUIET_MS = 300;
/** Peers' changes are read into the corpus in batches: a burst of updates becomes one write. */
export const PULL_QUIET_MS = 60;
/** How often members and the coding round are asked for while connected (also after any refusal). */
export const PROJECT_INFO_POLL_MS = 15_000;
/** A burst of closes or refusals becomes one question to the server about members and the round. */
export const REFRESH_QUIET_MS = 200;
/** Texts fetched or sent at once: each is its own document, and a first sync may ask for thousands. */
export const TEXTS_AT_ONCE = 12;
/** Articles written into the corpus per transaction when a first sync brings many. */
export const ARTICLES_PER_WRITE = 200;

export interface SyncEngineOptions {
  db: ParallaxDB;
  store: SyncStore;
  project: SyncProjectRecord;
  /** For Node (tests, benchmarks): the `ws` WebSocket class. The browser's own is used otherwise. */
  WebSocketPolyfill?: unknown;
  now?: () => number;
  /** Every change of where sync stands, for the status bar. */
  onState?: (state: SyncState) => void;
  /** What the server said about members and the round: the caller keeps it in the project record. */
  onProjectInfo?: (info: ProjectInfo) => void;
  /** Something went wrong that the person should hear about (in words), without stopping sync. */
  onProblem?: (message: string) => void;
  /** A document was opened or closed (a note's live editor may bind to it now). */
  onDocsChanged?: () => void;
}

type Task = () => Promise<void>;

export class SyncEngine {
  private readonly db: ParallaxDB;
  private readonly store: SyncStore;
  private project: SyncProjectRecord;
  private readonly now: () => number;
  private socket: HocuspocusProviderWebsocket | null = null;
  private readonly docs = new Map<string, OpenDoc>();
  private readonly saveTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly pullPending = new Set<string>();
  private pullTimer: ReturnType<typeof setTimeout> | null = null;
  private pollTimer: ReturnType<typeof setInterval> | null = null;
  private unsubscribe: (() => void) | null = null;
  private queue: Promise<void> = Promise.resolve();
  private busy = 0;
  private state: SyncState;
  private connectedOnce = false;
  private stopped = false;
  /** Local article ids by fingerprint (shared names) and back. */
  private readonly idByFingerprint = new Map<string, Id>();
  private readonly fingerprintById = new Map<Id, string>();
  /** Texts being fetched or sent, by fingerprint: never twice at once. */
  private readonly textsInFlight = new Set<string>();

  constructor(private readonly options: SyncEngineOptions) {
    this.db = options.db;
    this.store = options.store;
    this.project = options.project;
    this.now = options.now ?? Date.now;
    this.state = initialSyncState(this.now());
  }

  get syncState(): SyncState {
    return this.state;
  }

  get projectRecord(): SyncProjectRecord {
    return this.project;
  }

  private get projectDocName(): string {
    return formatDocName({ kind: 'project', projectId: this.project.projectId });
  }

  private coderDocName(memberId: string): string {
    return formatDocName({ kind: 'coder', projectId: this.project.projectId, memberId });
  }

  /** What a document is, from its name (the one parser of document names, shared/sync/names.ts). */
  private docOf(name: string): SyncDocName | null {
    const parsed = parseDocName(name);
    return parsed.ok ? parsed.value : null;
  }

  private isKind(name: string, ...kinds: SyncDocKind[]): boolean {
    const doc = this.docOf(name);
    return doc !== null && kinds.includes(doc.kind);
  }

  private get canWrite(): boolean {
    return this.project.role !== 'viewer';
  }

  /** Opens the project: local state first, then the network in the background. */
  async start(): Promise<void> {
    await this.refreshArticleIds();
    this.socket = openSocket(this.project.serverUrl, this.options.WebSocketPolyfill);
    this.socket.on('status', ({ status }: { status: string }) => this.onSocketStatus(status));
    const project = await this.openPersistent(this.projectDocName);
    // What this device had stored, before any peer's change arrives: by the invariant above the
    // corpus holds all of it, so what the corpus lacks of it was deleted here (maybe just before a crash).
    const restoredTags = [...project.doc.getMap(PROJECT.tags).keys()];
    const restoredNotes = [...project.doc.getMap(PROJECT.notes).keys()];
    const restoredCollections = [...project.doc.getMap(PROJECT.collections).keys()];
    await this.openPersistent(this.coderDocName(this.project.memberId));
    for (const member of this.project.members) await this.reconcileMember(member.id);
    this.unsubscribe = onCorpusChange(this.db, (committed) => this.onLocalChange(committed));
    // The corpus may be ahead of what was stored (a crash before the last save): write it all again.
    if (this.canWrite) this.enqueue(() => this.pushEverything(restoredTags, restoredNotes, restoredCollections));
    this.enqueue(() => this.pullAll());
    this.pollTimer = setInterval(() => void this.refreshProjectInfo(), PROJECT_INFO_POLL_MS);
    void this.refreshProjectInfo();
  }

  /** Closes every document and the socket; what is unsent stays stored and goes on the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    if (this.pullTimer) clearTimeout(this.pullTimer);
    await this.queue;
    for (const [name, timer] of this.saveTimers) {
      clearTimeout(timer);
      await this.save(name);
    }
    for (const open of this.docs.values()) closeDoc(open);
    this.docs.clear();
    this.socket?.destroy();
    this.socket = null;
  }

  /** Resolves once every queued piece of work is done and the server holds every change (tests, "Sync now"). */
  async whenSettled(): Promise<void> {
    for (;;) {
      await this.queue;
      const written = this.canWrite ? [this.projectDoc(), this.ownCoderDoc()] : [];
      await Promise.all(written.map((doc) => doc?.sent()));
      await Promise.all([...this.docs.values()].map((doc) => doc.synced()));
      await this.queue;
      // Texts waiting for a slot are in flight already; fetched articles wait in `fetched` for their write.
      if (this.busy === 0 && this.pullPending.size === 0 && this.textsInFlight.size === 0 && this.fetched.length === 0) return;
      await new Promise((resolve) => setTimeout(resolve, PULL_QUIET_MS));
    }
  }

  // ---- the queue: local pushes, peers' pulls and saves run one at a time, in order ----

  private enqueue(task: Task): void {
    this.busy++;
    this.queue = this.queue
      .then(task)
      .catch((error: unknown) => this.options.onProblem?.(`Sync could not finish a step: ${describeThrown(error)}`))
      .finally(() => {
        this.busy--;
      });
  }

  // ---- documents ----

  /** Documents being opened: two callers asking at once get one document (one provider, one copy sent). */
  private readonly opening = new Map<string, Promise<OpenDoc>>();

  private openPersistent(name: string): Promise<OpenDoc> {
    const existing = this.docs.get(name);
    if (existing) return Promise.resolve(existing);
    let pending = this.opening.get(name);
    if (!pending) {
      pending = this.openStored(name).finally(() => this.opening.delete(name));
      this.opening.set(name, pending);
    }
    return pending;
  }

  private async openStored(name: string): Promise<OpenDoc> {
    const stored = await this.store.loadDoc(name);
    const open = openDoc(this.socket!, name, this.project.token, stored, {
      onRefused: (docName, reason) => this.onRefused(docName, reason),
      onUnsynced: () => this.pendingChanged(),
      onClosed: () => this.refreshSoon(),
      onSignal: (payload) => {
        if (payload === ADMIN_CHANGED_SIGNAL) this.refreshSoon();
      },
    });
    this.docs.set(name, open);
    this.options.onDocsChanged?.();
    if (this.isKind(name, 'coder')) {
      open.doc.getMap(CODER.highlights).observe((event, transaction) => {
        if (transaction.origin === LOCAL_ORIGIN) return;
        let keys = this.changedHighlights.get(name);
        if (!keys) this.changedHighlights.set(name, (keys = new Set()));
        for (const key of event.keysChanged) keys.add(key);
      });
      // Whatever was stored or arrives first is read whole.
      this.fullPulls.add(name);
    }
    open.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      this.scheduleSave(name);
      if (origin !== LOCAL_ORIGIN && origin !== RESTORE_ORIGIN) this.schedulePull(name);
    });
    return open;
  }

  private closeDocNamed(name: string): void {
    const open = this.docs.get(name);
    if (!open) return;
    closeDoc(open);
    this.docs.delete(name);
    this.options.onDocsChanged?.();
  }

  private scheduleSave(name: string): void {
    const timer = this.saveTimers.get(name);
    if (timer) clearTimeout(timer);
    this.saveTimers.set(
      name,
      setTimeout(() => {
        this.saveTimers.delete(name);
        this.enqueue(() => this.save(name));
      }, SAVE_QUIET_MS),
    );
  }

  private async save(name: string): Promise<void> {
    const open = this.docs.get(name);
    if (!open) return;
    // A peer's change not yet in the corpus must not be stored ahead of it (see the invariant above).
    if (this.pullPending.has(name)) {
      this.scheduleSave(name);
      return;
    }
    await this.store.saveDoc(name, Y.encodeStateAsUpdate(open.doc));
  }

  private schedulePull(name: string): void {
    this.pullPending.add(name);
    if (this.pullTimer) return;
    this.pullTimer = setTimeout(() => {
      this.pullTimer = null;
      const names = [...this.pullPending];
      this.enqueue(async () => {
        for (const docName of names) {
          this.pullPending.delete(docName);
          await this.pullDoc(docName);
        }
      });
    }, PULL_QUIET_MS);
  }

  // ---- local -> shared ----

  private onLocalChange(committed: CommittedChanges): void {
    if (committed.origin !== 'local' || !this.canWrite || this.stopped) return;
    const keysOf = (table: string) =>
      committed.changes.flatMap((change) => (change.table === table && change.kind !== 'deleteRange' ? (change.keys as Id[]) : []));
    const touched = (table: string) => committed.changes.some((change) => change.table === table);
    const articleIds = keysOf('articles');
    const highlightIds = keysOf('highlights');
    const tagsChanged = touched('tags');
    const deletedTags = committed.changes.flatMap((change) => (change.table === 'tags' && change.kind === 'delete' ? (change.keys as Id[]) : []));
    const noteIds = keysOf('notes');
    const addedNotes = committed.changes.flatMap((change) => (change.table === 'notes' && change.kind === 'add' ? (change.keys as Id[]) : []));
    const deletedNotes = committed.changes.flatMap((change) => (change.table === 'notes' && change.kind === 'delete' ? (change.keys as Id[]) : []));
    const citationIds = keysOf('citations');
    const collectionsChanged = touched('collections');
    const deletedCollections = committed.changes.flatMap((change) => (change.table === 'collections' && change.kind === 'delete' ? (change.keys as Id[]) : []));
    if (articleIds.length === 0 && highlightIds.length === 0 && !tagsChanged && noteIds.length === 0 && citationIds.length === 0 && !collectionsChanged) return;
    this.enqueue(async () => {
      if (articleIds.length > 0) await this.pushArticles(articleIds);
      if (tagsChanged) await this.pushCodebook(deletedTags);
      if (highlightIds.length > 0) await this.pushOwnHighlights(highlightIds);
      if (noteIds.length > 0) await this.pushNotes(noteIds, new Set(deletedNotes), new Set(addedNotes));
      if (citationIds.length > 0) await this.pushChangedCitations(citationIds);
      if (collectionsChanged) await this.pushCollectionRecords(deletedCollections);
    });
  }

  private async pushEverything(restoredTags: Id[], restoredNotes: Id[], restoredCollections: Id[]): Promise<void> {
    const articles = await this.db.articles.toArray();
    await this.pushArticleRecords(articles);
    const own = this.ownCoderDoc();
    const sharedIds = own ? [...own.doc.getMap(CODER.highlights).keys()] : [];
    await this.pushCodebook(restoredTags);
    await this.pushOwnHighlights(sharedIds, true);
    const local = (await this.db.notes.toCollection().primaryKeys()) as Id[];
    await this.pushNotes([...new Set([...local, ...restoredNotes])], new Set(restoredNotes));
    await this.pushCollectionRecords(restoredCollections);
  }

  /** How this device names articles, for collections: local ids and fingerprints, both ways. */
  private get articleNames(): ArticleNames {
    return { fingerprintOf: (id) => this.fingerprintById.get(id), idOf: (fingerprint) => this.idByFingerprint.get(fingerprint) };
  }

  /** Every local collection into the project document; `removedIds` missing locally were deleted here. */
  private async pushCollectionRecords(removedIds: Id[]): Promise<void> {
    const project = this.projectDoc();
    if (!project) return;
    const collections = await this.db.collections.toArray();
    project.doc.transact(() => pushCollections(project.doc, collections, removedIds, this.articleNames, this.project.memberId, this.now()), LOCAL_ORIGIN);
  }

  /** The project's collections into the corpus (again after articles arrive: their places in collections come with them). */
  private async pullCollections(doc: Y.Doc): Promise<number> {
    const pulled = readCollections(doc, (fingerprint) => this.idByFingerprint.get(fingerprint));
    await applyRemoteCollections(this.db, pulled.collections, pulled.deletedIds);
    return pulled.refused;
  }

  // ---- notes: one document each; the live editor binds to it (CollaborationPlugin) ----

  private noteDocName(noteId: string): string {
    return formatDocName({ kind: 'note', projectId: this.project.projectId, noteId });
  }

  /**
   * Notes written or deleted here: the index says so, and a note not yet in its document (written
   * before sharing, or while its editor was not bound) is seeded from the stored note once the
   * document has synced (so a copy someone else already seeded is never doubled).
   */
  /** `deletable`: ids whose absence from the corpus means a deletion here (a note not yet received is absent too). */
  private async pushNotes(ids: Id[], deletable: ReadonlySet<Id> = new Set(ids), fresh: ReadonlySet<Id> = new Set()): Promise<void> {
    const project = this.projectDoc();
    if (!project) return;
    const index = project.doc.getMap<NoteIndexEntry>(PROJECT.notes);
    const notes = await this.db.notes.bulkGet(ids);
    project.doc.transact(() => {
      for (const [i, id] of ids.entries()) {
        const note = notes[i];
        const entry = index.get(id);
        if (note && (!entry || entry.deletedAt !== null)) index.set(id, { createdBy: entry?.createdBy ?? this.project.memberId, createdAt: note.createdAt, deletedAt: null });
        if (!note && deletable.has(id) && entry && entry.deletedAt === null) index.set(id, { ...entry, deletedAt: this.now() });
      }
    }, LOCAL_ORIGIN);
    for (const [i, id] of ids.entries()) {
      const note = notes[i];
      if (!note) {
        this.closeDocNamed(this.noteDocName(id));
        continue;
      }
      const open = await this.openPersistent(this.noteDocName(id));
      // A note written here since sharing is in no one else's hands: its document is seeded at once,
      // before its editor binds. Older notes wait for the server's copy, so a copy is never doubled.
      if (fresh.has(id)) {
        await this.seedNote(open, note);
        continue;
      }
      void open.synced().then(() =>
        this.enqueue(async () => {
          const current = await this.db.notes.get(id);
          if (current) await this.seedNote(open, current);
        }),
      );
    }
  }

  /**
   * Writes a stored note into its document, unless the document already holds one, and the
   * citations its span links name (the live editor shares the links as it types; their rows
   * follow here, when the note is saved).
   */
  private async seedNote(open: OpenDoc, note: NoteRecord): Promise<void> {
    const citations = [...(await citationsById(this.db, citationIdsOf(note.content))).values()];
    open.doc.transact(() => pushCitations(open.doc, citations, (articleId) => this.fingerprintById.get(articleId)), LOCAL_ORIGIN);
    if (!isNoteDocEmpty(open.doc)) return;
    open.doc.transact(() => {
      const meta = open.doc.getMap<unknown>(NOTE.meta);
      if (!meta.has('createdBy')) {
        meta.set('createdBy', this.project.memberId);
        meta.set('createdAt', note.createdAt);
        meta.set('article', note.articleId ? (this.fingerprintById.get(note.articleId) ?? null) : null);
        meta.set('highlight', null);
      }
    }, LOCAL_ORIGIN);
    seedNoteDoc(open.doc, note.content, LOCAL_ORIGIN);
  }

  /** Citations changed here (re-anchored on a newer version): every note document that holds one gets the new entry. */
  private async pushChangedCitations(ids: Id[]): Promise<void> {
    const rows = [...(await citationsById(this.db, ids)).values()];
    if (rows.length === 0) return;
    for (const [name, open] of this.docs) {
      if (!this.isKind(name, 'note')) continue;
      open.doc.transact(() => pushCitations(open.doc, rows, (articleId) => this.fingerprintById.get(articleId), true), LOCAL_ORIGIN);
    }
  }

  /** The open document of a note, for its live editor (null until the note is in the project). */
  noteDoc(noteId: string): OpenDoc | null {
    return this.docs.get(this.noteDocName(noteId)) ?? null;
  }

  private async pullNoteIndex(doc: Y.Doc): Promise<void> {
    const index = doc.getMap<unknown>(PROJECT.notes);
    for (const [id, value] of index.entries()) {
      if (checkNoteIndexEntry(id, value) !== null) continue;
      const entry = value as NoteIndexEntry;
      const name = this.noteDocName(id);
      if (entry.deletedAt !== null) {
        this.closeDocNamed(name);
        if (await this.db.notes.get(id)) await removeRemoteNote(this.db, id);
      } else if (!this.docs.has(name)) {
        const open = await this.openPersistent(name);
        void open.synced().then(() => this.schedulePull(name));
      }
    }
  }

  private async pullNote(noteId: string, doc: Y.Doc): Promise<void> {
    if (isNoteDocEmpty(doc)) return;
    const entry = this.projectDoc()?.doc.getMap<NoteIndexEntry>(PROJECT.notes).get(noteId);
    if (entry?.deletedAt != null) return;
    const content = readNoteDoc(doc);
    const citations = readNoteCitations(doc, (fingerprint) => this.idByFingerprint.get(fingerprint)).items;
    const meta = doc.getMap<unknown>(NOTE.meta);
    const article = meta.get('article');
    const createdAt = meta.get('createdAt');
    await applyRemoteNote(this.db, {
      id: noteId,
      content,
      articleId: typeof article === 'string' ? (this.idByFingerprint.get(article) ?? null) : null,
      createdAt: typeof createdAt === 'number' ? createdAt : this.now(),
      citations,
    });
  }

  private projectDoc(): OpenDoc | undefined {
    return this.docs.get(this.projectDocName);
  }

  private ownCoderDoc(): OpenDoc | undefined {
    return this.docs.get(this.coderDocName(this.project.memberId));
  }

  private async pushArticles(ids: Id[]): Promise<void> {
    const records = (await this.db.articles.bulkGet(ids)).filter((r): r is ArticleRecord => r !== undefined);
    for (const record of records) this.noteArticle(record.id, record.fingerprint);
    await this.pushArticleRecords(records);
  }

  private async pushArticleRecords(records: ArticleRecord[]): Promise<void> {
    const project = this.projectDoc();
    if (!project || records.length === 0) return;
    const shareable: ArticleRecord[] = [];
    for (const record of records) {
      if (await this.textMatchesFingerprint(record)) shareable.push(record);
    }
    project.doc.transact(() => {
      for (const record of shareable) pushArticle(project.doc, record, this.project.memberId, this.now());
    }, LOCAL_ORIGIN);
    for (const record of shareable) this.sendText(record);
  }

  private readonly checkedTexts = new Map<Id, boolean>();

  /** Only a text whose fingerprint is its SHA-256 can be shared (the server checks it too). */
  private async textMatchesFingerprint(record: ArticleRecord): Promise<boolean> {
    const known = this.checkedTexts.get(record.id);
    if (known !== undefined) return known;
    const text = await this.db.articleTexts.get(record.id);
    const matches = text !== undefined && (await fingerprintText(text.text)) === record.fingerprint;
    this.checkedTexts.set(record.id, matches);
    if (!matches) {
      this.options.onProblem?.(`“${record.title ?? record.sourceName}” stays on this device: its text was changed after import, so it cannot be shared by its fingerprint.`);
    }
    return matches;
  }

  private async pushCodebook(removedIds: Id[]): Promise<void> {
    const project = this.projectDoc();
    if (!project) return;
    const tags = await this.db.tags.toArray();
    project.doc.transact(() => pushTags(project.doc, tags, removedIds, this.project.memberId, this.now()), LOCAL_ORIGIN);
  }

  /** `ids` changed (or, with `all`, every own highlight is written again and `ids` are those the document holds). */
  private async pushOwnHighlights(ids: Id[], all = false): Promise<void> {
    const own = this.ownCoderDoc();
    if (!own) return;
    const records = all
      ? await this.db.highlights.filter((h) => h.coderId === undefined).toArray()
      : (await this.db.highlights.bulkGet(ids)).filter((h): h is HighlightRecord => h !== undefined);
    const present = new Set(records.map((h) => h.id));
    const removed = ids.filter((id) => !present.has(id));
    own.doc.transact(() => pushHighlights(own.doc, records, removed, (articleId) => this.fingerprintById.get(articleId)), LOCAL_ORIGIN);
  }

  // ---- shared -> local ----

  private async pullAll(): Promise<void> {
    for (const name of this.docs.keys()) await this.pullDoc(name);
  }

  private async pullDoc(name: string): Promise<void> {
    const open = this.docs.get(name);
    if (!open) return;
    const doc = this.docOf(name);
    if (doc?.kind === 'project') {
      await this.pullProject(open.doc);
      await this.pullNoteIndex(open.doc);
      return;
    }
    if (doc?.kind === 'note') {
      await this.pullNote(doc.noteId, open.doc);
      return;
    }
    if (doc?.kind === 'coder') {
      const coderId = doc.memberId;
      // This device's own highlights are written here and never read back (the corpus is their truth).
      if (coderId === this.project.memberId) return;
      const keys = this.changedHighlights.get(name);
      this.changedHighlights.delete(name);
      // Only what changed, unless a whole read was asked for (opened, revealed, articles arrived).
      if (keys && !this.fullPulls.has(name)) await this.pullCoderKeys(coderId, open.doc, keys);
      else await this.pullCoder(coderId, open.doc);
      this.fullPulls.delete(name);
    }
  }

  private async pullProject(doc: Y.Doc): Promise<void> {
    const codebook = readCodebook(doc);
    await applyRemoteCodebook(this.db, codebook.items.tags, codebook.items.deletedIds);
    const refusedCollections = await this.pullCollections(doc);
    const manifest = readManifest(doc);
    for (const [fingerprint] of manifest.items) {
      const id = this.idByFingerprint.get(fingerprint);
      if (id) await applyRemoteCorrections(this.db, id, readCorrections(doc, fingerprint));
    }
    const missing = [...manifest.items.values()].filter((entry) => !this.idByFingerprint.has(entry.fingerprint) && !this.textsInFlight.has(entry.fingerprint));
    if (missing.length > 0) void this.fetchTexts(missing);
    const refused = codebook.refused + manifest.refused + refusedCollections;
    if (refused > 0) this.options.onProblem?.(`${refused} shared ${refused === 1 ? 'entry was' : 'entries were'} left out: ${refused === 1 ? 'it does' : 'they do'} not pass Parallax’s checks.`);
  }

  /** Highlight keys peers changed in each coder document since it was last read, for reading only those. */
  private readonly changedHighlights = new Map<string, Set<string>>();
  /** Coder documents to read whole next time (their highlights may wait for articles that just came). */
  private readonly fullPulls = new Set<string>();

  private async pullCoderKeys(coderId: string, doc: Y.Doc, keys: ReadonlySet<string>): Promise<void> {
    const pulled = readCoderHighlights(doc, coderId, (fingerprint) => this.idByFingerprint.get(fingerprint), keys);
    const present = new Set(pulled.items.map((h) => h.id));
    const gone = [...keys].filter((key) => !doc.getMap(CODER.highlights).has(key) && !present.has(key));
    await applyRemoteHighlightChanges(this.db, coderId, pulled.items, gone);
  }

  private async pullCoder(coderId: string, doc: Y.Doc): Promise<void> {
    const pulled = readCoderHighlights(doc, coderId, (fingerprint) => this.idByFingerprint.get(fingerprint));
    await applyRemoteHighlights(this.db, coderId, pulled.items);
  }

  // ---- texts: written once, fetched once ----

  private sendText(record: ArticleRecord): void {
    const fingerprint = record.fingerprint;
    if (this.textsInFlight.has(fingerprint)) return;
    this.textsInFlight.add(fingerprint);
    void this.withTextSlot(async () => {
      try {
        if (await this.store.textShared(this.project.projectId, fingerprint)) return;
        const open = openDoc(this.socket!, this.textDocName(fingerprint), this.project.token, null);
        try {
          await open.synced();
          const body = open.doc.getMap<unknown>(TEXT.body);
          if (typeof body.get('text') !== 'string') {
            const text = await this.db.articleTexts.get(record.id);
            if (!text) return;
            open.doc.transact(() => {
              body.set('text', text.text);
              body.set('boilerplate', text.boilerplate.map((block) => ({ ...block })) satisfies BoilerplateEntry[]);
            }, LOCAL_ORIGIN);
            await open.sent();
          }
          await this.store.markTextShared(this.project.projectId, fingerprint);
        } finally {
          closeDoc(open);
        }
      } finally {
        this.textsInFlight.delete(fingerprint);
        this.pendingChanged();
      }
    });
  }

  private textDocName(fingerprint: string): string {
    return formatDocName({ kind: 'text', projectId: this.project.projectId, fingerprint });
  }

  private slotsInUse = 0;
  private readonly slotWaiters: (() => void)[] = [];

  private async withTextSlot(work: () => Promise<void>): Promise<void> {
    while (this.slotsInUse >= TEXTS_AT_ONCE) await new Promise<void>((resolve) => this.slotWaiters.push(resolve));
    this.slotsInUse++;
    try {
      await work();
    } catch (error) {
      this.options.onProblem?.(`An article’s text could not be exchanged: ${describeThrown(error)}`);
    } finally {
      this.slotsInUse--;
      this.slotWaiters.shift()?.();
    }
  }

  private readonly fetched: RemoteArticle[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | null = null;

  private async fetchTexts(entries: ArticleEntry[]): Promise<void> {
    for (const entry of entries) this.textsInFlight.add(entry.fingerprint);
    await Promise.all(
      entries.map((entry) =>
        this.withTextSlot(async () => {
          try {
            const article = await this.fetchText(entry);
            if (article) this.queueFetched(article);
          } finally {
            this.textsInFlight.delete(entry.fingerprint);
            this.pendingChanged();
          }
        }),
      ),
    );
  }

  private async fetchText(entry: ArticleEntry): Promise<RemoteArticle | null> {
    const open = openDoc(this.socket!, this.textDocName(entry.fingerprint), this.project.token, null);
    try {
      await open.synced();
      const body = open.doc.getMap<unknown>(TEXT.body);
      const text = body.get('text');
      const boilerplate = body.get('boilerplate') ?? [];
      if (typeof text !== 'string') return null; // not sent yet: the sharer sends it when next online, and the manifest change brings us back
      // A peer is never trusted: the text must be the one its name promises.
      if ((await fingerprintText(text)) !== entry.fingerprint || checkBoilerplate(boilerplate) !== null) {
        this.options.onProblem?.(`An article shared as “${entry.title ?? entry.sourceName}” was left out: its text does not match its fingerprint.`);
        return null;
      }
      const project = this.projectDoc();
      const edits = project ? readCorrections(project.doc, entry.fingerprint) : {};
      return { entry, text, boilerplate: boilerplate as RemoteArticle['boilerplate'], edits };
    } finally {
      closeDoc(open);
    }
  }

  private queueFetched(article: RemoteArticle): void {
    this.fetched.push(article);
    const flush = () => {
      this.flushTimer = null;
      const batch = this.fetched.splice(0, ARTICLES_PER_WRITE);
      this.enqueue(async () => {
        const results = await applyRemoteArticles(this.db, batch);
        for (const [i, result] of results.entries()) {
          const fingerprint = batch[i]!.entry.fingerprint;
          const id = result.status === 'duplicate' ? result.existing.id : result.article.id;
          this.noteArticle(id, fingerprint);
          await this.store.markTextShared(this.project.projectId, fingerprint);
        }
        // Highlights waiting for these articles can come in now, notes citing them can point at
        // them, and collections holding them list them.
        const project = this.projectDoc();
        if (project) await this.pullCollections(project.doc);
        for (const name of this.docs.keys()) {
          if (this.isKind(name, 'coder')) this.fullPulls.add(name);
          if (this.isKind(name, 'coder', 'note')) this.schedulePull(name);
        }
      });
      if (this.fetched.length > 0) this.flushTimer = setTimeout(flush, 0);
    };
    if (this.fetched.length >= ARTICLES_PER_WRITE) {
      if (this.flushTimer) clearTimeout(this.flushTimer);
      flush();
    } else if (!this.flushTimer) {
      this.flushTimer = setTimeout(flush, PULL_QUIET_MS);
    }
  }

  // ---- article ids ----

  private async refreshArticleIds(): Promise<void> {
    await this.db.articles.each((article) => this.noteArticle(article.id, article.fingerprint));
  }

  private noteArticle(id: Id, fingerprint: string): void {
    this.idByFingerprint.set(fingerprint, id);
    this.fingerprintById.set(id, fingerprint);
  }

  // ---- members, rounds, refusals ----

  private refreshTimer: ReturnType<typeof setTimeout> | null = null;

  /** Asks how the project stands, once for a burst of reasons (every document closes when the socket does). */
  private refreshSoon(): void {
    if (this.refreshTimer || this.stopped) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = null;
      void this.refreshProjectInfo();
    }, REFRESH_QUIET_MS);
  }

  private async refreshProjectInfo(): Promise<void> {
    if (this.stopped) return;
    const info = await projectInfo(this.project.serverUrl, this.project.projectId, this.project.token);
    if (!info.ok) {
      if (info.error.code === 'sync/revoked' || info.error.code === 'sync/bad-token' || info.error.code === 'sync/wrong-project') {
        this.dispatch({ type: 'auth-refused', reason: info.error.message });
      }
      return;
    }
    const { members, round, name, you } = info.value;
    const roundChanged = round.blind !== this.project.round.blind;
    this.project = { ...this.project, members, round, projectName: name, role: you.role };
    this.options.onProjectInfo?.(info.value);
    if (roundChanged && round.blind && this.project.role !== 'owner') {
      // A blind round: other coders' highlights leave this device until the owner reveals them.
      for (const name of [...this.docs.keys()]) if (this.isKind(name, 'coder') && name !== this.coderDocName(this.project.memberId)) this.closeDocNamed(name);
      this.enqueue(async () => {
        await withdrawOtherCodersHighlights(this.db);
      });
    }
    for (const member of members) await this.reconcileMember(member.id);
  }

  /** Opens or closes one member's coder document as their role, the round and their membership allow. */
  private async reconcileMember(memberId: string): Promise<void> {
    if (memberId === this.project.memberId || this.stopped) return;
    const member = this.project.members.find((m) => m.id === memberId);
    const name = this.coderDocName(memberId);
    const hidden = this.project.round.blind && this.project.role !== 'owner';
    const codes = member !== undefined && member.role !== 'viewer';
    if (!codes || hidden) {
      this.closeDocNamed(name);
      return;
    }
    if (!this.docs.has(name)) {
      const open = await this.openPersistent(name);
      this.enqueue(() => this.pullCoder(memberId, open.doc));
    }
  }

  private onRefused(name: string, reason: string): void {
    const essential = name === this.projectDocName || name === this.coderDocName(this.project.memberId);
    if (essential) this.dispatch({ type: 'auth-refused', reason });
    else {
      // Another coder's document during a blind round, or a member just removed: ask the server how things stand.
      this.closeDocNamed(name);
      this.refreshSoon();
    }
  }

  // ---- status ----

  /**
   * Changes of this device's the server does not hold yet: in the documents this member writes.
   * Read-only documents are left out: after a server lost its last seconds, a reader's copy can
   * hold what the server lacks, which the server (rightly) never accepts from a reader; the
   * writer sends it again when they reconnect.
   */
  private pending(): number {
    if (!this.canWrite) return 0;
    const written = [this.projectDoc(), this.ownCoderDoc()];
    return written.reduce((count, open) => count + (open?.provider.unsyncedChanges ?? 0), 0) + this.textsInFlight.size;
  }

  private pendingChanged(): void {
    this.dispatch({ type: 'pending-changed', pending: this.pending() });
  }

  private onSocketStatus(status: string): void {
    if (status === 'connected') {
      this.connectedOnce = true;
      this.dispatch({ type: 'connected', pending: this.pending() });
      void this.refreshProjectInfo();
    } else if (status === 'disconnected') {
      this.dispatch(this.connectedOnce && this.state.kind !== 'offline' && this.state.kind !== 'unreachable' ? { type: 'went-offline', at: this.now() } : { type: 'connect-failed', at: this.now() });
    }
  }

  private dispatch(event: SyncEvent): void {
    const next = nextSyncState(this.state, event);
    if (next === this.state) return;
    this.state = next;
    this.options.onState?.(next);
  }
}
