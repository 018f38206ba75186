import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '@shared/ingest';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('parseArticleFile', () => {
  it('reads a plain-text article and takes its first line as the headline', async () => {
    const outcome = await parseArticleFile({ name: 'a.txt', bytes: utf8('A headline\nThe first paragraph.\nThe second.') });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.article.title).toBe('A headline');
    expect(outcome.article.text).toBe('The first paragraph.\nThe second.');
    expect(outcome.article.format).toBe('txt');
    expect(outcome.article.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same fingerprint to the same text with different line ends', async () => {
    const unix = await parseArticleFile({ name: 'a.txt', bytes: utf8('Title\nBody line one.\nBody line two.') });
    const windows = await parseArticleFile({ name: 'b.txt', bytes: utf8('Title\r\nBody line one.\r\nBody line two.\r\n') });
    expect(unix.ok && windows.ok && unix.article.fingerprint === windows.article.fingerprint).toBe(true);
  });

  it.each([
    ['an empty file', 'empty.txt', new Uint8Array(), 'empty'],
    ['a file of white space', 'blank.txt', utf8('  \n\t\n  '), 'whitespace-only'],
    ['a binary file renamed .txt', 'photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]), 'not-text'],
    ['an unsupported extension', 'sheet.xlsx', utf8('anything'), 'unsupported-type'],
  ])('refuses %s with a message in words', async (_label, name, bytes, code) => {
    const outcome = await parseArticleFile({ name, bytes });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe(code);
    expect(outcome.error.message.length).toBeGreaterThan(15);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const outcome = await parseArticleFile({ name: 'big.txt', bytes: utf8('x'.repeat(2048)) }, { maxBytes: 1024 });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'too-large' } });
    if (!outcome.ok) expect(outcome.error.message).toBe('This file is 2.0 KB, over the 1.0 KB limit for one article.');
  });
});
