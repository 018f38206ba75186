/**
 * re-anchor 1,000 spans after edits: Parallax's reanchorAll against Hypothesis's way of anchoring
 * (approx-string-match with its scoring; test/helpers/hypothesis-baseline.ts) on the labelled
 * cases of test/helpers/anchoring-corpus.ts built from the five seed articles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reanchorAll, type Span } from '@shared/anchoring';
import { makeReanchorCase, type ReanchorCase } from '../../../test/helpers/anchoring-corpus';
import { hypothesisAnchor } from '../../../test/helpers/hypothesis-baseline';
import { timeTasks } from '../measure';
import type { Benchmark } from '../types';

interface Tally {
  correct: number;
  wrong: number;
  orphaned: number;
  live: number;
}

/** As in test/shared/anchoring/reanchor.test.ts: a span is right only at exactly its true place. */
function tally(expected: (Span | null)[], got: (Span | null)[], into: Tally): void {
  expected.forEach((want, i) => {
    const have = got[i] ?? null;
    if (want) into.live++;
    if (have === null) into.orphaned++;
    else if (want && want.start === have.start && want.end === have.end) into.correct++;
    else into.wrong++;
  });
}

export function seedTexts(repo: string): string[] {
  const dir = resolve(repo, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(resolve(dir, f), 'utf8'));
}

export const reanchor: Benchmark = {
  name: 're-anchor 1,000 spans after edits',
  kind: 'node',
  async run(ctx) {
    const seeds = seedTexts(ctx.repo);
    // 5 seeds x 2 PRNG seeds x 100 spans, as the unit test's labelled set (10 spans each when tiny).
    const perCase = ctx.tiny ? 10 : 100;
    const cases: ReanchorCase[] = seeds.flatMap((seed) => [1, 2].map((prng) => makeReanchorCase(seed, perCase, prng)));
    const spanCount = cases.reduce((n, c) => n + c.spans.length, 0);
    ctx.log(`${spanCount} spans over ${cases.length} edited articles`);

    let oursOut: (Span | null)[][] = [];
    let baseOut: (Span | null)[][] = [];
    const timings = await timeTasks(
      {
        ours: () => {
          oursOut = cases.map((c) => reanchorAll(c.oldText, c.newText, c.spans).map(({ result }) => (result.status === 'orphan' ? null : result.span)));
        },
        baseline: () => {
          baseOut = cases.map((c) => c.spans.map(({ selectors }) => hypothesisAnchor(c.newText, selectors)));
        },
      },
      ctx,
    );
    const mine: Tally = { correct: 0, wrong: 0, orphaned: 0, live: 0 };
    const base: Tally = { correct: 0, wrong: 0, orphaned: 0, live: 0 };
    cases.forEach((c, i) => {
      tally(c.expected, oursOut[i] ?? [], mine);
      tally(c.expected, baseOut[i] ?? [], base);
    });
    const label = ctx.tiny ? `re-anchor ${spanCount} spans after edits` : 're-anchor 1,000 spans after edits';
    const timeRatio = timings.ours.median / timings.baseline.median;
    const recall = (t: Tally) => (100 * t.correct) / Math.max(1, t.live);
    return [
      { name: `${label}: time`, value: timings.ours.median, unit: 'ms', baseline: timings.baseline.median, ratio: timeRatio, target: 'time <= 1.0x', met: timeRatio <= 1.0 },
      {
        name: `${label}: recall`,
        value: recall(mine),
        unit: '%',
        baseline: recall(base),
        ratio: recall(mine) / Math.max(1e-9, recall(base)),
        target: 'recall >= baseline',
        met: recall(mine) >= recall(base),
      },
      { name: `${label}: wrong anchors`, value: mine.wrong, unit: 'spans', baseline: base.wrong, ratio: null, target: '0 wrong', met: mine.wrong === 0 },
    ];
  },
};
