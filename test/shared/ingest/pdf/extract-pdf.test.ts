import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticleFile, type IngestOutcome } from '@shared/ingest';
import { extractPdf } from '@shared/ingest/pdf';

const CORPUS = resolve(import.meta.dirname, '../../../../../shared/corpora/pdf');
const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/ingest/pdf');
const corpus = (name: string) => new Uint8Array(readFileSync(resolve(CORPUS, name)));
const fixture = (name: string) => new Uint8Array(readFileSync(resolve(FIXTURES, name)));

async function parse(name: string, bytes: Uint8Array, password?: string): Promise<IngestOutcome> {
  return parseArticleFile({ name, bytes }, password === undefined ? {} : { password });
}

function article(outcome: IngestOutcome) {
  if (!outcome.ok) throw new Error(`expected an article, got ${outcome.error.code}: ${outcome.error.message}`);
  return outcome.article;
}

function failure(outcome: IngestOutcome) {
  if (outcome.ok) throw new Error('expected an error, got an article');
  return outcome.error;
}

beforeAll(async () => {
  // The first call loads pdf.js; later timings in this file are then about parsing only.
  await extractPdf(fixture('multipage-article.pdf'));
}, 30_000);

describe('extractPdf on a made-up three-page article', () => {
  it('joins a word hyphenated across a line break and keeps compound hyphens', async () => {
    const { text } = article(await parse('article.pdf', fixture('multipage-article.pdf')));
    expect(text).toContain('before the negotiation produced');
    expect(text).not.toContain('nego-');
    expect(text).toContain('a game of tit-for-tat that ended');
    expect(text).toContain('because of Covid-19 rules');
  });

  it('rebuilds paragraphs from vertical gaps and reflows the lines inside them', async () => {
    const { text } = article(await parse('article.pdf', fixture('multipage-article.pdf')));
    const paragraphs = text.split('\n\n');
    expect(paragraphs[0]).toBe(
      'Delegates worked through the night before the negotiation produced a text that every party could accept. The chair thanked the translators at four in the morning.',
    );
    expect(paragraphs[1]).toBe('Observers called the final exchange a game of tit-for-tat that ended only when the chair intervened herself.');
    expect(paragraphs).toHaveLength(5);
    expect(text).not.toMatch(/[^\n]\n[^\n]/);
  });

  it('takes the header repeated on every page and the page numbers out of the body and keeps them as boilerplate', async () => {
    const parsed = article(await parse('article.pdf', fixture('multipage-article.pdf')));
    expect(parsed.text).not.toContain('Harbour Gazette');
    expect(parsed.text).not.toMatch(/Page \d of 3/);
    expect(parsed.boilerplate).toContainEqual({
      text: 'The Harbour Gazette - Climate talks special',
      reason: 'page header repeated on 3 of 3 pages',
    });
    expect(parsed.boilerplate).toContainEqual({ text: 'Page 1 of 3\nPage 2 of 3\nPage 3 of 3', reason: 'page numbers' });
  });

  it('reads title and authors from the info dictionary, and its creation date only as a labelled fallback', async () => {
    const parsed = article(await parse('article.pdf', fixture('multipage-article.pdf')));
    expect(parsed.format).toBe('pdf');
    expect(parsed.title).toBe('Negotiators reach a late deal in Bonn');
    expect(parsed.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(parsed.published).toBe('2021-05-19T14:30:00+02:00');
    expect(parsed.provenance.title).toEqual({ source: 'PDF metadata', evidence: 'Title: Negotiators reach a late deal in Bonn' });
    expect(parsed.provenance.authors).toEqual({ source: 'PDF metadata', evidence: 'Author: Jane Doe; John Roe' });
    expect(parsed.provenance.published).toEqual({
      source: 'file created 19 May 2021 (PDF metadata; the text gives no date)',
      evidence: "CreationDate: D:20210519143000+02'00'",
    });
    expect(parsed.warnings).toContain("The text gives no publication date: the date shown is the file's own (file created 19 May 2021), which may not be the article's.");
  });

  it('leaves the caller’s bytes intact although pdf.js detaches the buffer it is given', async () => {
    const bytes = fixture('multipage-article.pdf');
    const before = bytes.byteLength;
    await extractPdf(bytes);
    expect(bytes.byteLength).toBe(before);
    expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe('%PDF-1.4');
  });
});

describe('extractPdf on encrypted files', () => {
  it('asks for a password when none is given', async () => {
    const error = failure(await parse('pr6531_1.pdf', corpus('pr6531_1.pdf')));
    expect(error.code).toBe('password-required');
    expect(error.message).toMatch(/^This PDF is protected by a password\. /);
  });

  it('says the password is wrong when it is', async () => {
    const error = failure(await parse('pr6531_1.pdf', corpus('pr6531_1.pdf'), 'not-the-password'));
    expect(error.code).toBe('wrong-password');
    expect(error.message).toMatch(/password/i);
  });

  it('opens the file with the right password (this one is a scan, so it then has no text layer)', async () => {
    const error = failure(await parse('pr6531_1.pdf', corpus('pr6531_1.pdf'), 'asdfasdf'));
    expect(error.code).toBe('no-article');
    expect(error.message).toContain('no text layer');
  });
});

describe('extractPdf on files without usable text', () => {
  it.each([
    ['empty.pdf from the corpus', () => corpus('empty.pdf')],
    ['a page with only a drawing', () => fixture('no-text-layer.pdf')],
  ])('refuses %s as having no text layer, maybe a scan', async (_label, bytes) => {
    const error = failure(await parse('scan.pdf', bytes()));
    expect(error.code).toBe('no-article');
    expect(error.message).toMatch(/^This PDF has no text layer: .*scanned/);
  });

  it.each([
    ['the fuzzed poppler file', () => corpus('poppler-742-0-fuzzed.pdf')],
    ['a PDF cut off a third of the way through', () => fixture('truncated.pdf')],
    ['bytes that are not a PDF at all', () => new TextEncoder().encode('<html><body>not a pdf</body></html>')],
  ])('reports %s as a corrupt file in a sentence', async (_label, bytes) => {
    const error = failure(await parse('broken.pdf', bytes()));
    expect(error.code).toBe('corrupt-file');
    expect(error.message).toMatch(/^This (PDF|file) is (damaged|not a readable PDF)/);
  });
});

describe('extractPdf on the pdf.js corpus', () => {
  it('reads a multi-page paper with its title, and removes nothing from a document without page furniture', async () => {
    const parsed = article(await parse('tracemonkey.pdf', corpus('tracemonkey.pdf')));
    expect(parsed.title).toBe('Trace-based Just-in-Time Type Specialization for Dynamic Languages');
    expect(parsed.text.split(/\s+/).length).toBeGreaterThan(10_000);
    expect(parsed.text).toContain('We present a trace-based compilation technique for dynamic languages');
    // "Trace-" + "Monkey" at a line end is joined because the paper spells it TraceMonkey.
    expect(parsed.text).toContain('We call the resulting tracing VM TraceMonkey.');
    expect(parsed.published).toBe('2009-04-01T16:39:25-07:00');
  });

  it('takes a repeated footer and page numbers out of a 23-page paper and ignores a junk author', async () => {
    const parsed = article(await parse('TAMReview.pdf', corpus('TAMReview.pdf')));
    expect(parsed.text).not.toContain('Sprouts - http://sprouts.aisnet.org/9-37');
    expect(parsed.boilerplate.map((block) => block.reason)).toContain('page footer repeated on 22 of 23 pages');
    expect(parsed.title).toBe('Overview of the Technology Acceptance Model: Origins, Developments and Future Directions');
    expect(parsed.authors).toEqual([]);
    // Its body fonts map glyphs to no letters: the reader is told to check the text.
    expect(parsed.warnings.join(' ')).toContain('could not be read as words');
  });

  it('reads language, author and page numbers "page N / 3" of basicapi.pdf', async () => {
    const parsed = article(await parse('basicapi.pdf', corpus('basicapi.pdf')));
    expect(parsed.lang).toBe('en');
    expect(parsed.authors).toEqual(['Brendan Dahl']);
    expect(parsed.title).toBe('Basic API Test');
    expect(parsed.text).not.toMatch(/page \d \/ 3/);
    // Its only warning: the date is the file's own, as the text gives none.
    expect(parsed.warnings).toEqual(["The text gives no publication date: the date shown is the file's own (file created 10 Apr 2012), which may not be the article's."]);
  });

  it('puts right-to-left words in reading order and turns Arabic presentation forms into letters', async () => {
    const { text } = article(await parse('arabic.pdf', corpus('ArabicCIDTrueType.pdf')));
    expect(text).not.toMatch(/[\uFE70-\uFEFC]/);
    expect(text.startsWith('انواع ')).toBe(true);
    expect(text.split(' ').slice(0, 3)).toEqual(['انواع', 'اخلطوط', 'العربية']);
  });

  it('spells out ligatures as letters', async () => {
    const { text } = article(await parse('ligatures.pdf', corpus('copy_paste_ligatures.pdf')));
    expect(text).toContain('ffffiflffiffl');
    expect(text).not.toMatch(/[\uFB00-\uFB06]/);
  });

  it('reads vertical Japanese text in Node, where character maps come from the installed pdfjs-dist', async () => {
    const result = await extractPdf(corpus('vertical.pdf'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.text).toContain('あいうえお');
    expect(result.value.text).toContain('日本語');
    expect(result.value.warnings).toEqual([]);
  });

  it('recovers the text of the broken hello-world file', async () => {
    const result = await extractPdf(corpus('helloworld-bad.pdf'));
    expect(result).toMatchObject({ ok: true, value: { text: 'Hello, world!' } });
  });

  it('reports a form whose only text is in empty form fields as having no text layer', async () => {
    const error = failure(await parse('multiline.pdf', corpus('multiline.pdf')));
    expect(error.code).toBe('no-article');
  });
});
