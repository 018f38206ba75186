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

export class UndoHistory {
  private done: UndoEntry[] = [];
  private undone: UndoEntry[] = [];
  private readonly listeners = new Set<() => void>();
  private busy: Promise<unknown> = Promise.resolve();
  private snapshot = { canUndo: false, canRedo: false, undoLabel: null as string | null, redoLabel: null as string | null };

  /** Records a change that has already been made. */
  push(entry: UndoEntry): void {
    this.done.push(entry);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone = [];
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

  private changed(): void {
    const last = this.done.at(-1);
    const next = this.undone.at(-1);
    this.snapshot = { canUndo: !!last, canRedo: !!next, undoLabel: last?.label ?? null, redoLabel: next?.label ?? null };
    for (const listener of this.listeners) listener();
  }
}
