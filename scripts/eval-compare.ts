/**
 * Measures Compare and "Group into stories" against the labelled set (test/fixtures/compare-labelled):
 *
 *   npm run eval:compare            figures for the development and the held-out half
 *   npm run eval:compare -- --dev   ... and the development half's misses (never read the held-out half's)
 */
import { compareArticles } from '../src/shared/compare';
import { groupStories } from '../src/shared/compare/stories';
import { bcubed, type CompareFigures, emptyFigures, loadCorpus, loadStories, ratio, scoreComparison, SPLITS, type Tally } from './lib/compare-labelled';

const showMisses = process.argv.includes('--dev');
const pct = (t: Tally) => `${(100 * ratio(t)).toFixed(1)}% (${t.hit}/${t.of})`;

for (const split of SPLITS) {
  const f: CompareFigures = emptyFigures();
  for (const story of loadStories(split)) scoreComparison(story, compareArticles(story.articles), f);
  const corpus = loadCorpus(split);
  const grouped = groupStories(corpus.map((a) => ({ id: a.id, title: a.title, text: a.text, published: a.published, outlet: a.outlet })));
  const b = bcubed(grouped.stories.map((s) => s.articles), new Map(corpus.map((a) => [a.id, a.story])));
  console.log(`== ${split} ==`);
  console.log(`quotes found        ${pct(f.quoteRecall)}   target >= 90%`);
  console.log(`quote precision     ${pct(f.quotePrecision)}   target >= 95%`);
  console.log(`speaker right       ${pct(f.speakerNamed)}   target >= 90%`);
  console.log(`no speaker, right   ${pct(f.speakerNone)}`);
  console.log(`variants grouped    ${pct(f.variantsGrouped)}   target >= 90%`);
  console.log(`different apart     ${pct(f.differentApart)}   target 100%`);
  console.log(`bad variants        ${f.badVariants.length}`);
  console.log(`unique sentences    ${((100 * f.uniqueSentences) / f.sentences).toFixed(1)}% (${f.uniqueSentences}/${f.sentences})   target < 25%`);
  console.log(`unique facts kept   ${pct(f.uniqueKept)}`);
  console.log(`stories B-cubed     F1 ${b.f1.toFixed(3)} (P ${b.precision.toFixed(3)}, R ${b.recall.toFixed(3)}) on ${new Set(corpus.map((a) => a.story)).size} stories, ${corpus.length} articles   target >= 0.9`);
  if (showMisses && split === 'dev') {
    for (const [label, t] of Object.entries(f)) if (t && typeof t === 'object' && 'misses' in t) for (const m of (t as Tally).misses) console.log(`  ${label}: ${m}`);
    for (const m of f.badVariants) console.log(`  bad variant: ${m}`);
    for (const s of grouped.stories) console.log(`  story "${s.title}": ${s.articles.join(', ')}`);
  }
}
