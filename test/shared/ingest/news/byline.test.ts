import { describe, expect, it } from 'vitest';
import { readByline } from '@shared/ingest/news/byline';

describe('readByline', () => {
  it('reads the author and title-cases the outlet in capitals after the name', () => {
    expect(readByline('By Gary Raynaldo DIPLOMATIC TIMES')).toMatchObject({
      authors: ['Gary Raynaldo'],
      outlet: { name: 'Diplomatic Times', evidence: 'DIPLOMATIC TIMES' },
      agencies: [],
    });
  });

  it('reads two authors joined by "and"', () => {
    expect(readByline('By Jane Doe and John Roe')).toMatchObject({ authors: ['Jane Doe', 'John Roe'], outlet: null });
  });

  it('takes an agency after the author as an agency, not a person', () => {
    expect(readByline('By Jane Doe, Reuters')).toMatchObject({ authors: ['Jane Doe'], agencies: ['Reuters'], outlet: null });
  });

  it('skips a job title after the name', () => {
    expect(readByline('By Jane Doe, Staff Writer')).toMatchObject({ authors: ['Jane Doe'] });
  });

  it('keeps acronyms in a capitals outlet', () => {
    expect(readByline('By Amy Lee BBC NEWS')).toMatchObject({ outlet: { name: 'BBC News' } });
  });

  it('reads a date that follows the names', () => {
    expect(readByline('By Jane Doe | May 19, 2021')).toMatchObject({ authors: ['Jane Doe'], date: { iso: '2021-05-19' } });
  });

  it('does not take a sentence beginning with "By" for a byline', () => {
    expect(readByline('By the time the ministers met, the talks had stalled.')).toBeNull();
    expect(readByline('By Wednesday evening no agreement had been reached')).toBeNull();
  });
});
