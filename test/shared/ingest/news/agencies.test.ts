import { describe, expect, it } from 'vitest';
import { agencyMentions, lookupAgency, readCreditLine, readSignOff } from '@shared/ingest/news/agencies';

describe('lookupAgency', () => {
  it('normalises the long names of agencies', () => {
    expect(lookupAgency('Agence France-Presse', false)).toBe('AFP');
    expect(lookupAgency('The Associated Press', true)).toBe('AP');
    expect(lookupAgency('Deutsche Presse-Agentur', false)).toBe('dpa');
  });

  it('reads short names in running text only with their capitals', () => {
    expect(lookupAgency('AP', false)).toBe('AP');
    expect(lookupAgency('ap', false)).toBeNull();
    expect(lookupAgency('AA', false)).toBeNull();
    expect(lookupAgency('AA', true)).toBe('Anadolu');
  });
});

describe('readCreditLine', () => {
  it('reads editors\u2019 initials with the agencies they credit', () => {
    expect(readCreditLine('jf/rc (AFP, AP)')).toEqual({ agencies: ['AFP', 'AP'] });
  });

  it('takes editors\u2019 initials alone as a credit line naming no agency', () => {
    expect(readCreditLine('ssa-io-cae-alc/tw')).toEqual({ agencies: [] });
  });

  it('reads "With reporting by" credits', () => {
    expect(readCreditLine('With reporting by Reuters, AP, and Interfax')).toEqual({ agencies: ['Reuters', 'AP', 'Interfax'] });
  });

  it('reads a Reuters-style reporting credit that names people only', () => {
    expect(readCreditLine('Reporting by Jane Doe in London; Editing by Mark Smith')).toEqual({ agencies: [] });
  });

  it('reads "(With inputs from PTI)"', () => {
    expect(readCreditLine('(With inputs from PTI)')).toEqual({ agencies: ['PTI'] });
  });

  it('does not take a hyphenated word or a sentence for a credit line', () => {
    expect(readCreditLine('well-known')).toBeNull();
    expect(readCreditLine('Reporting by the BBC revealed that the minister had misled parliament.')).toBeNull();
  });
});

describe('agencyMentions', () => {
  it('finds an agency named as a news agency in the text', () => {
    expect(agencyMentions('Lavrov said on Wednesday, reports Xinhua news agency.').map((m) => m.name)).toEqual(['Xinhua']);
    expect(agencyMentions('according to the state news agency TASS.').map((m) => m.name)).toEqual(['TASS']);
  });

  it('finds a "(Reuters) -" credit anywhere', () => {
    expect(agencyMentions('LONDON (Reuters) - Prices rose').map((m) => m.name)).toEqual(['Reuters']);
  });

  it('does not count an agency merely cited as a source', () => {
    expect(agencyMentions('Lavrov declined to respond, Interfax reported.')).toEqual([]);
  });
});

describe('readSignOff', () => {
  it('reads an agency that closes the last paragraph', () => {
    expect(readSignOff('... diplomat expulsions, among other issues. EFE')).toEqual({ name: 'EFE', evidence: 'EFE' });
  });

  it('does not read an agency at the end of a sentence as a sign-off', () => {
    expect(readSignOff('The minister said so in an interview with Reuters')).toBeNull();
  });
});
