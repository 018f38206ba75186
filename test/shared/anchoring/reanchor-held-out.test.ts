import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reanchorAll } from '@shared/anchoring';
import { parseArticleFile } from '@shared/ingest';
import { type AnchorTally, makeReanchorCase, type ReanchorCase, tallyAnchors } from '../../helpers/anchoring-corpus';
import { hypothesisAnchor } from '../../helpers/hypothesis-baseline';

/**
 * Re-anchoring on texts other than the five seeds it was built and tuned on: the article text
 * of Mozilla's Readability test pages as Parallax reads them (source.html through the app's HTML
 * reader; ../shared/corpora: real pages of many sites and styles).
 * Every 4th page is used (the suite stays quick); of those, the pages at odd places are held
 * out: when the anchoring code is changed, only the development half may be looked at (run
 * with `-t development`), so that the held-out figures stay an honest estimate.
 */
const PAGES_DIR = resolve(import.meta.dirname, '../../../../shared/corpora/readability-test-pages');
const PAGE_STEP = 4;
const SPANS_PER_PAGE = 30;
/** Pages shorter than this give too few places for 30 spans that do not overlap the edits. */
const MIN_TEXT = 1500;


async function pageTexts(): Promise<string[]> {
  const pages = readdirSync(PAGES_DIR).filter((name) => !name.startsWith('.')).sort();
  const texts: string[] = [];
  for (const page of pages.filter((_, i) => i % PAGE_STEP === 0)) {
    const outcome = await parseArticleFile({ name: 'source.html', bytes: new Uint8Array(readFileSync(resolve(PAGES_DIR, page, 'source.html'))) });
    if (outcome.ok && outcome.article.text.length >= MIN_TEXT) texts.push(outcome.article.text);
  }
  return texts;
}

function measure(cases: ReanchorCase[]): { ours: AnchorTally; baseline: AnchorTally } {
  const ours: AnchorTally = { correct: 0, wrong: 0, orphaned: 0, live: 0, dead: 0 };
  const baseline: AnchorTally = { ...ours };
  for (const c of cases) {
    const mine = tallyAnchors(c.expected, reanchorAll(c.oldText, c.newText, c.spans).map(({ result }) => (result.status === 'orphan' ? null : result.span)));
    const theirs = tallyAnchors(c.expected, c.spans.map(({ selectors }) => hypothesisAnchor(c.newText, selectors)));
    for (const k of Object.keys(ours) as (keyof AnchorTally)[]) {
      ours[k] += mine[k];
      baseline[k] += theirs[k];
    }
  }
  return { ours, baseline };
}

const line = (name: string, t: AnchorTally) => `${name}: recall ${((100 * t.correct) / t.live).toFixed(2)}% (${t.correct}/${t.live} live), wrong ${t.wrong}, orphaned ${t.orphaned}`;

describe('re-anchoring articles it was never tuned on (Readability test pages)', () => {
  let development: ReanchorCase[] = [];
  let heldOut: ReanchorCase[] = [];
  beforeAll(async () => {
    const texts = await pageTexts();
    const cases = texts.map((text) => makeReanchorCase(text, SPANS_PER_PAGE, 1));
    development = cases.filter((_, i) => i % 2 === 0);
    heldOut = cases.filter((_, i) => i % 2 === 1);
  }, 120_000);

  for (const [half, cases] of [['development', () => development], ['held-out', () => heldOut]] as const) {
    // The seeds' "0 wrong anchors" does not carry over: on 2026-12-03 the development half gave
    // 18 wrong anchors (the held-out half 0), each a span its edit deleted whose words (a few
    // characters: a short word) were found elsewhere. Until the re-anchoring work of issue 15
    // makes it 0, what is asserted is that it stays well under the baseline's; the figures are logged.
    it(`makes fewer wrong anchors than the Hypothesis baseline on the ${half} half, and logs both`, () => {
      const { ours, baseline } = measure(cases());
      console.log([`re-anchoring, ${half} half of the Readability pages (${cases().length} articles):`, line('  reanchorAll          ', ours), line('  Hypothesis matchQuote', baseline)].join('\n'));
      expect(cases().length).toBeGreaterThanOrEqual(10);
      expect(ours.wrong).toBeLessThan(baseline.wrong / 2);
    });
  }
});
