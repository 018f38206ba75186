import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '@shared/ingest';
import { MAX_ARTICLE_CHARS, MAX_LINE_CHARS } from '@shared/ingest/limits';
import { checkTextBounds, longestLine } from '@shared/ingest/text-bounds';
import { wordText } from '../../helpers/hostile-corpus';

describe('bounds on the text of an article', () => {
  it('measures the longest line whichever line ends the file uses', () => {
    expect(longestLine('ab\ncdef\r\nghi\rjklmn')).toBe(5);
    expect(longestLine('')).toBe(0);
    expect(longestLine('one line')).toBe(8);
  });

  it('lets through a text at both limits exactly', () => {
    expect(checkTextBounds('x'.repeat(10), { maxChars: 10, maxLineChars: 10 })).toBeNull();
  });

  it('refuses a line past the limit, saying how long it is and where Parallax stops', () => {
    expect(checkTextBounds(`short\n${'x'.repeat(11)}\nshort`, { maxChars: 100, maxLineChars: 10 })).toEqual({
      code: 'too-large',
      message:
        'This file has a line of 11 characters with no line break; Parallax stops at 10 (a paragraph of an article has a few thousand), since a line that long is data, not prose. Break it into paragraphs and import it again.',
    });
  });

  it('refuses a text past the character limit, in words', () => {
    expect(checkTextBounds('x\n'.repeat(6), { maxChars: 10, maxLineChars: 10 })?.message).toMatch(/^This file holds 12 characters of text; Parallax stops at 10 for one article/);
  });

  it('refuses a 10 MB single line through the importer, and imports the same words broken into lines', async () => {
    const line = await parseArticleFile({ name: 'line.txt', bytes: wordText(10) });
    expect(!line.ok && line.error.message).toBe(
      `This file has a line of ${(10 * 1024 * 1024).toLocaleString('en-US')} characters with no line break; Parallax stops at ${MAX_LINE_CHARS.toLocaleString('en-US')} (a paragraph of an article has a few thousand), since a line that long is data, not prose. Break it into paragraphs and import it again.`,
    );
    const lines = await parseArticleFile({ name: 'lines.txt', bytes: wordText(2, 80) });
    expect(lines.ok).toBe(true);
  }, 60_000);

  it('refuses a text of more characters than the limit even when its lines are short', async () => {
    const megabytes = Math.ceil(MAX_ARTICLE_CHARS / (1024 * 1024)) + 1;
    const outcome = await parseArticleFile({ name: 'big.txt', bytes: wordText(megabytes, 80) });
    expect(!outcome.ok && outcome.error.code).toBe('too-large');
    expect(!outcome.ok && outcome.error.message).toContain(`Parallax stops at ${MAX_ARTICLE_CHARS.toLocaleString('en-US')} for one article`);
  }, 60_000);

  it('keeps a short ordinary article untouched by the bounds', async () => {
    const outcome = await parseArticleFile({ name: 'a.txt', bytes: strToU8('Talks in Reykjavik\n\nMinisters met on Wednesday for two hours and agreed to meet again.\n') });
    expect(outcome.ok && outcome.article.text).toContain('Ministers met on Wednesday');
  });
});
