import { describe, expect, it } from 'vitest';
import { agreementCsv, disagreementsCsv } from '@shared/agreement/csv';
import { computeAgreement } from '@shared/agreement/report';

const TEXT = 'The minister met his counterpart in Reykjavik on Wednesday.';
const names = { article: (id: string) => `Article ${id}`, tag: (id: string) => id.toUpperCase(), coder: (id: string) => `Coder ${id}` };

describe('agreement as CSV', () => {
  const report = computeAgreement({
    coders: ['ann', 'ben'],
    articles: [{ id: 'a1', text: TEXT }],
    spans: [
      { coder: 'ann', article: 'a1', start: 4, end: 12, tagIds: ['actor'] },
      { coder: 'ben', article: 'a1', start: 4, end: 12, tagIds: ['place'] },
      { coder: 'ann', article: 'a1', start: 36, end: 45, tagIds: ['place'] },
      { coder: 'ben', article: 'a1', start: 36, end: 45, tagIds: ['place'] },
    ],
    unit: 'word',
  });

  it('writes the overall, per-article and per-tag figures with the unit they were computed on', () => {
    const lines = agreementCsv(report, names).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('"scope","name","unit","units compared","percent agreement","cohen kappa","krippendorff alpha"');
    // Two words compared, one agreed: 50 %. Kappa: p_o = 1/2, p_e = (1/2)(0) + (1/2)(1) = 1/2, so 0.
    // Alpha: coincidences actor-place 1, place-actor 1, place-place 2; n = 4, n_actor = 1, n_place = 3;
    // 1 - (n - 1) * 2 / (1 * 3 + 3 * 1) = 0.
    expect(lines[1]).toBe('"overall","","word","2","50.000","0.000","0.000"');
    expect(lines.slice(2).map((line) => line.split(',')[0])).toEqual(['"article"', '"tag"', '"tag"']);
  });

  it('lists each disagreement with its words and each coder’s tags', () => {
    const lines = disagreementsCsv(report, names, () => TEXT).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines).toEqual([
      '"article","start","end","units","words","Coder ann","Coder ben"',
      '"Article a1","4","12","1","minister","ACTOR","PLACE"',
    ]);
  });
});
