/**
 * The corpus marker: how many articles the library held when last seen, and when. It is kept
 * outside IndexedDB (a file beside the automatic backups in Electron, localStorage in web mode),
 * so that a database that comes back empty after a crash or an eviction is told apart from a
 * first launch: the app then offers the newest backup instead of importing the samples again.
 */
import type { CorpusMarker } from '../bridge';

/** The marker's name in web mode's localStorage and in Electron's data folder. */
export const CORPUS_MARKER_KEY = 'parallax.corpusMarker';
export const CORPUS_MARKER_FILE = 'corpus-marker.json';

export const CORPUS_MARKER_REQUEST_MESSAGE = 'writeCorpusMarker needs a count of articles and an ISO time.';

export function isCorpusMarker(value: unknown): value is CorpusMarker {
  if (typeof value !== 'object' || value === null) return false;
  const { articles, at } = value as Partial<CorpusMarker>;
  return typeof articles === 'number' && Number.isSafeInteger(articles) && articles >= 0 && typeof at === 'string' && !Number.isNaN(Date.parse(at));
}

/** A stored marker's text back to a marker; anything damaged reads as no marker. */
export function parseCorpusMarker(text: string | null): CorpusMarker | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isCorpusMarker(value) ? { articles: value.articles, at: value.at } : null;
  } catch {
    return null;
  }
}
