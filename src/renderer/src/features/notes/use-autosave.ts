import { useEffect, useState } from 'react';

export type SaveStatus = 'saved' | 'saving' | 'failed';

const RETRY_MS = 2000;

/**
 * Debounced saving of a document that changes as a person types. `change` records (a reader of)
 * the latest content and saves it `delay` ms after the last change; `flush` saves at once. Saves
 * run one at a time, in order, so an older content never overwrites a newer one; a failed save
 * is retried until it succeeds.
 */
export class Autosaver {
  /** The latest content not yet saved, serialised only when it is saved (not on every keystroke). */
  private pending: (() => string) | null = null;
  private lastSaved: string;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly save: (content: string) => Promise<unknown>,
    initialContent: string,
    private readonly delay: number,
    private readonly onStatus: (status: SaveStatus) => void,
  ) {
    this.lastSaved = initialContent;
  }

  change(content: () => string): void {
    this.pending = content;
    this.onStatus('saving');
    this.schedule(this.delay);
  }

  flush(): Promise<void> {
    this.clearTimer();
    const read = this.pending;
    if (read === null) return this.queue;
    this.pending = null;
    const content = read();
    this.queue = this.queue.then(async () => {
      try {
        if (content !== this.lastSaved) {
          await this.save(content);
          this.lastSaved = content;
        }
        if (this.pending === null) this.onStatus('saved');
      } catch (error) {
        console.error('Saving the note failed', error);
        // Keep the content (unless something newer came meanwhile) and try again.
        this.pending ??= () => content;
        this.onStatus('failed');
        if (this.timer === null) this.schedule(RETRY_MS);
      }
    });
    return this.queue;
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

/**
 * An Autosaver for the lifetime of the component (key the component by document): it also saves
 * when the page is hidden or closed, and when the component unmounts, so nothing typed is lost.
 */
export function useAutosave(save: (content: string) => Promise<unknown>, initialContent: string, delay = 400) {
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [saver] = useState(() => new Autosaver(save, initialContent, delay, setStatus));

  useEffect(() => {
    const onHide = () => void saver.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void saver.flush();
    };
  }, [saver]);

  return { status, saver };
}
