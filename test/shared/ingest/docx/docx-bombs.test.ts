import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '@shared/ingest';
import { goodDocx, rawZip, zipBombs } from '../../../helpers/hostile-corpus';

describe('a .docx zip bomb', () => {
  it.each(zipBombs(64).map((bomb) => [bomb.shape, bomb] as const))('is refused in words: %s', async (_shape, bomb) => {
    const outcome = await parseArticleFile({ name: bomb.name, bytes: bomb.bytes });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).not.toBe('internal');
    expect(outcome.error.message).toMatch(/^This \.docx file /);
  });

  it('that declares more than the limit says how much it would unpack to and where Parallax stops', async () => {
    // The bomb: 1.2 MB that declares 400 MB (its data is never inflated, so any bytes do).
    const bomb = rawZip([{ name: 'word/document.xml', data: new Uint8Array(1_200_000), method: 8, declaredSize: 400 * 1024 * 1024 }]);
    const outcome = await parseArticleFile({ name: 'bomb.docx', bytes: bomb });
    expect(!outcome.ok && outcome.error).toEqual({
      code: 'too-large',
      message: 'This .docx file would unpack "word/document.xml" to 400 MB; Parallax stops at 128 MB for one part.',
    });
  });

  it('that packs tighter than any real document says so, with the limit', async () => {
    const bomb = rawZip([{ name: 'word/document.xml', data: new Uint8Array(100_000), method: 8, declaredSize: 100 * 1024 * 1024 }]);
    const outcome = await parseArticleFile({ name: 'bomb.docx', bytes: bomb });
    expect(!outcome.ok && outcome.error.message).toBe(
      'This .docx file is packed 1049 times smaller than it unpacks ("word/document.xml"); Parallax stops at 200 times, since only a zip bomb packs that tightly.',
    );
  });

  it('does not stop a real document from importing', async () => {
    const outcome = await parseArticleFile({ name: 'good.docx', bytes: goodDocx('Ministers met in Reykjavik on Wednesday.') });
    expect(outcome.ok && outcome.article.text).toContain('Ministers met in Reykjavik on Wednesday.');
  });
});
