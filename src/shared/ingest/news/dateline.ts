import { allAgencies } from './agencies';
import { DATE_SOURCE, parseDate } from './dates';

/** The place line that opens a wire story: "Copenhagen, May 19 (EFE).-", "WASHINGTON (AP) —". */
export interface Dateline {
  /** The dateline as written, without the punctuation that ends it: "Copenhagen, May 19 (EFE)". */
  text: string;
  /** The date it gives, `YYYY-MM-DD` or `--MM-DD`, if any, and its words. */
  date: { iso: string; text: string } | null;
  /** Agencies credited in its parentheses, with their words. */
  agencies: string[];
  agencyText: string | null;
}

const WORD = `\\p{Lu}[\\p{L}\\p{M}'’.-]*`;
const PARTICLE = '(?:de|da|do|del|des|di|la|le|el|al|am|upon|sur|of|on)';
const PLACE = `${WORD}(?:\\s(?:${WORD}|${PARTICLE})){0,4}`;
const DATELINE = new RegExp(
  `^(?<place>${PLACE}(?:,\\s+${PLACE})?)` +
    `(?:,?\\s+(?<date>${DATE_SOURCE}))?` +
    `(?:\\s*\\((?<agencies>[^()]{1,60})\\))?` +
    `(?<sep>\\s*(?:\\.\\s*[-–—]+|[-–—]{1,2}|:|\\.(?=\\s)))\\s*(?=\\S)`,
  'u',
);

/** Words that open a line in capitals and a colon without being a place. */
const NOT_PLACES = new Set([
  'BREAKING', 'BREAKING NEWS', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'WATCH', 'LIVE', 'VIDEO', 'PHOTOS',
  'EDITORIAL', 'COMMENT', 'NOTE', "EDITOR'S NOTE", 'EDITOR’S NOTE', 'FILE', 'PHOTO', 'READ', 'ALSO READ', 'READ MORE',
  'CORRECTION', 'CLARIFICATION', 'WARNING', 'Q', 'A', 'FACT CHECK', 'REVIEW', 'INTERVIEW', 'DISCLAIMER', 'SOURCE', 'TITLE',
  'NATO', 'UN', 'EU', 'USA', 'FBI', 'CIA', 'WHO', 'IMF', 'OPEC', 'ASEAN', 'UEFA', 'FIFA', 'NASA', 'IAEA', 'OSCE', 'UNESCO', 'UNICEF',
]);
const MONTH_OR_DAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

/** Reads the dateline at the start of a paragraph, or null when the paragraph opens otherwise. */
export function readDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph);
  const groups = m?.groups;
  if (!m || !groups) return null;
  const place = groups.place ?? '';
  const dateText = groups.date ?? null;
  const agencyText = groups.agencies ?? null;
  const sep = (groups.sep ?? '').trim();

  if (NOT_PLACES.has(place.toUpperCase()) || MONTH_OR_DAY.test(place)) return null;
  const agencies = agencyText ? allAgencies(agencyText) : null;
  if (agencyText && !agencies) return null;
  const date = dateText ? parseDate(dateText) : null;
  if (dateText && !date) return null;
  if (!agencies && !date) {
    // Without an agency or a date, only an all-capitals place ("KYIV, Ukraine —",
    // "NEW DELHI:") marks a dateline; "Meanwhile:" or "Biden —" do not.
    const firstWord = place.split(/[\s,]/)[0] ?? '';
    if (!/^\p{Lu}{3,}$/u.test(firstWord.replace(/[.'’-]/g, '')) || sep === '.') return null;
  }
  return {
    text: stripSeparator(m[0].trimEnd()),
    date: date && dateText ? { iso: date, text: dateText } : null,
    agencies: agencies ?? [],
    agencyText: agencyText ? `(${agencyText})` : null,
  };
}

function stripSeparator(text: string): string {
  return text.replace(/\s*(?:\.\s*[-–—]+|[-–—]{1,2}|:|\.)$/u, '').trim();
}
