/**
 * The app's undo history: every change to the corpus a person makes (highlights, tags, notes,
 * metadata, restored furniture) pushes an entry that knows how to reverse itself and do
 * itself again. Edit › Undo / Redo and Ctrl/Cmd+Z / Shift+Ctrl/Cmd+Z walk it, outside text
 * fields (which keep their own undo).
 */
export interface UndoEntry {
  /** What the entry did, in words, for the menu and the status line: "Delete tag “Threats”". */
  label: string;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

const LIMIT = 200;

/** The last thing the history did, for the status bar: each change says what it did. */
export interface UndoEvent {
  /** Grows with every event, so the same words said twice still count as news. */
  serial: number;
  message: string;
  /** True when Undo would reverse exactly this change (it is the newest entry). */
  undoable: boolean;
  /** When it happened (ms since the epoch). */
  at: number;
}

export class UndoHistory {
  private done: UndoEntry[] = [];
  private undone: UndoEntry[] = [];
  private readonly listeners = new Set<() => void>();
  private busy: Promise<unknown> = Promise.resolve();
  private lastEvent: UndoEvent | null = null;
  private snapshot = { canUndo: false, canRedo: false, undoLabel: null as string | null, redoLabel: null as string | null, lastEvent: null as UndoEvent | null };

  /** Records a change that has already been made. */
  push(entry: UndoEntry): void {
    this.done.push(entry);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone = [];
    this.said(entry.label, true);
    this.changed();
  }

  /** Makes a change and records it; `redo` is what does it the first time. */
  async perform(entry: UndoEntry): Promise<void> {
    await this.serial(() => entry.redo());
    this.push(entry);
  }

  undo(): Promise<string | null> {
    return this.serial(async () => {
      const entry = this.done.pop();
      if (!entry) return null;
      await entry.undo();
      this.undone.push(entry);
      this.said(`Undid: ${entry.label}`, false);
      this.changed();
      return entry.label;
    });
  }

  redo(): Promise<string | null> {
    return this.serial(async () => {
      const entry = this.undone.pop();
      if (!entry) return null;
      await entry.redo();
      this.done.push(entry);
      this.said(`Redid: ${entry.label}`, true);
      this.changed();
      return entry.label;
    });
  }

  /**
   * Forgets every entry and records `entry` as the only one: after the whole corpus is replaced
   * (a restore), older entries would reverse changes to records that are no longer there.
   */
  resetTo(entry: UndoEntry): void {
    this.done = [entry];
    this.undone = [];
    this.changed();
  }

  getSnapshot = () => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** One change at a time: a second Ctrl+Z waits for the first to finish. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.busy.then(work, work);
    this.busy = next.catch(() => undefined);
    return next;
  }

  private said(message: string, undoable: boolean): void {
    this.lastEvent = { serial: (this.lastEvent?.serial ?? 0) + 1, message, undoable, at: Date.now() };
  }

  private changed(): void {
    const last = this.done.at(-1);
    const next = this.undone.at(-1);
    this.snapshot = { canUndo: !!last, canRedo: !!next, undoLabel: last?.label ?? null, redoLabel: next?.label ?? null, lastEvent: this.lastEvent };
    for (const listener of this.listeners) listener();
  }
}
