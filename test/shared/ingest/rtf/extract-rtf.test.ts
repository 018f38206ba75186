import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile, parseFile } from '@shared/ingest';
import { readRtf } from '@shared/ingest/rtf/tokens';
import { MAX_RTF_DEPTH } from '@shared/ingest/limits';
import { splitOf } from '../exports/fixtures';

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../fixtures/ingest/rtf', name)));
const bytesOf = (text: string) => new TextEncoder().encode(text);

function textOf(rtf: string): string {
  const reading = readRtf(rtf);
  if (!reading.ok) throw new Error(reading.problem);
  return reading.text;
}

async function article(name: string, bytes = fixture(name)) {
  const outcome = await parseArticleFile({ name, bytes });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.article;
}

describe('reading RTF text', () => {
  it('decodes \\uN escapes and drops their fallback characters, as \\ucN says', () => {
    expect(textOf('{\\rtf1 Ji\\u345?\\u237? and \\uc2\\u8364\\\'80\\\'80 and \\uc0\\u8212 !}')).toBe('Jiří and € and —!');
  });

  it('decodes \\\'hh escapes in the code page \\ansicpg names', () => {
    expect(textOf("{\\rtf1\\ansi\\ansicpg1252 caf\\'e9}")).toBe('café');
    expect(textOf("{\\rtf1\\ansi\\ansicpg1251 \\'cc\\'ee\\'f1\\'ea\\'e2\\'e0}")).toBe('Москва');
  });

  it('decodes windows-1252 curly quotes, dashes and the euro sign (bytes 0x80-0x9F) as such, in Node too', () => {
    // Node 20's own TextDecoder would give control characters U+0093, U+0094, U+0096, U+0080 here.
    expect(textOf("{\\rtf1\\ansi\\ansicpg1252 \\'93quoted\\'94 \\'96 \\'80 5}")).toBe('\u201Cquoted\u201D \u2013 \u20AC 5');
    expect(textOf("{\\rtf1\\ansi \\'92}")).toBe('\u2019');
  });

  it('ends a paragraph at \\par and a line at \\line', () => {
    expect(textOf('{\\rtf1 One\\par Two\\line three\\par}')).toBe('One\nTwo\nthree\n');
  });

  it('skips the font, colour and style tables, \\info and unknown \\* destinations', () => {
    const rtf = '{\\rtf1{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s1 heading 1;}}{\\info{\\title T}}{\\*\\unknownthing hidden}Body}';
    expect(textOf(rtf)).toBe('Body');
  });

  it('passes over the raw bytes of \\binN, braces and all', () => {
    expect(textOf('{\\rtf1 a{\\pict\\bin4 }}{{}b}')).toBe('ab');
  });

  it(`refuses groups nested deeper than ${MAX_RTF_DEPTH}, in words`, () => {
    const deep = '{\\rtf1 ' + '{'.repeat(MAX_RTF_DEPTH + 1) + 'x' + '}'.repeat(MAX_RTF_DEPTH + 1) + '}';
    expect(readRtf(deep)).toEqual({ ok: false, problem: `its groups nest more than ${MAX_RTF_DEPTH} deep` });
    const fine = '{\\rtf1 ' + '{'.repeat(MAX_RTF_DEPTH - 2) + 'x' + '}'.repeat(MAX_RTF_DEPTH - 2) + '}';
    expect(textOf(fine)).toBe('x');
  });
});

