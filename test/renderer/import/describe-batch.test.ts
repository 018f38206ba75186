import { describe, expect, it } from 'vitest';
import { describeBatch } from '../../../src/renderer/src/features/import/describe-batch';
import type { ImportResult } from '../../../src/renderer/src/features/import/import-queue';

const added = (n: number): ImportResult[] =>
  Array.from({ length: n }, (_, k) => ({ status: 'added', displayPath: 'nexis.docx', articleId: `a${k}`, title: null }));

describe('the batch line of an import', () => {
  it('says how many articles came from how many files and why some were skipped', () => {
    const results: ImportResult[] = [...added(10), { status: 'skipped', displayPath: 'nexis.docx, article 4 of 11', message: 'The export holds no text.', reason: 'empty body' }];
    expect(describeBatch({ results, files: 1 })).toBe('10 articles from 1 file; 1 skipped: empty body');
  });

  it('counts each reason once with how often it occurred', () => {
    const skip = (reason: string): ImportResult => ({ status: 'skipped', displayPath: 'x', message: reason, reason });
    expect(describeBatch({ results: [...added(3), skip('empty body'), skip('empty body'), skip('missing')], files: 2 })).toBe(
      '3 articles from 2 files; 3 skipped: empty body (2), missing',
    );
  });

  it('leaves a batch of one-article files to the usual report', () => {
    expect(describeBatch({ results: added(2), files: 2 })).toBeNull();
  });
});
