import { afterEach, describe, expect, it } from 'vitest';
import { loadAgreementInput, codersInCorpus } from '../../../src/renderer/src/db/agreement-input';
import { addParsedArticle } from '../../../src/renderer/src/db/articles';
import { putHighlightRecord } from '../../../src/renderer/src/db/highlights';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { computeAgreement } from '@shared/agreement/report';
import { fingerprintText } from '@shared/ingest/fingerprint';
import type { HighlightRecord } from '@shared/model';
import { freshDb } from './test-db';

const TEXT = 'aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd';

let db: ParallaxDB;
afterEach(async () => db?.delete());

async function seed(): Promise<string> {
  db = freshDb();
  const result = await addParsedArticle(
    db,
    { title: 'T', outlet: null, authors: [], published: null, dateline: null, agencies: [], url: null, format: 'txt', text: TEXT, fingerprint: await fingerprintText(TEXT), warnings: [], provenance: {}, boilerplate: [], lang: null },
    't.txt',
  );
  if (result.status === 'duplicate') throw new Error('duplicate');
  return result.article.id;
}

function highlight(id: string, articleId: string, start: number, end: number, tagIds: string[], coderId?: string): HighlightRecord {
  const exact = TEXT.slice(start, end);
  return {
    id, articleId, start, end, tagIds, anchorStatus: 'anchored', createdAt: 1, updatedAt: 1, ...(coderId ? { coderId } : {}),
    selectors: { position: { type: 'TextPositionSelector', start, end }, quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' } },
  };
}

describe('reading a coding round out of the corpus', () => {
  it('credits own highlights to this device’s user and others’ to their coder, leaving untagged highlights out', async () => {
    const article = await seed();
    await putHighlightRecord(db, highlight('h1', article, 0, 10, ['x']));
    await putHighlightRecord(db, highlight('h2', article, 0, 10, ['x'], 'ben'));
    await putHighlightRecord(db, highlight('h3', article, 11, 21, ['y'], 'ben'));
    await putHighlightRecord(db, highlight('h4', article, 22, 32, [], 'ben'));
    expect(Object.fromEntries(await codersInCorpus(db, 'ann'))).toEqual({ ann: 1, ben: 2 });
    const input = await loadAgreementInput(db, 'ann', ['ann', 'ben'], 'character');
    expect(input.spans.map((s) => [s.coder, s.start, s.end, s.tagIds.join()])).toEqual([
      ['ann', 0, 10, 'x'],
      ['ben', 0, 10, 'x'],
      ['ben', 11, 21, 'y'],
    ]);
    expect(input.articles).toEqual([{ id: article, text: TEXT }]);
    expect(input.codedBy!('ann', article)).toBe(true);
    expect(input.codedBy!('carl', article)).toBe(false);
  });

  it('gives the figures a hand count gives: coded units only, uncoded text left out', async () => {
    const article = await seed();
    // Ann: "aaaaaaaaaa" as x. Ben: "aaaaaaaaaa" as x and "bbbbbbbbbb" as y.
    await putHighlightRecord(db, highlight('h1', article, 0, 10, ['x']));
    await putHighlightRecord(db, highlight('h2', article, 0, 10, ['x'], 'ben'));
    await putHighlightRecord(db, highlight('h3', article, 11, 21, ['y'], 'ben'));
    const report = computeAgreement(await loadAgreementInput(db, 'ann', ['ann', 'ben'], 'word'));
    // Words someone coded: "aaaaaaaaaa" (both {x}) and "bbbbbbbbbb" (Ann {}, Ben {y}); "cccccccccc"
    // and "dddddddddd" nobody coded, so they are not units. Two units, one agreed: 50 %.
    expect(report.overall.pairableUnits).toBe(2);
    expect(report.overall.percent).toBeCloseTo(0.5, 10);
    // Kappa on two units, values ann = [{x}, {}], ben = [{x}, {y}]: p_o = 1/2;
    // p_e = P(ann {x})·P(ben {x}) = (1/2)(1/2) = 1/4; kappa = (1/2 − 1/4)/(1 − 1/4) = 1/3.
    expect(report.overall.kappa).toBeCloseTo(1 / 3, 10);
    expect(report.disagreements).toHaveLength(1);
    expect(TEXT.slice(report.disagreements[0]!.start, report.disagreements[0]!.end)).toBe('bbbbbbbbbb');
  });
});
