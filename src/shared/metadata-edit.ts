import type { ArticleMetadata, MetadataField } from './ingest/types';

export type MetadataEditResult<F extends MetadataField = MetadataField> =
  | { ok: true; value: ArticleMetadata[F] }
  | { ok: false; message: string };

const LIST_FIELDS: MetadataField[] = ['authors', 'agencies'];

/**
 * Turns what a person typed into a metadata value, or says in words why it cannot be one.
 * Empty input means "none" (null or an empty list): a person may clear a wrong value.
 */
export function parseMetadataInput(field: MetadataField, input: string): MetadataEditResult {
  const trimmed = input.trim();
  if (LIST_FIELDS.includes(field)) {
    const items = trimmed
      .split(/\s*[,;]\s*|\s+and\s+/)
      .map((item) => item.trim())
      .filter(Boolean);
    return { ok: true, value: [...new Set(items)] };
  }
  if (trimmed === '') return { ok: true, value: null };
  if (field === 'published') return parsePublished(trimmed);
  if (field === 'url') {
    try {
      const url = new URL(trimmed);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        return { ok: false, message: 'A URL must start with http:// or https://.' };
      }
      return { ok: true, value: url.href };
    } catch {
      return { ok: false, message: 'This is not a web address (for example https://example.com/story).' };
    }
  }
  return { ok: true, value: trimmed.replace(/\s+/g, ' ') };
}

function parsePublished(input: string): MetadataEditResult {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (full && isRealDate(Number(full[1]), Number(full[2]), Number(full[3]))) return { ok: true, value: input };
  const yearless = /^--(\d{2})-(\d{2})$/.exec(input);
  if (yearless && isRealDate(2000, Number(yearless[1]), Number(yearless[2]))) return { ok: true, value: input };
  const timestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(input);
  if (timestamp && !Number.isNaN(Date.parse(input))) return { ok: true, value: input };
  return {
    ok: false,
    message: 'Write the date as YYYY-MM-DD (2021-05-19), or --MM-DD (--05-19) when the year is unknown.',
  };
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The value as the edit box shows it. */
export function metadataInputValue(value: ArticleMetadata[MetadataField]): string {
  if (Array.isArray(value)) return value.join(', ');
  return value ?? '';
}
