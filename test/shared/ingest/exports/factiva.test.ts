import { describe, expect, it } from 'vitest';
import { factiva } from '@shared/ingest/exports/factiva';
import { splitOf, summary } from './fixtures';

describe('Factiva exports', () => {
  it('splits records by their field codes and reads headline, byline, date and source', async () => {
    const split = await splitOf('rules/factiva-3.txt');
    expect(split.layoutName).toBe('Factiva');
    expect(split.articles.map(summary)).toEqual([
      { title: 'Port authority names new harbour master', outlet: 'The Coast Herald', published: '2021-06-03', authors: ['Mara Ellison'], part: '1 of 3' },
      { title: 'Cod quotas cut by a fifth', outlet: 'Northern Ledger', published: '2021-06-04', authors: [], part: '2 of 3' },
      { title: 'Harbour works delayed by a month', outlet: 'Valley Courier', published: '2021-06-10', authors: ['Tom Reyes'], part: '3 of 3' },
    ]);
  });

  it('joins lead paragraph and text, and keeps the accession number as the document id', async () => {
    const first = (await splitOf('rules/factiva-3.txt')).articles[0]!;
    expect(first.text.startsWith('The Port Ellis port authority on Wednesday named Hana Koval')).toBe(true);
    expect(first.text).toContain('Koval, 44, has served as deputy');
    expect(first.text).not.toMatch(/Political\/General News|COASTH|Port Ellis Port Authority/);
    expect(first.part).toMatchObject({ documentId: 'COASTH0020210603eh6300001', words: 52 });
  });

  it('reads a code written alone on its line above its value (the HTML export’s table cells)', () => {
    const text = 'HD\nTide gauge installed\nPD\n5 May 2021\nSN\nThe Coast Herald\nLA\nEnglish\nTD\nA tide gauge now stands on the pier.\nAN\nDocument COASTH0020210505eh5500001\n';
    expect(factiva.detect(text)).toBe(true);
    const [piece] = factiva.split(text, { format: 'html' }).pieces;
    expect(piece!.metadata).toMatchObject({ title: 'Tide gauge installed', outlet: 'The Coast Herald', published: '2021-05-05' });
  });

  it('names a record with no text and imports the rest', async () => {
    const split = await splitOf('rules/factiva-damaged.txt');
    expect(split.articles.map((a) => a.title)).toEqual(['Storm closes coastal road']);
    expect(split.skipped).toMatchObject([{ index: 2, count: 2, reason: 'empty body', title: 'Repairs could take weeks' }]);
  });

  it('does not take prose that mentions "HD" and "AN Document" for an export', () => {
    expect(factiva.detect('HD video of the launch is online.\nAN Document on the launch was filed.\n')).toBe(false);
  });
});