describe('an RTF article (.rtf)', () => {
  it('reads its body with escapes decoded and the picture left out', async () => {
    const a = await article('single-article.rtf');
    expect(a.format).toBe('rtf');
    expect(a.title).toBe('Café owners win fight over quay tables');
    expect(a.text).toContain('Port Ellis — The harbour board on Monday let the cafés');
    expect(a.text).toContain('The board’s chair, Jiří Novák, said the decision was “a fair compromise”.\nIt will be reviewed next spring.');
    expect(a.text).not.toMatch(/[{}]|Calibri|Riched20|pngblip/);
  });

  it('takes the title \\info declares over the first line, labelled, as a DOCX\'s core properties are', async () => {
    const a = await article('titled.rtf', bytesOf('{\\rtf1{\\info{\\title Harbour board keeps caf\\\'e9 tables}}Port Ellis council news\\par The harbour board met on Monday and voted to keep the tables on the quay until October.\\par}'));
    expect(a.title).toBe('Harbour board keeps café tables');
    expect(a.provenance.title).toEqual({ source: 'RTF \\info', evidence: '\\title Harbour board keeps café tables' });
  });

  it('takes \\info\'s author, but not a title that is a file name, and its creation time only as a labelled file date', async () => {
    const a = await article('single-article.rtf');
    expect(a.authors).toEqual(['Lena Sjöberg']);
    expect(a.provenance.authors).toEqual({ source: 'RTF \\info', evidence: '\\author Lena Sjöberg' });
    expect(a.title).toBe('Café owners win fight over quay tables');
    expect(a.provenance.title?.source).not.toBe('RTF \\info');
    expect(a.published).toBe('2024-03-18');
    expect(a.provenance.published?.source).toBe('file created 18 Mar 2024 (RTF \\info; the text gives no date)');
  });

  it('says a file that is not RTF cannot be read, and why', async () => {
    const outcome = await parseArticleFile({ name: 'letter.rtf', bytes: bytesOf('Dear editor, this is plain text.') });
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'corrupt-file', message: 'This .rtf file cannot be read: it does not begin with "{\\rtf", so it is not an RTF file. Open it in a word processor and save it again, or export it as .txt.' },
    });
  });

  it('says an RTF file with no body text holds no article', async () => {
    const outcome = await parseArticleFile({ name: 'blank.rtf', bytes: bytesOf('{\\rtf1{\\fonttbl{\\f0 Arial;}}\\par\\par}') });
    expect(outcome).toEqual({ ok: false, error: { code: 'no-article', message: 'This RTF document has no text in its body: it is empty, or holds only pictures.' } });
  });

  it('keeps the text of a file cut short, and says so', async () => {
    const a = await article('cut.rtf', bytesOf('{\\rtf1 {\\b Ferry service resumes}\\par The island ferry sailed again on Friday after the storm'));
    expect(a.text).toContain('The island ferry sailed again on Friday after the storm');
    expect(a.warnings).toContain('This .rtf file is cut short (it ends before its last group closes): the text up to where it stops is kept.');
  });
});

describe('database exports saved as RTF', () => {
  it('splits a Nexis Uni RTF export into its articles, with their own metadata', async () => {
    const split = await splitOf('rules/nexis-uni-3.rtf');
    expect(split.layoutName).toBe('Nexis Uni');
    expect(split.articles.map((a) => [a.title, a.outlet, a.published, a.format])).toEqual([
      ['City opens night bus line', 'Riverton Gazette', '2019-07-02', 'rtf'],
      ['Night buses draw 4,000 riders in first week', 'The Morning Standard', '2019-07-09', 'rtf'],
      ['Letter: Buses are not enough', 'Riverton Gazette', '2019-07-12', 'rtf'],
    ]);
    expect(split.articles.every((a) => a.published !== '2025-02-04')).toBe(true);
  });

  it('splits a Factiva RTF export and keeps each accession number', async () => {
    const split = await splitOf('rules/factiva-3.rtf');
    expect(split.layoutName).toBe('Factiva');
    expect(split.articles.map((a) => a.part?.documentId)).toHaveLength(3);
    expect(split.articles[0]!.part).toMatchObject({ documentId: 'COASTH0020210603eh6300001', index: 1, count: 3 });
  });

  it('imports every article of a damaged RTF export and names the ones it could not take', async () => {
    const outcome = await parseFile({ name: 'nexis-uni-damaged.rtf', bytes: new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../fixtures/exports/rules/nexis-uni-damaged.rtf'))) });
    if (!outcome.ok || !('split' in outcome)) throw new Error('not split');
    expect(outcome.split.articles.length).toBeGreaterThan(0);
    expect(outcome.split.skipped.length).toBeGreaterThan(0);
    expect(outcome.split.skipped.every((s) => s.reason.length > 0)).toBe(true);
  });

  it('leaves an RTF essay that mentions "End of Document" one article', async () => {
    const outcome = await parseFile({ name: 'essay.rtf', bytes: new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../fixtures/exports/rules/near-miss-end-of-document.rtf'))) });
    expect(outcome.ok && !('split' in outcome)).toBe(true);
  });
});
