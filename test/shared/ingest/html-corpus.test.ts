import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '@shared/ingest/html';
import { wordF1, words } from '../../../scripts/lib/text-agreement';

const corpus = resolve(import.meta.dirname, '../../../../shared/corpora/readability-test-pages');

/** Real pages of different shapes: news, blogs, wiki, non-Latin scripts, legacy markup. */
const SAMPLE = ['ars-1', 'bbc-1', 'cnn', 'guardian-1', 'nytimes-1', 'wikipedia', 'medium-1', 'lemonde-1', 'yahoo-4', 'aktualne', 'qq', 'wapo-1'];

const comparable = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('extractHtml on Readability test pages', () => {
  it('finds the corpus next to the repository', () => {
    expect(existsSync(resolve(corpus, 'ars-1', 'source.html'))).toBe(true);
  });

  it.each(SAMPLE)('finds the body of %s (word F1 >= 0.85) and the same title', (page) => {
    const dir = resolve(corpus, page);
    const result = extractHtml(readFileSync(resolve(dir, 'source.html')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { document } = parseHTML(`<!doctype html><html><body>${readFileSync(resolve(dir, 'expected.html'), 'utf8')}</body></html>`);
    const expectedText = (document as unknown as { body: { textContent: string | null } }).body.textContent ?? '';
    expect(wordF1(words(result.value.text), words(expectedText))).toBeGreaterThanOrEqual(0.85);
    const expected = JSON.parse(readFileSync(resolve(dir, 'expected-metadata.json'), 'utf8')) as { title?: string };
    expect(comparable(result.value.metadata.title ?? '')).toBe(comparable(expected.title ?? ''));
  });
});
