import { describe, expect, it } from 'vitest';
import { joinLines, layoutPdfText, pdfDateToIso, readPdfInfo } from '@shared/ingest/pdf';
import type { PdfPageText, PdfTextItem } from '@shared/ingest/pdf/layout';

/** A text item at (x, y) in a 12 pt font, as pdf.js's getTextContent gives it. */
function item(str: string, x: number, y: number, options: { size?: number; eol?: boolean; dir?: string } = {}): PdfTextItem {
  const size = options.size ?? 12;
  return { str, dir: options.dir ?? 'ltr', transform: [size, 0, 0, size, x, y], width: str.length * size * 0.5, height: size, hasEOL: options.eol ?? false };
}

function page(items: PdfTextItem[]): PdfPageText {
  return { items, view: [0, 0, 612, 792] };
}

/** Lines from the top at a 14 pt leading; '' leaves a blank line (a paragraph gap). */
function lines(texts: string[], top = 700): PdfTextItem[] {
  return texts.flatMap((text, index) => (text ? [item(text, 72, top - index * 14)] : []));
}

describe('joinLines', () => {
  it.each([
    ['nego-', 'tiation began', 'negotiation began'],
    ['a game of tit-for-', 'tat', 'a game of tit-for-tat'],
    ['because of Covid-', '19 rules', 'because of Covid-19 rules'],
    ['an Anglo-', 'Saxon name', 'an Anglo-Saxon name'],
    ['soft\u00AD', 'ware', 'software'],
    ['prices rose -', 'sharply', 'prices rose - sharply'],
    ['the end.', 'Next', 'the end. Next'],
  ])('joins %j and %j as %j', (left, right, joined) => {
    expect(joinLines(left, right)).toBe(joined);
  });

  it('keeps the hyphen of a word the document spells with one elsewhere', () => {
    expect(joinLines('a well-', 'known fact', new Set(['well-known']))).toBe('a well-known fact');
    expect(joinLines('a well-', 'known fact', new Set())).toBe('a wellknown fact');
  });

  it('joins a capitalised word the document spells closed elsewhere', () => {
    expect(joinLines('Trace-', 'Monkey runs', new Set(['tracemonkey']))).toBe('TraceMonkey runs');
  });
});

describe('layoutPdfText', () => {
  it('starts a new line at each baseline and a new paragraph at a larger gap', () => {
    const { text } = layoutPdfText([page(lines(['First line of one', 'paragraph here.', '', 'A second', 'paragraph.']))]);
    expect(text).toBe('First line of one paragraph here.\n\nA second paragraph.');
  });

  it('ends a line where pdf.js marks hasEOL even when the next item sits on the same baseline', () => {
    const { text } = layoutPdfText([page([item('Left', 72, 700, { eol: true }), item('Right', 300, 700)])]);
    expect(text).toBe('Left Right');
  });

  it('keeps a superscript on its line and puts a space between items set apart', () => {
    const { text } = layoutPdfText([page([item('Gal', 72, 700), item('*', 91, 704, { size: 8 }), item('and Eich', 120, 700)])]);
    expect(text).toBe('Gal* and Eich');
  });

  it('starts a paragraph where the font size changes, as after a headline', () => {
    const { text } = layoutPdfText([page([item('Big headline', 72, 720, { size: 20 }), ...lines(['Body text starts', 'right here.'], 700)])]);
    expect(text).toBe('Big headline\n\nBody text starts right here.');
  });

  it('removes a header repeated at the same place on most pages but keeps the same words in the body', () => {
    const pages = [1, 2, 3, 4].map((number) =>
      page([
        item('Daily Bugle', 72, 760, { size: 9 }),
        ...lines(number === 2 ? ['The Daily Bugle', 'reported first.'] : [`Story text of the ${['', 'first', '', 'third', 'last'][number]} page`, `and goes on ${'abcd'[number - 1]}.`]),
        item(String(number), 300, 30, { size: 9 }),
      ]),
    );
    const { text, boilerplate } = layoutPdfText(pages);
    expect(text).not.toMatch(/^Daily Bugle/m);
    expect(text).toContain('The Daily Bugle reported first.');
    expect(text).not.toMatch(/\b[1-4]\n|\n[1-4]$/);
    expect(boilerplate).toEqual([
      { text: 'Daily Bugle', reason: 'page header repeated on 4 of 4 pages' },
      { text: '1\n2\n3\n4', reason: 'page numbers' },
    ]);
  });

  it('keeps a line that repeats at the top of only one page in two of five', () => {
    const pages = [1, 2, 3, 4, 5].map((number) =>
      page([...(number <= 2 ? [item('Breaking news', 72, 760)] : []), ...lines([`Body text ${'abcde'[number - 1]}.`])]),
    );
    const { text, boilerplate } = layoutPdfText(pages);
    expect(text.match(/Breaking news/g)).toHaveLength(2);
    expect(boilerplate).toEqual([]);
  });

  it('leaves a one-page document’s first and last lines alone', () => {
    const { text } = layoutPdfText([page([item('7', 300, 760), ...lines(['Seven dwarfs went out.'])])]);
    expect(text).toBe('7\n\nSeven dwarfs went out.');
  });

  it('orders right-to-left words from the right', () => {
    const { text } = layoutPdfText([page([item('ثالث', 100, 700, { dir: 'rtl' }), item('ثاني', 200, 700, { dir: 'rtl' }), item('أول', 300, 700, { dir: 'rtl' })])]);
    expect(text).toBe('أول ثاني ثالث');
  });
});

describe('PDF metadata', () => {
  it.each([
    ["D:20210519143000+02'00'", '2021-05-19T14:30:00+02:00'],
    ["D:20120410143026-07'00'", '2012-04-10T14:30:26-07:00'],
    ['D:20240419175321Z', '2024-04-19T17:53:21Z'],
    ["D:20240419175321+00'00'", '2024-04-19T17:53:21Z'],
    ['D:20240419', '2024-04-19'],
    ['D:202404', '2024-04'],
    ['D:20241319', null],
    ['D:20230229', null],
    ['yesterday', null],
  ])('reads the PDF date %j as %j', (raw, iso) => {
    expect(pdfDateToIso(raw)).toBe(iso);
  });

  it('ignores placeholder titles and authors that tools write when they know none', () => {
    const reading = readPdfInfo({ Title: 'Microsoft Word - draft3.doc', Author: 'ARRAY(0x2c7cf020)', CreationDate: 'garbage' });
    expect(reading.metadata).toEqual({});
    expect(reading.provenance).toEqual({});
  });
});
