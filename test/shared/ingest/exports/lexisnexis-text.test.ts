import { describe, expect, it } from 'vitest';
import { lexisNexisText } from '@shared/ingest/exports/lexisnexis-text';
import { exportText, splitOf, summary } from './fixtures';

describe('LexisNexis plain-text exports', () => {
  it('splits an export into its articles with outlet, date, headline and byline', async () => {
    const split = await splitOf('rules/lexisnexis-3.txt');
    expect(split.layoutName).toBe('LexisNexis');
    expect(split.articles.map(summary)).toEqual([
      { title: 'Harbour plan wins council vote', outlet: 'The Coast Herald (Port Ellis)', published: '2010-01-11', authors: ['Mara Ellison'], part: '1 of 3' },
      { title: 'Fishermen fear dredging will scatter the cod', outlet: 'Northern Ledger', published: '2010-01-12', authors: ['Tom Reyes', 'Anna Holm'], part: '2 of 3' },
      { title: 'Editorial: A harbour for the next century', outlet: 'Valley Courier', published: '2010-01-14', authors: [], part: '3 of 3' },
    ]);
    expect(split.skipped).toEqual([]);
  });

  it('keeps the labelled fields out of the body and reads section, length and dateline', async () => {
    const [first] = (await splitOf('rules/lexisnexis-3.txt')).articles;
    expect(first!.text.startsWith('The council of Port Ellis voted')).toBe(true);
    expect(first!.text.endsWith('said council leader Ines Varga.')).toBe(true);
    expect(first!.text).not.toMatch(/LOAD-DATE|BYLINE|Copyright|Final Edition/);
    expect(first!.dateline).toBe('PORT ELLIS');
    expect(first!.part).toMatchObject({ section: 'NEWS; Pg. A3', words: 86, layout: 'lexisnexis-text' });
    expect(first!.lang).toBe('en');
    expect(first!.provenance.published).toEqual({ source: 'LexisNexis export: date line', evidence: 'January 11, 2010 Monday' });
  });

  it('keeps a HIGHLIGHT that runs over two lines out of the body', async () => {
    const second = (await splitOf('rules/lexisnexis-3.txt')).articles[1]!;
    expect(second.text.startsWith('Fishing crews in Port Ellis')).toBe(true);
    expect(second.text).not.toContain('time of the season');
  });

  it('imports what a damaged export holds and names the article with no body and the one cut off', async () => {
    const split = await splitOf('rules/lexisnexis-damaged.txt');
    expect(split.articles.map((a) => a.title)).toEqual(['Ferry strike halts island traffic', 'Talks to resume on Monday']);
    expect(split.skipped.map((s) => [s.index, s.reason, s.title])).toEqual([
      [2, 'empty body', 'Photo gallery: the strike in pictures'],
      [4, 'missing', null],
    ]);
    expect(split.skipped[1]!.error.message).toMatch(/says it holds 4 articles/);
  });

  it('does not take a stray "1 of 3 DOCUMENTS" line in prose for an export', () => {
    expect(lexisNexisText.detect(exportText('rules/near-miss-documents-line.txt'))).toBe(false);
  });

  it('does not take headers that count different totals for one export', () => {
    const text = '1 of 2 DOCUMENTS\n\nOutlet\n\nMay 1, 2020\n\nHeadline\n\nLENGTH: 3 words\n\nBody text.\n\n2 of 5 DOCUMENTS\n';
    expect(lexisNexisText.detect(text)).toBe(false);
  });
});
