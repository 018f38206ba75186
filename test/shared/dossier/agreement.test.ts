import { describe, expect, it } from 'vitest';
import { dossierHtml } from '@shared/dossier/html';
import { dossierMarkdown } from '@shared/dossier/markdown';
import { DEFAULT_DOSSIER_OPTIONS, type DossierInput } from '@shared/dossier/types';
import type { ArticleRecord, HighlightRecord, TagRecord } from '@shared/model';
import { selectorsOf } from '../../helpers/dossier-records';

const TEXT = 'Blinken wanted a predictable, stable relationship and spoke of serious differences with Moscow.';

function article(): ArticleRecord {
  return {
    id: 'a1', format: 'txt', fingerprint: 'f'.repeat(64), sourceName: 'talks.txt', importedAt: 0, length: TEXT.length, warnings: [], provenance: {}, edits: {},
    nearDuplicateIds: [], previousVersionId: null, versionKeys: [], lang: 'en', title: 'Talks', outlet: 'Reuters', authors: [], published: '2021-05-19',
    dateline: null, agencies: [], url: null,
  };
}

const tag = (id: string, name: string, order: number): TagRecord => ({ id, name, color: '#e69f00', description: '', parentId: null, order, createdAt: 0 });

function highlight(id: string, phrase: string, tagIds: string[], coderId?: string): HighlightRecord {
  const start = TEXT.indexOf(phrase);
  const end = start + phrase.length;
  return { id, articleId: 'a1', start, end, selectors: selectorsOf(TEXT, start, end), tagIds, anchorStatus: 'anchored', createdAt: 0, updatedAt: 0, ...(coderId ? { coderId } : {}) };
}

function input(highlights: HighlightRecord[]): DossierInput {
  return {
    title: 'Reykjavik', createdAt: '2026-12-03T10:00:00.000Z', articles: [{ record: article(), text: TEXT }],
    tags: [tag('s', 'Stability', 0), tag('d', 'Disagreement', 1), tag('t', 'Tension', 2)], highlights, notes: [], comparison: null,
    coderNames: { own: 'Ann', ben: 'Ben' },
  };
}

const TWO_CODERS = [
  highlight('h1', 'a predictable, stable relationship', ['s']),
  highlight('h2', 'serious differences', ['d']),
  highlight('h3', 'a predictable, stable relationship', ['s'], 'ben'),
  highlight('h4', 'serious differences', ['t'], 'ben'),
];

describe('agreement in the dossier', () => {
  it('gets a section when the highlights are two coders’, with the figures a hand count gives', () => {
    const html = dossierHtml(input(TWO_CODERS), DEFAULT_DOSSIER_OPTIONS);
    // By hand, in words: 6 coded words (4 agreed on Stability, 2 Disagreement vs Tension): 66.7 %;
    // kappa (4/6 − 16/36)/(1 − 16/36) = 0.400; alpha 1 − (4/12)/(72/132) = 0.389.
    const section = html.slice(html.indexOf('<section id="agreement">'), html.indexOf('</section>', html.indexOf('<section id="agreement">')));
    expect(section).toContain('Coders: Ann, Ben.');
    expect(section).toContain('<th scope="row">Overall</th><td>6</td><td>66.7 %</td><td>0.400</td><td>0.389</td>');
    expect(section).toContain('Disagreements (1)');
    expect(section).toContain('“serious differences”');
    expect(section).toContain('Ann: Disagreement');
    expect(section).toContain('Ben: Tension');
    expect(html).toContain('<a href="#agreement">Agreement between coders</a>');
    const md = dossierMarkdown(input(TWO_CODERS), DEFAULT_DOSSIER_OPTIONS);
    expect(md).toContain('| Overall | 6 | 66.7 % | 0.400 | 0.389 |');
  });

  it('has no agreement section when one person did all the coding', () => {
    const html = dossierHtml(input(TWO_CODERS.filter((h) => h.coderId === undefined)), DEFAULT_DOSSIER_OPTIONS);
    expect(html).not.toContain('id="agreement"');
  });
});
