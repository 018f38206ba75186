import { describe, expect, it } from 'vitest';
import { nexisUni } from '@shared/ingest/exports/nexis-uni';
import { exportText, parseExport, splitOf, summary } from './fixtures';

const EXPECTED = [
  { title: 'City opens night bus line', outlet: 'Riverton Gazette', published: '2019-07-02', authors: ['Priya Nandakumar'], part: '1 of 3' },
  { title: 'Night buses draw 4,000 riders in first week', outlet: 'The Morning Standard', published: '2019-07-09', authors: ['Jonas Weber'], part: '2 of 3' },
  { title: 'Letter: Buses are not enough', outlet: 'Riverton Gazette', published: '2019-07-12', authors: [], part: '3 of 3' },
];

describe('Nexis Uni exports', () => {
  it('splits the Word export past its cover page into its articles', async () => {
    const split = await splitOf('rules/nexis-uni-3.docx');
    expect(split.layoutName).toBe('Nexis Uni');
    expect(split.articles.map(summary)).toEqual(EXPECTED);
    expect(split.articles.every((a) => a.format === 'docx')).toBe(true);
  });

  it('splits the PDF export alike, though its text joins "End of Document" to the next headline and the headline to its outlet', async () => {
    const split = await splitOf('rules/nexis-uni-3.pdf');
    expect(split.articles.map(summary)).toEqual(EXPECTED);
    expect(split.articles[0]!.text.startsWith('The first night bus left Central Square')).toBe(true);
    expect(split.articles.map((a) => a.published)).not.toContain('2025-02-04');
  });

  it('takes neither headline nor outlet from a PDF line that joins them when nothing tells where one ends', () => {
    const text = [
      'Bridge Street traders plan protest Eastbrook Evening Post October 5, 2022 Wednesday',
      'Section: LOCAL; Version: 1',
      'Length: 80 words',
      'Body',
      'Shop owners on Bridge Street said on Wednesday they would protest outside the city hall.',
      'Load-Date: October 6, 2022',
      'End of Document',
    ].join('\n\n');
    const [piece] = nexisUni.split(text, { format: 'pdf' }).pieces;
    expect(piece!.metadata).toEqual({ published: '2022-10-05' });
    expect(piece!.warnings).toEqual(['The headline and outlet of this article could not be told apart in the PDF’s text.']);
    // From a Word file, the one line above the date is the outlet, the headline missing.
    expect(nexisUni.split(text.replace(' Eastbrook Evening Post October', '\n\nEastbrook Evening Post\n\nOctober'), { format: 'docx' }).pieces[0]!.metadata).toMatchObject({
      title: 'Bridge Street traders plan protest',
      outlet: 'Eastbrook Evening Post',
    });
  });

  it('splits the same layout reached as plain text alike', async () => {
    expect((await splitOf('rules/nexis-uni-3.txt')).articles.map(summary)).toEqual(EXPECTED);
  });

  it('never takes the export file’s own creation date for an article’s date', async () => {
    const split = await splitOf('rules/nexis-uni-3.docx');
    expect(split.articles.map((a) => a.published)).not.toContain('2025-02-04');
    expect(split.articles.map((a) => a.title)).not.toContain('Nexis Uni export');
  });

  it('keeps the body between "Body" and the trailing fields, and reads section and length', async () => {
    const first = (await splitOf('rules/nexis-uni-3.docx')).articles[0]!;
    expect(first.text.startsWith('The first night bus left Central Square')).toBe(true);
    expect(first.text.endsWith('the city said.')).toBe(true);
    expect(first.text).not.toMatch(/Load-Date|End of Document|Copyright|Byline/);
    expect(first.part).toMatchObject({ section: 'LOCAL', words: 58, layout: 'nexis-uni' });
    expect(first.dateline).toBe('RIVERTON');
  });

  it('names the article whose "Body" line is missing and imports the others', async () => {
    const split = await splitOf('rules/nexis-uni-damaged.docx');
    expect(split.articles.map((a) => a.title)).toEqual(['Library to open on Sundays', 'Volunteers sort donated books']);
    expect(split.skipped).toHaveLength(1);
    expect(split.skipped[0]).toMatchObject({ index: 2, count: 3, reason: 'damaged', title: 'Reading room closed for repairs' });
    expect(split.skipped[0]!.error.message).toMatch(/"Body" line is missing/);
  });

  it('leaves an essay that contains "End of Document" as one article', async () => {
    expect(nexisUni.detect(exportText('rules/near-miss-end-of-document.txt'))).toBe(false);
    const outcome = await parseExport('rules/near-miss-end-of-document.txt');
    expect(outcome.ok && 'article' in outcome && outcome.article.title).toBe('How a newsroom archive ends');
  });
});
