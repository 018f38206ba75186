import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areNearDuplicates, minhashBandKeys, shingleOverlap, textShingles } from '@shared/similarity/near-duplicates';

const seed = (name: string) => readFileSync(resolve(import.meta.dirname, '../../../seeds', name), 'utf8');
const WIRE = seed('002_6c188231047a0d29.txt');

describe('near-duplicate detection', () => {
  it('links the same wire story run with a different headline and a trailing credit line', () => {
    const republished = `A different headline for the same story\n${WIRE}\nCopyright 2021 Another Outlet. All rights reserved.`;
    expect(areNearDuplicates(textShingles(WIRE), textShingles(republished))).toBe(true);
  });

  it('links a trimmed copy that keeps most of the story', () => {
    const paragraphs = WIRE.split('\n').filter(Boolean);
    const trimmed = paragraphs.slice(0, paragraphs.length - 2).join('\n');
    expect(shingleOverlap(textShingles(WIRE), textShingles(trimmed))).toBeGreaterThanOrEqual(0.9);
    expect(areNearDuplicates(textShingles(WIRE), textShingles(trimmed))).toBe(true);
  });

  it('does not link different reports of the same meeting', () => {
    const names = ['000_d1152bbe736e7740.txt', '001_c7b545009d58353a.txt', '002_6c188231047a0d29.txt', '003_3db9fcb7f8b253cf.txt', '004_4eb1885911f60789.txt'];
    const sets = names.map((n) => textShingles(seed(n)));
    for (let i = 0; i < sets.length; i++) {
      for (let j = i + 1; j < sets.length; j++) expect(areNearDuplicates(sets[i]!, sets[j]!)).toBe(false);
    }
  });

  it('does not take a short quote inside a long article for a copy of it', () => {
    const quote = WIRE.split('\n').filter(Boolean)[2]!;
    expect(shingleOverlap(textShingles(quote), textShingles(WIRE))).toBe(1);
    expect(areNearDuplicates(textShingles(quote), textShingles(WIRE))).toBe(false);
  });

  it('gives near-duplicates a shared band key, so the index finds them', () => {
    const republished = `Another headline\n${WIRE.replace('constructive', 'productive')}`;
    const a = new Set(minhashBandKeys(textShingles(WIRE)));
    expect(minhashBandKeys(textShingles(republished)).some((key) => a.has(key))).toBe(true);
  });

  it('gives unrelated articles no shared band key', () => {
    const a = new Set(minhashBandKeys(textShingles(seed('000_d1152bbe736e7740.txt'))));
    expect(minhashBandKeys(textShingles(seed('004_4eb1885911f60789.txt'))).filter((key) => a.has(key))).toEqual([]);
  });

  it('ignores case, punctuation and spacing differences', () => {
    const a = textShingles('The ministers met on Thursday in Reykjavik, and they talked for two hours.');
    const b = textShingles('the  ministers met on thursday in reykjavik and they talked for two hours');
    expect(shingleOverlap(a, b)).toBe(1);
  });
});
