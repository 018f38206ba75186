import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '@shared/ingest';
import { extractTxt } from '@shared/ingest/txt';

/** Windows-1252 bytes for text whose characters all exist in that encoding. */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '…': 0x85 };
  return Uint8Array.from([...text].map((ch) => special[ch] ?? ch.charCodeAt(0)));
}

function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const bytes: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (littleEndian) bytes.push(code & 0xff, code >> 8);
    else bytes.push(code >> 8, code & 0xff);
  }
  return Uint8Array.from(bytes);
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const ARTICLE = 'Café owners protest new rules\nThe owners of 40 cafés in Zürich said on Monday the rules were “unfair” – and costly.';

function decode(bytes: Uint8Array) {
  const result = extractTxt(bytes);
  if (!result.ok) throw new Error(`expected text, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('extractTxt', () => {
  it('reads UTF-8 without a warning', () => {
    const doc = decode(utf8(ARTICLE));
    expect(doc.text).toBe(ARTICLE);
    expect(doc.warnings).toEqual([]);
  });

  it('reads UTF-8 with a byte order mark and drops the mark', () => {
    const doc = decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(ARTICLE)]));
    expect(doc.text).toBe(ARTICLE);
    expect(doc.warnings).toEqual([]);
  });

  it.each([
    ['little-endian', true],
    ['big-endian', false],
  ])('reads UTF-16 %s with a byte order mark and names the encoding in a warning', (label, littleEndian) => {
    const doc = decode(utf16(ARTICLE, littleEndian));
    expect(doc.text).toBe(ARTICLE);
    expect(doc.warnings.join(' ')).toContain(`UTF-16 (${label})`);
  });

  it('reads UTF-16 without a byte order mark when every other byte is zero', () => {
    const doc = decode(utf16('Plain English text in UTF-16.\nSecond line.', true, false));
    expect(doc.text).toBe('Plain English text in UTF-16.\nSecond line.');
    expect(doc.warnings.join(' ')).toContain('UTF-16');
  });

  it('reads Windows-1252 when the bytes are not UTF-8, without replacement characters', () => {
    const doc = decode(windows1252(ARTICLE));
    expect(doc.text).toBe(ARTICLE);
    expect(doc.text).not.toContain('\uFFFD');
    expect(doc.warnings.join(' ')).toContain('Windows-1252');
  });

  it('names Latin-1 when the bytes use no Windows-1252 punctuation', () => {
    const text = 'Señor Müller visited Zürich.\nThe café was closed.';
    const doc = decode(windows1252(text));
    expect(doc.text).toBe(text);
    expect(doc.warnings.join(' ')).toMatch(/ISO-8859-1|Windows-1252/);
  });

  it('reads a Cyrillic Windows-1251 file as Cyrillic, not as Western letters', () => {
    const text = 'Привет мир, как дела? Сегодня в Москве прошли переговоры министров иностранных дел.';
    const table = 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя';
    const bytes = Uint8Array.from([...text].map((ch) => (table.includes(ch) ? 0xc0 + table.indexOf(ch) : ch.charCodeAt(0))));
    const doc = decode(bytes);
    expect(doc.text).toBe(text);
    expect(doc.warnings.join(' ')).toContain('Windows-1251');
  });

  it('keeps UTF-8 with one damaged byte as UTF-8 instead of garbling every accent', () => {
    const bytes = Uint8Array.from([...utf8('Café, naïve, résumé, Zürich: '), 0xff, ...utf8(' end.')]);
    const doc = decode(bytes);
    expect(doc.text).toContain('Café, naïve, résumé, Zürich');
    expect(doc.warnings.join(' ')).toContain('damaged byte');
  });

  it('refuses a binary file renamed .txt as not text', () => {
    const result = extractTxt(Uint8Array.from([0x00, 0x01, 0x02, 0x03, 0x10, 0x00, 0xff, 0x7f, 0x00, 0x05]));
    expect(result).toMatchObject({ ok: false, error: { code: 'not-text' } });
  });

  it('says which kind of file a renamed PDF is', () => {
    const result = extractTxt(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('not-text');
    expect(result.error.message).toContain('PDF');
  });

  it('refuses a UTF-16 byte order mark followed by bytes that are not UTF-16 as an invalid encoding', () => {
    const result = extractTxt(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xdc, 0x42]));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-encoding' } });
  });

  it('refuses bytes that are mostly high bytes in no known encoding as an invalid encoding', () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => [0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xfe, 0xff, 0x98][i % 8]!);
    const result = extractTxt(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-encoding');
    expect(result.error.message).toMatch(/^This file .+\.$/);
  });
});

describe('parseArticleFile on legacy-encoded text', () => {
  it('carries the encoding warning through to the parsed article', async () => {
    const outcome = await parseArticleFile({ name: 'legacy.txt', bytes: windows1252(ARTICLE) });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.article.title).toBe('Café owners protest new rules');
    expect(outcome.article.text).toContain('“unfair” – and costly');
    expect(outcome.article.warnings.join(' ')).toContain('Windows-1252');
  });
});
