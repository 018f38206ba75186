import Dexie, { type EntityTable } from 'dexie';

/**
 * Where a shared project's Yjs documents are kept on this device between sessions, apart from
 * the corpus (it is sync's bookkeeping, not research data, and a backup never carries it).
 *
 * Each document is stored as its whole state (one merged update), written when the document
 * is quiet. That is all a restart needs: the provider compares state vectors with the server
 * and sends what the server lacks, so edits made offline are sent when the app is next online.
 * Edits made in the last moments before a crash may miss the stored state; they are still in
 * the corpus, and the engine writes the corpus into the documents again on every start
 * (engine.ts), so nothing is lost either way.
 */
export interface StoredDoc {
  name: string;
  state: Uint8Array;
  savedAt: number;
}

/** A fingerprint whose text this device has sent to the server (or found there): never sent again. */
export interface SharedText {
  key: string;
}

export const SYNC_STORE_NAME = 'parallax-sync';

export class SyncStore extends Dexie {
  docs!: EntityTable<StoredDoc, 'name'>;
  sharedTexts!: EntityTable<SharedText, 'key'>;

  constructor(name: string = SYNC_STORE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ docs: 'name', sharedTexts: 'key' });
  }

  async loadDoc(name: string): Promise<Uint8Array | null> {
    return (await this.docs.get(name))?.state ?? null;
  }

  async saveDoc(name: string, state: Uint8Array): Promise<void> {
    await this.docs.put({ name, state, savedAt: Date.now() });
  }

  async textShared(projectId: string, fingerprint: string): Promise<boolean> {
    return (await this.sharedTexts.get(`${projectId}/${fingerprint}`)) !== undefined;
  }

  async markTextShared(projectId: string, fingerprint: string): Promise<void> {
    await this.sharedTexts.put({ key: `${projectId}/${fingerprint}` });
  }

  /** Forgets one project's documents (the member left it, or it went back to a local corpus). */
  async forgetProject(projectId: string): Promise<void> {
    await this.transaction('rw', this.docs, this.sharedTexts, async () => {
      await this.docs.where('name').startsWith(`${projectId}/`).delete();
      await this.sharedTexts.where('key').startsWith(`${projectId}/`).delete();
    });
  }
}
