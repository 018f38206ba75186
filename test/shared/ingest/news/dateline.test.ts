import { describe, expect, it } from 'vitest';
import { readDateline } from '@shared/ingest/news/dateline';

describe('readDateline', () => {
  it('reads an EFE dateline with its agency and a date without a year', () => {
    expect(readDateline('Copenhagen, May 19 (EFE).- The first high-level talks began.')).toEqual({
      text: 'Copenhagen, May 19 (EFE)',
      date: { iso: '--05-19', text: 'May 19' },
      agencies: ['EFE'],
      agencyText: '(EFE)',
    });
  });

  it('reads a dateline closed by a colon', () => {
    expect(readDateline('Reykjavik, May 20 (IANS): Russian Foreign Minister Sergei Lavrov met')).toMatchObject({
      text: 'Reykjavik, May 20 (IANS)',
      agencies: ['IANS'],
      date: { iso: '--05-20' },
    });
  });

  it('reads a Reuters dateline with a dash and no date', () => {
    expect(readDateline('WASHINGTON (Reuters) - The U.S. Senate voted')).toMatchObject({ text: 'WASHINGTON (Reuters)', date: null, agencies: ['Reuters'] });
  });

  it('reads a full date with a year in a dateline', () => {
    expect(readDateline('Rio de Janeiro, 19 May 2021 (AFP) - Police said')).toMatchObject({ date: { iso: '2021-05-19' }, agencies: ['AFP'] });
  });

  it('reads an all-capitals place with a country and no agency', () => {
    expect(readDateline('KYIV, Ukraine — Russia launched')).toMatchObject({ text: 'KYIV, Ukraine', agencies: [] });
  });

  it.each([
    ['a sentence opening with a name and a dash', 'Biden — who spoke first — said'],
    ['a label in capitals', 'BREAKING: Talks collapse'],
    ['an ordinary sentence', 'US Secretary of State Antony Blinken met his counterpart.'],
    ['a parenthesis that is not an agency', 'Lavrov (left) - pictured'],
    ['a word with a colon', 'Meanwhile: the talks went on'],
  ])('does not take %s for a dateline', (_label, text) => {
    expect(readDateline(text)).toBeNull();
  });
});
