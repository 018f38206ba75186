import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DiffOp, wordDiff } from '../../../src/shared/compare';

const sideA = (ops: DiffOp[]) => ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('');
const sideB = (ops: DiffOp[]) => ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('');

describe('wordDiff', () => {
  it('marks a contraction as one changed word and keeps the rest equal', () => {
    const ops = wordDiff('our partners, our allies, we will respond', 'our partners, our allies, we’ll respond');
    expect(ops).toEqual([
      { op: 'equal', text: 'our partners, our allies, ' },
      { op: 'delete', text: 'we will' },
      { op: 'insert', text: 'we’ll' },
      { op: 'equal', text: ' respond' },
    ]);
  });

  it('shows a different ending as one deletion and one insertion', () => {
    const a = 'We are ready to discuss all issues without exception if we understand';
    const b = 'We are ready to discuss all the issues without exception, but under perception';
    const ops = wordDiff(a, b);
    expect(ops[0]).toEqual({ op: 'equal', text: 'We are ready to discuss all ' });
    expect(ops).toContainEqual({ op: 'insert', text: 'the ' });
    expect(sideA(ops)).toBe(a);
    expect(sideB(ops)).toBe(b);
  });

  it('returns a single equal op for identical texts, and only inserts or deletes against an empty one', () => {
    expect(wordDiff('same words', 'same words')).toEqual([{ op: 'equal', text: 'same words' }]);
    expect(wordDiff('', 'new text')).toEqual([{ op: 'insert', text: 'new text' }]);
    expect(wordDiff('old text', '')).toEqual([{ op: 'delete', text: 'old text' }]);
    expect(wordDiff('', '')).toEqual([]);
  });

  it('marks only the two changed words of a long passage, even when they lie far apart', () => {
    const words = Array.from({ length: 1_500 }, (_, i) => `word${i % 37}`);
    const a = words.join(' ');
    const changed = [...words];
    changed[3] = 'replaced';
    changed[1_496] = 'altered';
    const ops = wordDiff(a, changed.join(' '));
    expect(ops.filter((o) => o.op !== 'equal')).toEqual([
      { op: 'delete', text: 'word3' },
      { op: 'insert', text: 'replaced' },
      { op: 'delete', text: 'word16' },
      { op: 'insert', text: 'altered' },
    ]);
  });

  it('shows two wholly different long passages as one replacement', () => {
    const a = Array.from({ length: 3_000 }, (_, i) => `alpha${i}`).join(' ');
    const b = Array.from({ length: 3_000 }, (_, i) => `beta${i}`).join(' ');
    expect(wordDiff(a, b)).toEqual([
      { op: 'delete', text: a },
      { op: 'insert', text: b },
    ]);
  });

  it('always rebuilds both texts from its ops, with no two neighbours of the same kind', () => {
    const word = fc.constantFrom('we', 'will', 'respond', 'the', 'issues', '’ll', ',', '.', ' ', '  ', '\n', 'Лавров', 'é', '🙂');
    const text = fc.array(word, { maxLength: 40 }).map((w) => w.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const ops = wordDiff(a, b);
        expect(sideA(ops)).toBe(a);
        expect(sideB(ops)).toBe(b);
        for (let i = 1; i < ops.length; i++) expect(ops[i]!.op === ops[i - 1]!.op).toBe(false);
        for (const o of ops) expect(o.text.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
