import { isPlaceholderTitle, splitAuthors } from '../document-properties';
import type { ArticleMetadata, FileDate, ProvenanceMap } from '../types';

const SOURCE = 'PDF metadata';

export interface PdfInfoReading {
  metadata: Partial<ArticleMetadata>;
  provenance: ProvenanceMap;
  /** CreationDate: when the file was made, which is not the article's date. */
  fileDate?: FileDate;
  lang: string | null;
}

/**
 * Reads title, authors and creation date from a PDF's info dictionary (as pdf.js's
 * `getMetadata().info` gives it). Values that are placeholders rather than facts, e.g. a
 * title of "Microsoft Word - draft.doc" or an author of "ARRAY(0x2c7cf020)", are ignored:
 * metadata the extractor returns wins over what the prose says, so junk here would hide
 * a good headline.
 */
export function readPdfInfo(info: unknown): PdfInfoReading {
  const reading: PdfInfoReading = { metadata: {}, provenance: {}, lang: null };
  if (!info || typeof info !== 'object') return reading;
  const record = info as Record<string, unknown>;

  const title = cleanValue(record.Title);
  if (title && !isPlaceholderTitle(title)) {
    reading.metadata.title = title;
    reading.provenance.title = { source: SOURCE, evidence: `Title: ${title}` };
  }

  const author = cleanValue(record.Author);
  if (author) {
    const authors = splitAuthors(author);
    if (authors.length > 0) {
      reading.metadata.authors = authors;
      reading.provenance.authors = { source: SOURCE, evidence: `Author: ${author}` };
    }
  }

  const created = typeof record.CreationDate === 'string' ? record.CreationDate.trim() : '';
  const iso = created ? pdfDateToIso(created) : null;
  if (iso) {
    reading.fileDate = { iso, source: SOURCE, evidence: `CreationDate: ${created}` };
  }

  const lang = cleanValue(record.Language);
  if (lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang)) reading.lang = lang;
  return reading;
}

function cleanValue(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F\u007F]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > 0 && cleaned.length <= 500 ? cleaned : null;
}

/**
 * A PDF date string (`D:YYYYMMDDHHmmSSOHH'mm'`, every part after the year optional) as
 * ISO 8601. A date with a time keeps the offset it was written with (or `Z`); a date
 * without a time stays a calendar date. Null when it is not a real date.
 */
export function pdfDateToIso(raw: string): string | null {
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:([Zz+-])\s*(\d{2})?'?\s*(\d{2})?'?)?\s*$/.exec(raw.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, sign, oh, om] = match;
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const date = `${y}-${pad(month)}-${pad(day)}`;
  if (mo === undefined || d === undefined) return mo === undefined ? `${y}` : `${y}-${pad(month)}`;
  if (h === undefined) return date;
  const hour = Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const time = `${pad(hour)}:${pad(minute)}:${pad(second)}`;
  if (sign === undefined || sign === 'Z' || sign === 'z') {
    // No zone written means local time of an unknown place; Z means UTC. Both read as UTC
    // only when Z is given; otherwise keep the wall-clock time without an offset.
    return sign === undefined ? `${date}T${time}` : `${date}T${time}Z`;
  }
  const offsetHours = Number(oh ?? '0');
  const offsetMinutes = Number(om ?? '0');
  if (offsetHours > 14 || offsetMinutes > 59) return null;
  if (offsetHours === 0 && offsetMinutes === 0) return `${date}T${time}Z`;
  return `${date}T${time}${sign}${pad(offsetHours)}:${pad(offsetMinutes)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
