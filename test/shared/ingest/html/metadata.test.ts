import { describe, expect, it } from 'vitest';
import { cleanTitle, splitAuthors, toIsoDate } from '@shared/ingest/html';

describe('cleanTitle', () => {
  it.each([
    ['Bridge reopens | Coastal Ledger', ['Coastal Ledger'], 'Bridge reopens'],
    ['Bridge reopens - Coastal Ledger', ['The Coastal Ledger'], 'Bridge reopens - Coastal Ledger'],
    ['Bridge reopens - BBC News', ['BBC News'], 'Bridge reopens'],
    ['Bridge reopens – Aktuálně.cz', ['Aktuálně.cz - Víte, co se právě děje'], 'Bridge reopens'],
    ['Coastal Ledger | Bridge reopens', ['Coastal Ledger'], 'Bridge reopens'],
    ['Bridge reopens - Part two', ['Coastal Ledger'], 'Bridge reopens - Part two'],
    ['Bridge reopens | Coastal Ledger', [], 'Bridge reopens | Coastal Ledger'],
    ['Well-known bridge re-opens', ['known'], 'Well-known bridge re-opens'],
  ])('cleans %j given site names %j', (title, sites, expected) => {
    expect(cleanTitle(title, sites)).toBe(expected);
  });
});

describe('splitAuthors', () => {
  it.each([
    ['By Ana Lima and Joe Bloggs', ['Ana Lima', 'Joe Bloggs']],
    ['by Ana Lima, Joe Bloggs & Kim Lee', ['Ana Lima', 'Joe Bloggs', 'Kim Lee']],
    ['Written by Ana Lima', ['Ana Lima']],
    ['Bylines Bureau', ['Bylines Bureau']],
    ['  ', []],
  ])('splits %j', (raw, expected) => {
    expect(splitAuthors(raw)).toEqual(expected);
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2024-03-14', '2024-03-14'],
    ['2024-03-14T09:30:00+0100', '2024-03-14T09:30:00+01:00'],
    ['2024-03-14T09:30+01:00', '2024-03-14T09:30:00+01:00'],
    ['2024-03-14 09:30:00.123Z', '2024-03-14T09:30:00.123Z'],
    ['20240314', '2024-03-14'],
    ['Thu, 14 Mar 2024 08:30:00 GMT', '2024-03-14T08:30:00.000Z'],
    ['March 14, 2024', '2024-03-14'],
    ['14 March 2024', '2024-03-14'],
    ['Wed, 19 May 2021 10:00:00 +0200', '2021-05-19T08:00:00.000Z'],
    ['Sat, 01 Jan 2022 23:30:00 EST', '2022-01-02T04:30:00.000Z'],
    // No zone: the time as written, not shifted by the machine's own time zone.
    ['May 19, 2021 10:00', '2021-05-19T10:00:00'],
    ['Mar 14, 2024 and then some words', null],
    ['2024-02-30', null],
    ['yesterday', null],
    ['1710405000', null],
  ])('reads %j as %j', (raw, expected) => {
    expect(toIsoDate(raw)).toBe(expected);
  });
});
