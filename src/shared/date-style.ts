/**
 * The one way the app writes dates for people: the reader's own locale through Intl, at
 * "medium" length (19 May 2021, May 19, 2021, 19.05.2021, as the locale has it), with the
 * time in short form where a moment matters. Data exports write ISO 8601 instead.
 */
const DATE = { dateStyle: 'medium' } as const;
const DATE_TIME = { dateStyle: 'medium', timeStyle: 'short' } as const;

/** A calendar date as read from an article ("2021-05-19"): shown the same in every time zone. */
export function formatCalendarDate(year: number, month: number, day: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { ...DATE, timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}

/** A day and month with no year ("--05-19" in the data): 19 May, May 19. */
export function formatDayMonth(month: number, day: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, day));
}

/** A moment the app recorded (imported, fetched, backed up), in the reader's time zone. */
export function formatMoment(moment: number | string, locale?: string): string {
  const time = typeof moment === 'number' ? moment : Date.parse(moment);
  return Number.isNaN(time) ? String(moment) : new Intl.DateTimeFormat(locale, DATE_TIME).format(time);
}

/** A moment as the day it fell on, in the reader's time zone. */
export function formatDay(epochMs: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, DATE).format(epochMs);
}
