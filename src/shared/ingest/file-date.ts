import type { FileDate, Provenance } from './types';

const FILE_DATE_WORDS: Record<NonNullable<FileDate['kind']>, string> = { created: 'file created', sent: 'e-mail sent', saved: 'page saved' };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-02-04T10:00:00Z" → "4 Feb 2025": the day as a person reads it, whatever the time zone said. */
export function humanDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/**
 * A file's own date used as the article's, because the text gives none: labelled so that a
 * person sees it is the file's date ("file created 4 Feb 2025"), never passed off as the
 * publication date.
 */
export function fileDateFallback(fileDate: FileDate): { provenance: Provenance; warning: string } {
  const day = humanDay(fileDate.iso);
  const what = `${FILE_DATE_WORDS[fileDate.kind ?? 'created']} ${day}`;
  return {
    provenance: { source: `${what} (${fileDate.source}; the text gives no date)`, evidence: fileDate.evidence },
    warning: `The text gives no publication date: the date shown is the file's own (${what}), which may not be the article's.`,
  };
}
