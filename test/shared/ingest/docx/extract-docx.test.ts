import fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseArticleFile, type IngestOutcome } from '@shared/ingest';
import { extractDocx, readCoreProperties, w3cDateToIso } from '@shared/ingest/docx';

const CORPUS = resolve(import.meta.dirname, '../../../../../shared/corpora/docx');
const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/ingest/docx');
const corpus = (name: string) => new Uint8Array(readFileSync(resolve(CORPUS, name)));
const fixture = (name: string) => new Uint8Array(readFileSync(resolve(FIXTURES, name)));

function article(outcome: IngestOutcome) {
  if (!outcome.ok) throw new Error(`expected an article, got ${outcome.error.code}: ${outcome.error.message}`);
  return outcome.article;
}

function failure(outcome: IngestOutcome) {
  if (outcome.ok) throw new Error('expected an error, got an article');
  return outcome.error;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('extractDocx', () => {
  it('reads the body as paragraphs separated by blank lines', async () => {
    const result = await extractDocx(fixture('article.docx'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.text.trim().split('\n\n')).toEqual([
      'Negotiators reach a late deal in Bonn',
      'Delegates worked through the night before the negotiation produced a text that every party could accept.',
      'Observers called the final exchange a game of tit-for-tat & brinkmanship.',
    ]);
  });

  it('takes title, author, created date and language from docProps/core.xml, with provenance', async () => {
    const parsed = article(await parseArticleFile({ name: 'article.docx', bytes: fixture('article.docx') }));
    expect(parsed.format).toBe('docx');
    expect(parsed.title).toBe('Bonn talks: a late deal & a review clause');
    expect(parsed.authors).toEqual(['Jane Doe']);
    expect(parsed.published).toBe('2021-05-19T12:30:00Z');
    expect(parsed.lang).toBe('en-GB');
    expect(parsed.provenance.title).toEqual({ source: 'docProps/core.xml', evidence: 'dc:title: Bonn talks: a late deal & a review clause' });
    expect(parsed.provenance.authors).toEqual({ source: 'docProps/core.xml', evidence: 'dc:creator: Jane Doe' });
    expect(parsed.provenance.published).toEqual({
      source: 'file created 19 May 2021 (docProps/core.xml; the text gives no date)',
      evidence: 'dcterms:created: 2021-05-19T12:30:00Z',
    });
  });

  it('ignores an empty title, a placeholder author and a date that is not one', async () => {
    const parsed = article(await parseArticleFile({ name: 'p.docx', bytes: fixture('placeholder-properties.docx') }));
    expect(parsed.authors).toEqual([]);
    expect(parsed.published).toBeNull();
    expect(parsed.provenance.title?.source).not.toBe('docProps/core.xml');
  });

  it.each([
    ['a zip cut off before its central directory', () => fixture('truncated.docx')],
    ['random bytes', () => new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9, 9, 1, 2, 3])],
    ['a PDF renamed .docx', () => new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\n')],
  ])('reports %s as a damaged .docx', async (_label, bytes) => {
    const error = failure(await parseArticleFile({ name: 'broken.docx', bytes: bytes() }));
    expect(error.code).toBe('corrupt-file');
    expect(error.message).toMatch(/^This \.docx file is damaged: /);
  });

  it('says a zip without a Word document in it is not a .docx', async () => {
    const error = failure(await parseArticleFile({ name: 'notes.docx', bytes: fixture('not-a-word-document.docx') }));
    expect(error.code).toBe('corrupt-file');
    expect(error.message).toContain('no Word document inside it');
  });

  it('refuses a document with an empty body as holding no article', async () => {
    const error = failure(await parseArticleFile({ name: 'empty.docx', bytes: corpus('empty.docx') }));
    expect(error.code).toBe('no-article');
    expect(error.message).toMatch(/no text/);
  });

  it('leaves the caller’s bytes untouched', async () => {
    const bytes = fixture('article.docx');
    const copy = bytes.slice();
    await extractDocx(bytes);
    expect(bytes).toEqual(copy);
  });
});

describe('extractDocx on the mammoth corpus', () => {
  it.each([
    ['tables.docx', 'Top left\n\nTop right\n\nBottom left\n\nBottom right'],
    ['simple-list.docx', 'Apple\n\nBanana'],
    ['strict-format.docx', 'Test'],
    ['utf8-bom.docx', 'This XML has a byte order mark.'],
    ['text-box.docx', 'Datum plane'],
    ['strikethrough.docx', "Today's Special: Salmon Sold out"],
  ])('reads the text of %s', async (name, expected) => {
    const result = await extractDocx(corpus(name));
    expect(result.ok && result.value.text).toContain(expected);
  });

  it('gives every corpus file an outcome value and never throws', async () => {
    const names = readdirSync(CORPUS).filter((name) => name.endsWith('.docx'));
    expect(names).toHaveLength(17);
    for (const name of names) {
      const outcome = await parseArticleFile({ name, bytes: corpus(name) });
      expect(typeof outcome.ok).toBe('boolean');
      if (!outcome.ok) expect(['no-article', 'whitespace-only']).toContain(outcome.error.code);
    }
  });
});

describe('extractDocx never reads files a document points at', () => {
  /** A .docx whose picture is an external link to `target` (e.g. a file on this machine). */
  function docxLinkingTo(target: string): Uint8Array {
    const parts = unzipSync(corpus('external-picture.docx'));
    const rels = new TextDecoder().decode(parts['word/_rels/document.xml.rels']);
    parts['word/_rels/document.xml.rels'] = strToU8(rels.replace('Target="tiny-picture.png"', `Target="${target}"`));
    const document = new TextDecoder().decode(parts['word/document.xml']);
    parts['word/document.xml'] = strToU8(document.replace('<w:body>', '<w:body><w:p><w:r><w:t>Caption under the picture.</w:t></w:r></w:p>'));
    return zipSync(parts);
  }

  function spyOnFileReads() {
    return [
      vi.spyOn(fs, 'readFile'),
      vi.spyOn(fs, 'readFileSync'),
      vi.spyOn(fs, 'open'),
      vi.spyOn(fs, 'openSync'),
      vi.spyOn(fs, 'createReadStream'),
      vi.spyOn(fs.promises, 'readFile'),
      vi.spyOn(fs.promises, 'open'),
    ];
  }

  it('extracts documents with external and base-relative pictures without any file-system read', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'parallax-docx-'));
    const secret = join(directory, 'secret.png');
    writeFileSync(secret, 'not really a picture');
    const linking = docxLinkingTo(`file://${secret}`);

    const inputs = [corpus('external-picture.docx'), corpus('tiny-picture-target-base-relative.docx'), linking];

    const spies = spyOnFileReads();
    const results = [];
    for (const bytes of inputs) results.push(await extractDocx(bytes));
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    expect(results[2]).toMatchObject({ ok: true, value: { text: expect.stringContaining('Caption under the picture.') } });
    expect(JSON.stringify(results)).not.toContain('not really a picture');

    // The spies do see mammoth's reads: opening a document by path goes through them.
    const docxPath = join(directory, 'linking.docx');
    writeFileSync(docxPath, linking);
    await mammoth.extractRawText({ path: docxPath });
    expect(spies.some((spy) => spy.mock.calls.length > 0)).toBe(true);
  });
});

