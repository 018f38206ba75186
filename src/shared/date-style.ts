/**
 * The one way the app writes dates for people: the reader's own locale through Intl, at
 * "medium" length (19 May 2021, May 19, 2021, 19.05.2021, as the locale has it), with the
 * time in short form where a moment matters. Data exports write ISO 8601 instead.
 */
const DATE = { dateStyle: 'medium' } as const;
const DATE_TIME = { dateStyle: 'medium', timeStyle: 'short' } as const;

/**
 * Formatters made once per locale and style: making an Intl.DateTimeFormat costs about a third
 * of a millisecond, and a list of dates (the library's rows) would make one per date.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string | undefined, kind: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${kind}`;
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = new Intl.DateTimeFormat(locale, options)));
  return found;
}

/** A calendar date as read from an article ("2021-05-19"): shown the same in every time zone. */
export function formatCalendarDate(year: number, month: number, day: number, locale?: string): string {
  return formatter(locale, 'calendar', { ...DATE, timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}

/** A day and month with no year ("--05-19" in the data): 19 May, May 19. */
export function formatDayMonth(month: number, day: number, locale?: string): string {
  return formatter(locale, 'day-month', { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, day));
}

/** A moment the app recorded (imported, fetched, backed up), in the reader's time zone. */
export function formatMoment(moment: number | string, locale?: string): string {
  const time = typeof moment === 'number' ? moment : Date.parse(moment);
  return Number.isNaN(time) ? String(moment) : formatter(locale, 'moment', DATE_TIME).format(time);
}

/** A moment as the day it fell on, in the reader's time zone. */
export function formatDay(epochMs: number, locale?: string): string {
  return formatter(locale, 'day', DATE).format(epochMs);
}
