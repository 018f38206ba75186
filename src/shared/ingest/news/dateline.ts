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
/** The same, in any case: only trusted when a known agency stands in the parentheses. */
const ANY_CASE_WORD = `\\p{L}[\\p{L}\\p{M}'’.-]*`;
const PARTICLE = '(?:de|da|do|del|des|di|la|le|el|al|am|upon|sur|of|on)';
/** Every dash a wire desk types: hyphen, en, em, figure and horizontal-bar dashes, the minus sign. */
const DASH = '[-‐‑‒–—―−]';

function datelinePattern(word: string): RegExp {
  const place = `${word}(?:\\s(?:${word}|${PARTICLE})){0,4}`;
  return new RegExp(
    // "NAIROBI, Kenya, June 3": a city, then up to two more places.
    `^(?<place>${place}(?:,\\s+${place}){0,2})` +
      `(?:,?\\s+(?<date>${DATE_SOURCE}))?` +
      `(?:\\s*\\((?<agencies>[^()]{1,60})\\)|\\.?\\s*/(?<slashAgency>\\p{Lu}[\\p{L}-]{1,14})/)?` +
      `(?<sep>\\s*(?:\\.\\s*${DASH}+|${DASH}{1,2}|:|\\.(?=\\s)))\\s*(?=\\S)`,
    'u',
  );
}

const DATELINE = datelinePattern(WORD);
const ANY_CASE_DATELINE = new RegExp(datelinePattern(ANY_CASE_WORD).source, 'iu');
/** A name in parentheses that is not an agency: the outlet crediting itself, "(Coast Herald)". */
const OWN_CREDIT = /^\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*){0,3}$/u;

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
  const dateline = readCasedDateline(paragraph, DATELINE);
  if (dateline) return dateline;
  // "washington (reuters) - ...": a place in any case, trusted only with a known agency.
  const anyCase = readCasedDateline(paragraph, ANY_CASE_DATELINE);
  return anyCase && anyCase.agencies.length > 0 ? anyCase : null;
}

function readCasedDateline(paragraph: string, pattern: RegExp): Dateline | null {
  const m = pattern.exec(paragraph);
  const groups = m?.groups;
  if (!m || !groups) return null;
  const place = groups.place ?? '';
  const dateText = groups.date ?? null;
  const agencyText = groups.agencies ?? groups.slashAgency ?? null;
  const sep = (groups.sep ?? '').trim();

  if (NOT_PLACES.has(place.toUpperCase()) || MONTH_OR_DAY.test(place)) return null;
  const agencies = agencyText ? allAgencies(agencyText) : null;
  // A name that is no agency may still be the outlet's own credit, when a date or a capitals place says dateline.
  const ownCredit = agencyText !== null && !agencies && OWN_CREDIT.test(agencyText.trim()) && (dateText !== null || isCapitalsPlace(place));
  if (agencyText && !agencies && !ownCredit) return null;
  const date = dateText ? parseDate(dateText) : null;
  if (dateText && !date) return null;
  if (!agencies && !date) {
    // Without an agency or a date, only an all-capitals place ("KYIV, Ukraine —",
    // "NEW DELHI:") marks a dateline; "Meanwhile:" or "Biden —" do not.
    if (!isCapitalsPlace(place) || sep === '.') return null;
  }
  return {
    text: stripSeparator(m[0].trimEnd()),
    date: date && dateText ? { iso: date, text: dateText } : null,
    agencies: agencies ?? [],
    agencyText: agencies && agencyText ? (groups.slashAgency ? `/${agencyText}/` : `(${agencyText})`) : null,
  };
}

function isCapitalsPlace(place: string): boolean {
  const firstWord = place.split(/[\s,]/)[0] ?? '';
  return /^\p{Lu}{3,}$/u.test(firstWord.replace(/[.'’-]/g, ''));
}

const TRAILING_SEPARATOR = new RegExp(`\\s*(?:\\.\\s*${DASH}+|${DASH}{1,2}|:|\\.)$`, 'u');

function stripSeparator(text: string): string {
  return text.replace(TRAILING_SEPARATOR, '').trim();
}