describe('docProps/core.xml', () => {
  it('reads values under any namespace prefix, with entities and CDATA decoded', () => {
    const reading = readCoreProperties(
      '<cp:coreProperties xmlns:cp="x" xmlns:a="http://purl.org/dc/elements/1.1/"><a:title><![CDATA[Fish & chips]]></a:title><a:creator>A. Writer &amp; B. Writer</a:creator><dcterms:created xsi:type="dcterms:W3CDTF">2020-02-29</dcterms:created></cp:coreProperties>',
    );
    expect(reading.metadata).toEqual({ title: 'Fish & chips', authors: ['A. Writer', 'B. Writer'] });
    expect(reading.fileDate).toEqual({ iso: '2020-02-29', source: 'docProps/core.xml', evidence: 'dcterms:created: 2020-02-29' });
  });

  it.each([
    ['2021-05-19T12:30:00Z', '2021-05-19T12:30:00Z'],
    ['2021-05-19T12:30:00.123+02:00', '2021-05-19T12:30:00+02:00'],
    ['2021-05-19T12:30Z', '2021-05-19T12:30:00Z'],
    ['2021-05-19', '2021-05-19'],
    ['2021-02-30', null],
    ['1601-01-01T00:00:00Z', null],
    ['19 May 2021', null],
  ])('reads the W3CDTF date %j as %j', (value, iso) => {
    expect(w3cDateToIso(value)).toBe(iso);
  });
});
