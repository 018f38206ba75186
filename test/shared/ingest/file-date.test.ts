import { describe, expect, it } from 'vitest';
import { humanDay } from '@shared/ingest/file-date';
import { finishArticle } from '@shared/ingest/finish';
import type { ExtractedDocument } from '@shared/ingest/types';

function doc(text: string): ExtractedDocument {
  return {
    format: 'pdf',
    text,
    metadata: { title: 'Ferry crews strike' },
    fileDate: { iso: '2025-02-04T10:00:00Z', source: 'PDF metadata', evidence: 'CreationDate: D:20250204100000Z' },
    provenance: {},
    boilerplate: [],
    warnings: [],
    lang: null,
  };
}

async function published(text: string) {
  const outcome = await finishArticle(doc(text));
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.article;
}

describe('a file’s own date', () => {
  it('gives way to the date the text gives', async () => {
    const article = await published('Ferry crews strike\n\nPORT ELLIS, March 3, 2011 (Reuters) - Ferry crews stopped work at dawn on Thursday.');
    expect(article.published).toBe('2011-03-03');
    expect(article.warnings.join(' ')).not.toMatch(/file created/);
  });

  it('is used only when the text gives none, and then labelled as the file’s date with a warning', async () => {
    const article = await published('Ferry crews strike\n\nFerry crews stopped work at dawn on Thursday over rest hours.');
    expect(article.published).toBe('2025-02-04T10:00:00Z');
    expect(article.provenance.published?.source).toBe('file created 4 Feb 2025 (PDF metadata; the text gives no date)');
    expect(article.warnings).toContain("The text gives no publication date: the date shown is the file's own (file created 4 Feb 2025), which may not be the article's.");
  });

  it('reads as a day a person knows', () => {
    expect(humanDay('2021-05-19T14:30:00+02:00')).toBe('19 May 2021');
    expect(humanDay('1999-12-01')).toBe('1 Dec 1999');
  });
});
