/**
 * Dates written by machines (HTML meta tags, JSON-LD, Markdown front matter) read as ISO 8601.
 * Shared by the formats that carry them, so that no format reaches into another's module.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A date as ISO 8601: an ISO-like string keeps its own day and offset ("2021-05-19",
 * "2021-05-19T10:00:00+02:00"); other forms the JS date parser reads ("Wed, 19 May 2021
 * 10:00:00 GMT", "May 19, 2021") become UTC timestamps, or a bare day when no time was given.
 */
export function toIsoDate(raw: string): string | null {
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    if (!validDay(Number(y), Number(mo), Number(d))) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    if (Number(h) > 23 || Number(mi) > 59) return `${y}-${mo}-${d}`;
    const offset = zone === undefined ? '' : zone.toUpperCase() === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${frac ?? ''}${offset}`;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) {
    const [, y, mo, d] = compact;
    return validDay(Number(y), Number(mo), Number(d)) ? `${y}-${mo}-${d}` : null;
  }
  if (!/[a-z]{3}/i.test(text) || !MONTHS.some((month) => text.toLowerCase().includes(month))) return null;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  if (/\d{1,2}:\d{2}/.test(text)) return date.toISOString();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function validDay(year: number, month: number, day: number): boolean {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
