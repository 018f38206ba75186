import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '@shared/ingest';
import { placeFurniture } from '@shared/furniture-places';
import { locateBlocks } from '@shared/ingest/block-positions';

describe('where page furniture stood', () => {
  it('records the body offset each removed block was taken out at', () => {
    const source = 'Headline\nA caption (Credit: Photo)\nFirst paragraph.\nSecond paragraph.\nRelated Articles\nBack to top';
    const body = 'First paragraph.\nSecond paragraph.';
    const located = locateBlocks(source, body, [
      { text: 'A caption (Credit: Photo)', reason: 'photo caption' },
      { text: 'Related Articles\nBack to top', reason: 'related links' },
    ]);
    expect(located.map((b) => b.at)).toEqual([0, body.length]);
  });

  it('shows a block removed between paragraphs, once put back, between those paragraphs', () => {
    const source = 'One.\nAdvertisement\nTwo.';
    const body = 'One.\nTwo.';
    const [block] = locateBlocks(source, body, [{ text: 'Advertisement', reason: 'advertisement' }]);
    expect(block?.at).toBe(4);
    // Paragraphs of the body start at 0 ("One.") and 5 ("Two.").
    expect(placeFurniture([0, 5], [{ ...block!, restored: true }])).toEqual([{ index: 0, block: { ...block!, restored: true }, beforeParagraph: 1 }]);
  });

  it('shows a trailing block after the last paragraph, a leading one first, one of unknown place at the end, and only blocks put back', () => {
    const blocks = [
      { text: 'Footer', reason: 'x', at: 5, restored: true as const },
      { text: 'Caption', reason: 'x', at: 0, restored: true as const },
      { text: 'Share this', reason: 'x', restored: true as const },
      { text: 'Set apart', reason: 'x', at: 0 },
    ];
    expect(placeFurniture([0], blocks).map((p) => [p.block.text, p.beforeParagraph])).toEqual([
      ['Caption', 0],
      ['Footer', 1],
      ['Share this', 1],
    ]);
  });

  it('gives every block of a parsed seed a position inside its body', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const bytes = readFileSync(resolve(import.meta.dirname, '../../../seeds/001_c7b545009d58353a.txt'));
    const outcome = await parseArticleFile({ name: '001.txt', bytes: new Uint8Array(bytes) });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const { text, boilerplate } = outcome.article;
    expect(boilerplate.length).toBeGreaterThan(0);
    for (const block of boilerplate) {
      expect(block.at).toBeGreaterThanOrEqual(0);
      expect(block.at).toBeLessThanOrEqual(text.length);
    }
    expect(boilerplate.find((b) => b.text.startsWith('Related Articles'))?.at).toBe(text.length);
  });

  it('keeps a one-line document as its text rather than refusing it', async () => {
    const outcome = await parseArticleFile({ name: 'one.txt', bytes: new TextEncoder().encode('Hello World') });
    expect(outcome).toMatchObject({ ok: true, article: { title: null, text: 'Hello World' } });
  });
});
