/**
 * Dates as news text writes them: "May 19, 2021", "19 May 2021", "Wednesday, May 19, 2021",
 * "2021-05-19", "May 19" (no year), and numeric forms when day and month cannot be confused.
 */

export interface DateMatch {
  /** `YYYY-MM-DD`, or `--MM-DD` when the text gives no year. */
  iso: string;
  /** The words the date was read from, verbatim. */
  text: string;
  /** Offset of `text` in the string searched. */
  index: number;
}

const MONTH_NUMBERS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

const MONTH_WORDS = Object.keys(MONTH_NUMBERS).sort((a, b) => b.length - a.length);
const WEEKDAY_WORDS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tues', 'thurs', 'thur', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Month names as written: "May", "MAY", "Sept." — never lower case, which would catch "may". */
const MONTH = `(?:${MONTH_WORDS.map((m) => `${capitalise(m)}|${m.toUpperCase()}`).join('|')})\\.?`;
const WEEKDAY = `(?:(?:${WEEKDAY_WORDS.map((d) => `${capitalise(d)}|${d.toUpperCase()}`).join('|')})\\.?,?\\s+)`;
const ORDINAL = '(?:st|nd|rd|th)?';

/** Regular-expression source of any written date (for use inside larger patterns). */
export const DATE_SOURCE = [
  `${WEEKDAY}?${MONTH}\\s+\\d{1,2}${ORDINAL}(?:,\\s*|\\s+)\\d{4}(?!\\d)`,
  `${WEEKDAY}?\\d{1,2}${ORDINAL}\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4}(?!\\d)`,
  `${WEEKDAY}?${MONTH}\\s+\\d{1,2}${ORDINAL}(?![\\d\\p{L}])`,
  `${WEEKDAY}?\\d{1,2}${ORDINAL}\\s+(?:of\\s+)?${MONTH}(?![\\p{L}])`,
  `\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)`,
  `\\d{4}[/.]\\d{1,2}[/.]\\d{1,2}(?!\\d)`,
  `\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}(?!\\d)`,
].join('|');

const DATE_AT_START = new RegExp(`^(?:${DATE_SOURCE})`, 'u');
const DATE_ANYWHERE = new RegExp(`(?<![\\p{L}\\d])(?:${DATE_SOURCE})`, 'gu');

/** Reads one written date (the whole string must be the date). */
export function parseDate(raw: string): string | null {
  const text = raw.trim().replace(new RegExp(`^${WEEKDAY}`, 'u'), '');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text))) return iso(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text))) return iso(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text))) {
    const a = +m[1]!;
    const b = +m[2]!;
    const year = +m[3]!;
    if (a > 12 && b <= 12) return iso(year, b, a);
    if (b > 12 && a <= 12) return iso(year, a, b);
    if (a === b) return iso(year, a, b);
    return null; // 05/06/2021: May 6 or 5 June? Unknowable.
  }
  if ((m = /^([\p{L}]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)?(\d{4})?$/u.exec(text))) {
    const month = MONTH_NUMBERS[m[1]!.toLowerCase()];
    return month ? iso(m[3] ? +m[3] : null, month, +m[2]!) : null;
  }
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([\p{L}]+)\.?,?(?:\s+(\d{4}))?$/u.exec(text))) {
    const month = MONTH_NUMBERS[m[2]!.toLowerCase()];
    return month ? iso(m[3] ? +m[3] : null, month, +m[1]!) : null;
  }
  return null;
}

/** A date at the very start of `text`, even when glued to the next word ("May 19, 2021US ..."). */
export function dateAtStart(text: string): DateMatch | null {
  const m = DATE_AT_START.exec(text);
  if (!m) return null;
  const parsed = parseDate(m[0]);
  return parsed ? { iso: parsed, text: m[0], index: 0 } : null;
}

/** Every readable date in `text`, in order. */
export function datesIn(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const m of text.matchAll(DATE_ANYWHERE)) {
    const parsed = parseDate(m[0]);
    if (parsed) found.push({ iso: parsed, text: m[0], index: m.index });
  }
  return found;
}

/** Filler that may surround a date on a line of its own: "Published: ... 10:32 AM IST | Updated ...". */
const DATE_LINE_FILLER =
  /\b(?:first\s+)?(?:published|posted|updated|last\s+updated|modified|created|date|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|ist|est|edt|cet|cest|bst|msk|pst|pdt|et|pt|local\s+time)\b|\d{1,2}[:.]\d{2}(?::\d{2})?|[\s|,.:;()–—-]+/giu;

/**
 * The date of a line that holds nothing but a date (and words like "Published", a time, a
 * zone). `updated` is true when the line says the date is an update, not the first publication.
 */
export function dateOnlyLine(line: string): (DateMatch & { updated: boolean }) | null {
  if (line.length > 120) return null;
  const dates = datesIn(line);
  const first = dates[0];
  if (!first) return null;
  let rest = line;
  for (const d of dates) rest = rest.replace(d.text, ' ');
  if (rest.replace(DATE_LINE_FILLER, '').trim() !== '') return null;
  const before = line.slice(0, first.index);
  return { ...first, updated: /updated|modified/i.test(before) };
}

function iso(year: number | null, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  if (year !== null && (year < 1800 || year > 2200)) return null;
  const days = [31, year === null || isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  if (day > days) return null;
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return year === null ? `--${mm}-${dd}` : `${year}-${mm}-${dd}`;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
