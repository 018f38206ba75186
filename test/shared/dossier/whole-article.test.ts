import { describe, expect, it } from 'vitest';
import { DEFAULT_DOSSIER_OPTIONS, dossierHtml } from '../../../src/shared/dossier';
import { dossierMarkdown } from '../../../src/shared/dossier/markdown';
import type { DossierInput } from '../../../src/shared/dossier/types';
import type { HighlightRecord, TagRecord } from '../../../src/shared/model';
import { plainRecord, selectorsOf } from '../../helpers/dossier-records';

const TEXT = 'Port strike ends\n\nDock workers returned to work on Friday after a ten-day strike over pay.';
const PASSAGE = 'a ten-day strike over pay';

const tag: TagRecord = { id: 't-labour', name: 'Labour', color: '#2d6a4f', description: '', parentId: null, order: 0, createdAt: 1 };
const highlight = (id: string, start: number, end: number): HighlightRecord => ({
  id, articleId: 'a1', start, end, selectors: selectorsOf(TEXT, start, end), tagIds: [tag.id], anchorStatus: 'anchored', createdAt: 1, updatedAt: 1,
});

function input(): DossierInput {
  const start = TEXT.indexOf(PASSAGE);
  return {
    title: 'Strikes',
    createdAt: '2024-02-01T12:00:00.000Z',
    articles: [{ record: plainRecord('a1', 'Port strike ends', 'Reuters', TEXT), text: TEXT }],
    tags: [tag],
    highlights: [highlight('h-whole', 0, TEXT.length), highlight('h-part', start, start + PASSAGE.length)],
    notes: [],
  };
}

describe('an article coded as a whole in the dossier', () => {
  it('is named in the passages by tag, not quoted word for word, while a passage of it is quoted', () => {
    const html = dossierHtml(input(), DEFAULT_DOSSIER_OPTIONS);
    const passages = html.slice(html.indexOf('id="passages"'), html.indexOf('id="appendix"') > 0 ? html.indexOf('id="appendix"') : undefined);
    expect(passages).toContain('[The whole article]');
    expect(passages).toContain(`“${PASSAGE}”`);
    expect(passages).not.toContain('Dock workers returned to work');
  });

  it('reads the same in Markdown', () => {
    const md = dossierMarkdown(input(), DEFAULT_DOSSIER_OPTIONS);
    const passages = md.slice(md.indexOf('## Passages by tag'), md.indexOf('## Appendix') > 0 ? md.indexOf('## Appendix') : undefined);
    expect(passages).toContain('[The whole article]');
    expect(passages).not.toContain('Dock workers returned to work');
  });
});
