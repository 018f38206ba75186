import { describe, expect, it } from 'vitest';
import { dateAtStart, dateOnlyLine, parseDate } from '@shared/ingest/news/dates';

describe('parseDate', () => {
  it.each([
    ['May 19, 2021', '2021-05-19'],
    ['19 May 2021', '2021-05-19'],
    ['Wednesday, May 19, 2021', '2021-05-19'],
    ['Sept. 5, 2020', '2020-09-05'],
    ['2021-05-19', '2021-05-19'],
    ['2021/05/19', '2021-05-19'],
    ['19/05/2021', '2021-05-19'],
    ['5/19/2021', '2021-05-19'],
    ['May 19', '--05-19'],
    ['20 May', '--05-20'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('leaves a numeric date whose day and month could be swapped unread', () => {
    expect(parseDate('05/06/2021')).toBeNull();
  });

  it('refuses a day the month does not have', () => {
    expect(parseDate('February 30, 2021')).toBeNull();
    expect(parseDate('February 29, 2020')).toBe('2020-02-29');
  });
});

describe('dateAtStart', () => {
  it('reads a date glued to the next word', () => {
    expect(dateAtStart('May 19, 2021US Secretary of State Antony Blinken met')).toMatchObject({ iso: '2021-05-19', text: 'May 19, 2021' });
  });

  it('does not take the modal verb "may" for the month', () => {
    expect(dateAtStart('may 19 people attend')).toBeNull();
  });
});

describe('dateOnlyLine', () => {
  it('reads a line that holds only a date, a time and "Published"', () => {
    expect(dateOnlyLine('Published: Wednesday, May 19, 2021 10:32 AM IST')).toMatchObject({ iso: '2021-05-19', updated: false });
  });

  it('marks an "Updated" date as an update', () => {
    expect(dateOnlyLine('Updated May 20, 2021')).toMatchObject({ iso: '2021-05-20', updated: true });
  });

  it('does not read a sentence that mentions a date as a date line', () => {
    expect(dateOnlyLine('The leaders met on May 19, 2021 in Reykjavik.')).toBeNull();
  });
});
