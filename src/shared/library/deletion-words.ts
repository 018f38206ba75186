import { countOf } from '../count-words';

/** What deleting articles did, as the undo history and the status bar say it. */
export interface DeletionSummary {
  /** The deleted articles' titles as shown in the library, in the order they were listed. */
  titles: readonly string[];
  highlights: number;
  /** Notes that were attached to them and are now free notes. */
  freedNotes: number;
}

/** The longest title quoted whole in a label: past it the status bar would wrap. */
const TITLE_IN_LABEL_MAX = 60;

function quoted(title: string): string {
  return `“${title.length > TITLE_IN_LABEL_MAX ? `${title.slice(0, TITLE_IN_LABEL_MAX - 1).trimEnd()}…` : title}”`;
}

/**
 * "Delete “Mayor resigns” and its 2 highlights (1 note kept as a free note)",
 * "Delete 3 articles": the label of the undo entry, read in the Edit menu and the status bar.
 */
export function deletionLabel({ titles, highlights, freedNotes }: DeletionSummary): string {
  const what = titles.length === 1 ? quoted(titles[0]!) : countOf(titles.length, 'article');
  const own = titles.length === 1 ? 'its' : 'their';
  const withHighlights = highlights > 0 ? ` and ${own} ${countOf(highlights, 'highlight')}` : '';
  const notes = freedNotes > 0 ? ` (${countOf(freedNotes, 'note')} kept as ${freedNotes === 1 ? 'a free note' : 'free notes'})` : '';
  return `Delete ${what}${withHighlights}${notes}`;
}
