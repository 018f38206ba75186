import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '@shared/ingest';
import { declaredCharset, decodeHtml, decodeWindows1252 } from '@shared/ingest/html';

const fixtures = resolve(import.meta.dirname, '../../../fixtures/ingest/html');
const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeHtml', () => {
  it('reads a page declared as windows-1252 with its curly quotes, dashes and accents', async () => {
    const bytes = readFileSync(resolve(fixtures, 'windows-1252.html'));
    const decoded = decodeHtml(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.html).toContain('1,5 million d’euros par an — une somme');
    expect(decoded.warnings).toEqual([]);
    const outcome = await parseArticleFile({ name: 'greve.html', bytes });
    expect(outcome.ok && outcome.article.title).toBe('Grève à la préfecture : les négociations reprennent');
    expect(outcome.ok && outcome.article.text).toContain('jusqu’à vendredi');
  });

  it('falls back to windows-1252 with a warning when an undeclared page is not valid UTF-8', () => {
    const decoded = decodeHtml(readFileSync(resolve(fixtures, 'undeclared-1252.html')));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.html).toContain('« Nous voulons des garanties écrites »');
    expect(decoded.warnings).toEqual(['The page does not declare its character set and is not valid UTF-8; it was read as windows-1252.']);
  });

  it('lets a byte-order mark win over a declared charset', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...ascii('<meta charset="iso-8859-2"><p>Zürich</p>')]);
    const decoded = decodeHtml(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.html).toBe('<meta charset="iso-8859-2"><p>Zürich</p>');
  });

  it('reads UTF-16 when the file starts with its byte-order mark', () => {
    const text = '<p>Αθήνα</p>';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeHtml(bytes)).toMatchObject({ encoding: 'utf-16le', html: text });
  });

  it('decodes a declared legacy charset such as ISO-8859-2', () => {
    const bytes = new Uint8Array([...ascii('<meta charset="iso-8859-2"><p>'), 0xa3, 0xf3, 0x64, 0xbc, ...ascii('</p>')]);
    expect(decodeHtml(bytes)).toMatchObject({ encoding: 'iso-8859-2', html: '<meta charset="iso-8859-2"><p>Łódź</p>' });
  });

  it('reads valid UTF-8 as UTF-8 even when a stale <meta> says otherwise, and says so', () => {
    const decoded = decodeHtml(ascii('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>新电脑</p>'));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.html).toContain('新电脑');
    expect(decoded.warnings[0]).toMatch(/declares the character set "gb2312" but its bytes are UTF-8/);
  });

  it('defaults to UTF-8 and warns about a charset it cannot read', () => {
    const decoded = decodeHtml(ascii('<meta charset="x-no-such-charset"><p>café</p>'));
    expect(decoded.html).toContain('café');
    expect(decoded.warnings[0]).toMatch(/x-no-such-charset/);
  });
});

describe('declaredCharset', () => {
  it.each([
    ['<meta charset="utf-8">', 'utf-8'],
    ["<meta charset='Shift_JIS'/>", 'Shift_JIS'],
    ['<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1251">', 'windows-1251'],
    ['<meta content="text/html; charset=koi8-r" http-equiv="content-type">', 'koi8-r'],
    ['<?xml version="1.0" encoding="ISO-8859-15"?><html>', 'ISO-8859-15'],
    ['<!-- <meta charset="big5"> --><p>no declaration</p>', null],
    ['<meta name="description" content="about charset=koi8-r">', null],
  ])('finds the charset in %s', (head, expected) => {
    expect(declaredCharset(ascii(head))).toBe(expected);
  });
});

describe('decodeWindows1252', () => {
  it('maps bytes 0x80-0x9F to the characters Windows puts there', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x85, 0x99, 0xe9, 0x41]))).toBe('€‘’“”–—…™éA');
  });
});
