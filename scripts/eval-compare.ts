/**
 * Measures Compare and "Group into stories" against the labelled set (test/fixtures/compare-labelled):
 *
 *   npm run eval:compare            figures for the development and the held-out half, each whole
 *                                   and for its blind part alone (written by a session that never
 *                                   read the code)
 *   npm run eval:compare -- --dev   ... and the development half's misses (never read the held-out half's)
 */
import { compareArticles } from '../src/shared/compare';
import { groupStories } from '../src/shared/compare/stories';
import { bcubed, type CompareFigures, type CorpusArticle, emptyFigures, type LabelledStory, loadCorpus, loadStories, ratio, scoreComparison, SPLITS, type Tally } from './lib/compare-labelled';

const showMisses = process.argv.includes('--dev');
const pct = (t: Tally) => `${(100 * ratio(t)).toFixed(1)}% (${t.hit}/${t.of})`;

function report(title: string, stories: LabelledStory[], corpus: CorpusArticle[], misses: boolean): void {
  const f: CompareFigures = emptyFigures();
  for (const story of stories) scoreComparison(story, compareArticles(story.articles), f);
  const grouped = groupStories(corpus.map((a) => ({ id: a.id, title: a.title, text: a.text, published: a.published, outlet: a.outlet })));
  const b = bcubed(grouped.stories.map((s) => s.articles), new Map(corpus.map((a) => [a.id, a.story])));
  console.log(`== ${title} (${stories.length} quote stories) ==`);
  console.log(`quotes found        ${pct(f.quoteRecall)}   target >= 90%`);
  console.log(`quote precision     ${pct(f.quotePrecision)}   target >= 95%`);
  console.log(`speaker right       ${pct(f.speakerNamed)}   target >= 90%`);
  console.log(`no speaker, right   ${pct(f.speakerNone)}`);
  console.log(`variants grouped    ${pct(f.variantsGrouped)}   target >= 90%`);
  console.log(`different apart     ${pct(f.differentApart)}   target 100%`);
  console.log(`bad variants        ${f.badVariants.length}`);
  console.log(`unique sentences    ${f.sentences === 0 ? '-' : ((100 * f.uniqueSentences) / f.sentences).toFixed(1)}% (${f.uniqueSentences}/${f.sentences})   target < 25%`);
  console.log(`unique facts kept   ${pct(f.uniqueKept)}`);
  console.log(`stories B-cubed     F1 ${b.f1.toFixed(3)} (P ${b.precision.toFixed(3)}, R ${b.recall.toFixed(3)}) on ${new Set(corpus.map((a) => a.story)).size} stories, ${corpus.length} articles   target >= 0.9`);
  if (!misses) return;
  for (const [label, t] of Object.entries(f)) if (t && typeof t === 'object' && 'misses' in t) for (const m of (t as Tally).misses) console.log(`  ${label}: ${m}`);
  for (const m of f.badVariants) console.log(`  bad variant: ${m}`);
  const storyOf = new Map(corpus.map((a) => [a.id, a.story]));
  for (const s of grouped.stories) if (new Set(s.articles.map((id) => storyOf.get(id))).size > 1) console.log(`  stories merged: ${s.articles.map((id) => `${id} (${storyOf.get(id)})`).join(', ')}`);
  for (const story of new Set(corpus.map((a) => a.story))) {
    const parts = new Set(corpus.filter((a) => a.story === story).map((a) => grouped.stories.findIndex((s) => s.articles.includes(a.id))));
    if (parts.size > 1) console.log(`  story split in ${parts.size}: ${story}`);
  }
}

for (const split of SPLITS) {
  const stories = loadStories(split);
  const corpus = loadCorpus(split);
  report(split, stories, corpus, showMisses && split === 'dev');
  report(`${split}, blind part`, stories.filter((s) => s.blind), corpus.filter((a) => a.blind), false);
}
