import { describe, expect, it } from 'vitest';
import { formatPublished } from '@shared/article-view';
import { formatMoment } from '@shared/date-style';
import { isoDay } from '@shared/dossier/csv';

describe('one date style for people, ISO for data', () => {
  it('writes a published date in the reader locale, the same way in every time zone', () => {
    expect(formatPublished('2021-05-19', 'en-GB')).toBe('19 May 2021');
    expect(formatPublished('2021-05-19', 'en-US')).toBe('May 19, 2021');
    expect(formatPublished('2021-05-19T23:30:00Z', 'en-GB')).toBe('19 May 2021');
  });

  it('writes a date without a year as day and month, and leaves what is not a date as given', () => {
    expect(formatPublished('--05-19', 'en-GB')).toBe('19 May');
    expect(formatPublished('spring 2021', 'en-GB')).toBe('spring 2021');
    expect(formatPublished('2021-13-40', 'en-GB')).toBe('2021-13-40');
  });

  it('writes moments the app recorded in the same medium style as published dates, with the time', () => {
    const moment = Date.UTC(2026, 2, 11, 6, 59);
    const written = formatMoment(moment, 'en-GB');
    expect(written).toContain('11 Mar 2026');
    expect(written).not.toMatch(/\d+\/\d+\/\d+/);
    expect(formatMoment('not a time', 'en-GB')).toBe('not a time');
  });

  it('puts ISO calendar days in the CSV date column, never a date-time', () => {
    expect(isoDay('2021-05-19T06:59:00Z')).toBe('2021-05-19');
    expect(isoDay('2021-05-19')).toBe('2021-05-19');
    expect(isoDay('--05-19')).toBe('--05-19');
    expect(isoDay(null)).toBe('');
  });
});
