import { describe, expect, it } from 'vitest';
import { cohensKappa, krippendorffAlpha, nominalAgreement, percentAgreement, type WeightedUnit } from '@shared/agreement/nominal';

/** Columns are units, rows coders; '.' is a missing value. */
function table(rows: string[]): WeightedUnit[] {
  const cells = rows.map((row) => row.trim().split(/\s+/));
  return cells[0]!.map((_, unit) => ({ weight: 1, values: cells.map((row) => (row[unit] === '.' ? null : row[unit]!)) }));
}

describe('Krippendorff’s alpha (nominal)', () => {
  it('gives 0.743 on Krippendorff (2011) “Computing Krippendorff’s Alpha-Reliability”, 4 observers x 12 units with missing values', () => {
    // The reliability data matrix of section C ("nominal data, any number of observers, missing data").
    const units = table([
      '1 2 3 3 2 1 4 1 2 . . .',
      '1 2 3 3 2 2 4 1 2 5 . 3',
      '. 3 3 3 2 3 4 2 2 5 1 .',
      '1 2 3 3 2 4 4 1 2 5 1 .',
    ]);
    expect(krippendorffAlpha(units)).toBeCloseTo(0.743, 3);
  });

  it('gives 0.691 on the computational example of Wikipedia’s “Krippendorff’s alpha” page (3 coders, 15 units)', () => {
    const units = table([
      '. . . . . 3 4 1 2 1 1 3 3 . 3',
      '1 . 2 1 3 3 4 3 . . . . . . .',
      '. . 2 1 3 4 4 . 2 1 1 3 3 . 4',
    ]);
    expect(krippendorffAlpha(units)).toBeCloseTo(0.691, 3);
  });

  it('is 1 when coders agree on varied values, and undefined when there is no variation at all', () => {
    expect(krippendorffAlpha(table(['a b a b', 'a b a b']))).toBe(1);
    expect(krippendorffAlpha(table(['a a a', 'a a a']))).toBeNull();
  });

  it('counts a weighted unit as that many identical units', () => {
    const expanded = table(['a a a b b', 'a a b b b']);
    const weighted: WeightedUnit[] = [
      { weight: 2, values: ['a', 'a'] },
      { weight: 1, values: ['a', 'b'] },
      { weight: 2, values: ['b', 'b'] },
    ];
    expect(krippendorffAlpha(weighted)).toBeCloseTo(krippendorffAlpha(expanded)!, 12);
    expect(cohensKappa(weighted)).toBeCloseTo(cohensKappa(expanded)!, 12);
  });
});

/** Two coders' 2x2 table as units: yes/yes, yes/no, no/yes, no/no counts. */
function twoByTwo(yy: number, yn: number, ny: number, nn: number): WeightedUnit[] {
  return [
    { weight: yy, values: ['yes', 'yes'] },
    { weight: yn, values: ['yes', 'no'] },
    { weight: ny, values: ['no', 'yes'] },
    { weight: nn, values: ['no', 'no'] },
  ];
}

describe('Cohen’s kappa', () => {
  it('gives 0.4 on the worked example of Wikipedia’s “Cohen’s kappa” page (50 grant proposals: 20, 5, 10, 15)', () => {
    const units = twoByTwo(20, 5, 10, 15);
    expect(percentAgreement(units)).toBeCloseTo(0.7, 12);
    expect(cohensKappa(units)).toBeCloseTo(0.4, 12);
  });

  it('gives 0.1304 and 0.2593 for the two tables with the same 60% agreement on the same page', () => {
    expect(cohensKappa(twoByTwo(45, 15, 25, 15))).toBeCloseTo(0.1304, 4);
    expect(cohensKappa(twoByTwo(25, 35, 5, 35))).toBeCloseTo(0.2593, 4);
  });

  it('uses only units both coders valued, and is reported only for two coders', () => {
    const units: WeightedUnit[] = [...twoByTwo(20, 5, 10, 15), { weight: 100, values: ['yes', null] }];
    expect(cohensKappa(units)).toBeCloseTo(0.4, 12);
    expect(nominalAgreement(table(['a b', 'a b', 'a a']), 3).kappa).toBeNull();
  });
});

describe('percent agreement', () => {
  it('is the share of agreeing pairs within units when there are three coders', () => {
    // Unit 1: all agree (3 of 3 pairs); unit 2: a, a, b (1 of 3 pairs).
    expect(percentAgreement(table(['a a', 'a a', 'a b']))).toBeCloseTo(4 / 6, 12);
  });
});
