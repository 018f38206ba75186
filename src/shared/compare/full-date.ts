/**
 * A publication date as milliseconds, only when it is a full date ("2026-03-02", with or without
 * a time): a partial one ("19 May", no year) parses to some arbitrary year, which would be a guess.
 */
const FULL_DATE = /^\d{4}-\d{2}-\d{2}/;

export function fullDateMs(published: string | null | undefined): number {
  if (!published || !FULL_DATE.test(published)) return NaN;
  return Date.parse(published);
}
