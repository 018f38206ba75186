/**
 * Dates written by machines (HTML meta tags, JSON-LD, Markdown front matter) read as ISO 8601.
 * Shared by the formats that carry them, so that no format reaches into another's module. The
 * day of a date written in words is read by the one reader of written dates (news/dates.ts),
 * not by the engine's Date.parse, whose forms and time zone differ between engines and machines.
 */
import { datesIn } from './news/dates';

/** Zone names a machine-written date may carry, as minutes east of UTC (RFC 2822's, and UTC). */
const ZONE_MINUTES: Record<string, number> = { Z: 0, UT: 0, UTC: 0, GMT: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };
const TIME_AFTER_DAY = /^[\s,T]*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([A-Z]{1,3}T?|[+-]\d{2}:?\d{2}))?\s*$/i;

/**
 * A date as ISO 8601: an ISO-like string keeps its own day and offset ("2021-05-19",
 * "2021-05-19T10:00:00+02:00"); a date in words ("Wed, 19 May 2021 10:00:00 GMT", "May 19,
 * 2021") becomes a UTC timestamp when it names its zone, the time as written when it does not,
 * or a bare day when no time was given.
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
  return wordyDate(text);
}

/**
 * "Thu, 14 Mar 2024 08:30:00 GMT", "March 14, 2024": the day by the written-date reader, then an
 * optional time and zone. With a known zone the instant in UTC; with none, the time as written.
 */
function wordyDate(text: string): string | null {
  const found = datesIn(text)[0];
  if (!found || found.index !== 0 || !/^\d{4}-/.test(found.iso)) return null;
  const rest = text.slice(found.text.length);
  if (rest.trim() === '') return found.iso;
  const time = TIME_AFTER_DAY.exec(rest);
  if (!time) return null;
  const [, h, mi, s, zone] = time;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return found.iso;
  const hh = h!.padStart(2, '0');
  if (zone === undefined) return `${found.iso}T${hh}:${mi}:${s ?? '00'}`;
  const offset = zoneMinutes(zone);
  if (offset === null) return found.iso;
  const [y, mo, d] = found.iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, Number(h), Number(mi), Number(s ?? 0)) - offset * 60_000).toISOString();
}

function zoneMinutes(zone: string): number | null {
  const named = ZONE_MINUTES[zone.toUpperCase()];
  if (named !== undefined) return named;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : null;
}

function validDay(year: number, month: number, day: number): boolean {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
