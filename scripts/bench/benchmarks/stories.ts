/**
 * Group into stories (issue 13): the seeded corpus of 1,000 and 10,000 articles grouped by
 * `groupStories`. Targets: 10,000 articles under 10 s, and near-linear growth: ten times the
 * articles may take at most 15 times as long (quadratic work would take about 100 times).
 * The B-cubed F1 against the generator's own story numbers is logged as a check that the work
 * done is the real one.
 */
import { groupStories } from '@shared/compare/stories';
import { bcubed } from '../../lib/compare-labelled';
import { generateCorpus } from '../corpus/generate';
import { timeTasks } from '../measure';
import type { Benchmark, Figure } from '../types';

/** Ten times the articles in at most this many times the time: near-linear. */
const MAX_GROWTH = 15;

export const stories: Benchmark = {
  name: 'stories 1,000 and 10,000 articles',
  kind: 'node',
  async run(ctx) {
    const sizes = ctx.tiny ? [100, 1000] : [1000, 10000];
    const medians: number[] = [];
    const figures: Figure[] = [];
    for (const n of sizes) {
      const corpus = generateCorpus({ articles: n, files: false });
      const inputs = corpus.map((a) => ({ id: String(a.index), title: a.title, text: a.body, published: a.published, outlet: a.outlet }));
      const { ours } = await timeTasks({ ours: () => groupStories(inputs) }, { runs: ctx.tiny || n > 1000 ? 1 : ctx.runs, warmups: ctx.tiny ? 0 : 1 });
      const grouped = groupStories(inputs);
      const f1 = bcubed(grouped.stories.map((s) => s.articles), new Map(corpus.map((a) => [String(a.index), String(a.story)]))).f1;
      ctx.log(`stories ${n}: ${grouped.stories.length} stories (generator: ${new Set(corpus.map((a) => a.story)).size}), B-cubed F1 ${f1.toFixed(3)}`);
      medians.push(ours.median);
      figures.push({ name: `stories ${n.toLocaleString('en')} articles`, value: ours.median, unit: 'ms', baseline: null, ratio: null, target: n >= 10000 ? '< 10 s' : '-', met: n >= 10000 ? ours.median < 10_000 : true });
    }
    const growth = medians[1]! / medians[0]!;
    figures.push({ name: `stories growth ${sizes[0]!.toLocaleString('en')} -> ${sizes[1]!.toLocaleString('en')}`, value: growth, unit: 'x', baseline: null, ratio: null, target: `<= ${MAX_GROWTH}x (linear 10x)`, met: growth <= MAX_GROWTH });
    return figures;
  },
};
