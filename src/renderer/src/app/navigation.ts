import type { Id } from '@shared/model';

export interface SpanFocus {
  start: number;
  end: number;
}

export interface NavigationState {
  articleId: Id | null;
  /** A span to scroll to and flash in the reader; `nonce` makes asking twice for the same span work. */
  focus: (SpanFocus & { nonce: number }) | null;
}

const STORAGE_KEY = 'parallax.selectedArticle';

/**
 * Which article is open and which span the reader should bring into view. Any feature (a tag's
 * passage list, a note's citation, a search result) opens an article through here.
 */
export class Navigation {
  private state: NavigationState;
  private readonly listeners = new Set<() => void>();
  private nonce = 0;

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null = globalThis.localStorage ?? null) {
    this.state = { articleId: readStoredArticle(storage), focus: null };
  }

  getState = (): NavigationState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  openArticle(articleId: Id | null, span?: SpanFocus): void {
    this.state = { articleId, focus: span ? { ...span, nonce: ++this.nonce } : null };
    this.storage?.setItem(STORAGE_KEY, JSON.stringify(articleId));
    for (const listener of this.listeners) listener();
  }
}

function readStoredArticle(storage: Pick<Storage, 'getItem'> | null): Id | null {
  try {
    const value = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null') as unknown;
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}
