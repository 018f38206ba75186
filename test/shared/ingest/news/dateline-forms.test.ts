import { describe, expect, it } from 'vitest';
import { readDateline } from '@shared/ingest/news/dateline';
import { readCopyright } from '@shared/ingest/news/outlet';

describe('datelines in the common wire forms', () => {
  it('reads a place, a date and the outlet’s own credit before an en dash', () => {
    expect(readDateline('NAIROBI, June 3 (Coast Herald) – Talks resumed on Thursday.')).toEqual({
      text: 'NAIROBI, June 3 (Coast Herald)',
      date: { iso: '--06-03', text: 'June 3' },
      agencies: [],
      agencyText: null,
    });
  });

  it('does not take a parenthesised name after a plain word for a dateline', () => {
    expect(readDateline('Meanwhile (Coast Herald) – talks resumed.')).toBeNull();
  });

  it.each([
    ['hyphen', 'WASHINGTON (Reuters) - Talks resumed.'],
    ['double hyphen', 'WASHINGTON (Reuters) -- Talks resumed.'],
    ['en dash', 'WASHINGTON (Reuters) – Talks resumed.'],
    ['em dash', 'WASHINGTON (Reuters) — Talks resumed.'],
    ['figure dash', 'WASHINGTON (Reuters) ‒ Talks resumed.'],
    ['minus sign', 'WASHINGTON (Reuters) − Talks resumed.'],
    ['full stop and dash', 'WASHINGTON (Reuters).- Talks resumed.'],
    ['colon', 'WASHINGTON (Reuters): Talks resumed.'],
    ['dash glued to the next word', 'WASHINGTON (Reuters) -Talks resumed.'],
  ])('reads a dateline closed by a %s', (_kind, paragraph) => {
    expect(readDateline(paragraph)).toMatchObject({ text: 'WASHINGTON (Reuters)', agencies: ['Reuters'] });
  });

  it('reads a dateline in any case when a known agency vouches for it', () => {
    expect(readDateline('washington (reuters) - talks resumed.')).toMatchObject({ text: 'washington (reuters)', agencies: ['Reuters'] });
    expect(readDateline('Washington (Reuters) - Talks resumed.')).toMatchObject({ agencies: ['Reuters'] });
  });

  it('does not take lower-case words before a colon for a dateline', () => {
    expect(readDateline('in short: talks resumed.')).toBeNull();
  });

  it('reads a date with a colon and an agency: "Reykjavik, May 20 (IANS):"', () => {
    expect(readDateline('Reykjavik, May 20 (IANS): Lavrov met Blinken.')).toMatchObject({ date: { iso: '--05-20' }, agencies: ['IANS'] });
  });

  it('reads a capitals place and a short month without an agency: "LONDON, Jan 5 —"', () => {
    expect(readDateline('LONDON, Jan 5 — Talks resumed.')).toMatchObject({ text: 'LONDON, Jan 5', date: { iso: '--01-05' }, agencies: [] });
  });

  it('reads a city with its country and region before the date', () => {
    expect(readDateline('NAIROBI, Kenya, June 3 (Reuters) – Talks resumed.')).toMatchObject({ text: 'NAIROBI, Kenya, June 3 (Reuters)', agencies: ['Reuters'] });
  });

  it('reads TASS’s slashed credit', () => {
    expect(readDateline('MOSCOW, May 20. /TASS/. Talks resumed.')).toMatchObject({ date: { iso: '--05-20' }, agencies: ['TASS'], agencyText: '/TASS/' });
  });
});

describe('an outlet read from a copyright line', () => {
  it.each([
    ['Copyright 2010 The Coast Herald Ltd. All Rights Reserved', 'The Coast Herald'],
    ['© 2019 Riverton Gazette. All rights reserved.', 'Riverton Gazette'],
    ['(c) 2021 The Coast Herald Ltd. All rights reserved.', 'The Coast Herald'],
    ['Copyright © 2008-2021 Northern Ledger, all rights reserved', 'Northern Ledger'],
    ['COPYRIGHT 2020 VALLEY COURIER ALL RIGHTS RESERVED', 'VALLEY COURIER'],
  ])('%s → %s', (line, outlet) => {
    expect(readCopyright(line)).toEqual({ outlet, agency: null });
  });
});
