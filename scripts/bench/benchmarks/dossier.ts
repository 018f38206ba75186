/**
 * dossier 200 articles, 2,000 highlights: the HTML dossier with every section on
 * (`dossierHtml(input, DEFAULT_DOSSIER_OPTIONS)`, in Node), and the same HTML printed to PDF by
 * Debian's Chromium through playwright-core with the CLI's print options (src/cli/pdf.ts). No
 * baseline: the targets are absolute (HTML < 1 s, PDF < 5 s).
 *
 * The PDF figure is what a person waits for in the app, where the engine is already running:
 * Chromium is launched and its print pages opened once, untimed; each run cuts the HTML into parts,
 * loads each into its page and prints them at the same time, then merges the parts into one PDF
 * (`printHtml`: split, setContent + page.pdf per part, merge with pdf-lib). The CLI's `renderPdf` also launches a
 * browser per dossier; that start-up is not part of the figure. The PDF is checked (untimed):
 * it must start with %PDF, its pages are counted with pdfjs, and every internal link must lead
 * to a page.
 *
 * The input is built from the seeded synthetic corpus (scripts/bench/corpus), the same every run:
 * the articles as the app stores them (their prose as the text), a codebook of 20 tags three levels
 * deep, highlights of sentence length (a sentence, a clause or two sentences; 1-3 tags each)
 * spread unevenly over the articles, notes in Lexical JSON with bold and italic runs and 1-3 span
 * links each (most to highlighted passages), on a passage, on an article or free-standing, and
 * the comparison of a handful of articles of one story, so that every section has content.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { effectiveMetadata, formatPublished } from '@shared/article-view';
import { compareArticles } from '@shared/compare';
import { sentences } from '@shared/compare/sentences';
import { DEFAULT_DOSSIER_OPTIONS, type DossierArticle, type DossierInput, dossierHtml } from '@shared/dossier';
import { PART_LINK_PREFIX } from '@shared/dossier/pdf-parts';
import type { ArticleRecord, HighlightRecord, NoteRecord, SpanCitation, TagRecord } from '@shared/model';
import { launchPrintBrowser, newPrintPages, printHtml } from '../../../src/cli/pdf';
import { lexical, lexicalNodes, selectorsOf } from '../../../test/helpers/dossier-records';
import { browserUnavailable, CHROMIUM } from '../browser/harness';
import { generateCorpus } from '../corpus/generate';
import { furnitureOf, storedArticleRecord } from '../corpus/records';
import { makeRng, type Rng } from '../corpus/rng';
import { timeTasks } from '../measure';
import type { Benchmark, Figure } from '../types';

export interface DossierCorpusOptions {
  articles: number;
  highlights: number;
  notes: number;
  /** How many articles of one story the comparison holds. */
  compared: number;
  seed?: number;
}

interface Span {
  start: number;
  end: number;
}

const SEED = 7200;
/** When the person started coding: every record's timestamps count from here. */
const T0 = Date.UTC(2024, 5, 3, 8, 0, 0);
const KB = 1024;

/** The codebook: 4 top-level tags, 14 under them, 2 under those (20). [id, name, parent, colour] */
const CODEBOOK: [string, string, string | null, string][] = [
  ['t-framing', 'Framing', null, '#3a86ff'],
  ['t-conflict', 'Conflict', 't-framing', '#e4572e'],
  ['t-military', 'Military threat', 't-conflict', '#b5179e'],
  ['t-economic', 'Economic pressure', 't-conflict', '#f77f00'],
  ['t-cooperation', 'Cooperation', 't-framing', '#2d6a4f'],
  ['t-blame', 'Blame', 't-framing', '#9d0208'],
  ['t-uncertainty', 'Uncertainty', 't-framing', '#6c757d'],
  ['t-actors', 'Actors', null, '#8338ec'],
  ['t-government', 'Government', 't-actors', '#5a189a'],
  ['t-opposition', 'Opposition', 't-actors', '#c77dff'],
  ['t-intl', 'International bodies', 't-actors', '#4361ee'],
  ['t-experts', 'Experts and analysts', 't-actors', '#4895ef'],
  ['t-sourcing', 'Sourcing', null, '#ff006e'],
  ['t-official', 'Official statement', 't-sourcing', '#d00000'],
  ['t-anonymous', 'Anonymous source', 't-sourcing', '#ffba08'],
  ['t-wire', 'Wire copy', 't-sourcing', '#3f37c9'],
  ['t-tone', 'Tone', null, '#fb5607'],
  ['t-alarmist', 'Alarmist', 't-tone', '#e85d04'],
  ['t-measured', 'Measured', 't-tone', '#52b788'],
  ['t-hopeful', 'Hopeful', 't-tone', '#80b918'],
];

const NOTE_OPENERS = [
  'Framing differs: ',
  'Note how the conflict is put: ',
  'The wire copy reads ',
  'Attribution is vague here: ',
  'Compare the wording: ',
  'Same event, different emphasis: ',
  'Who is speaking? ',
];
const NOTE_JOINS = [' against ', '; compare ', ', while another outlet has ', ' versus ', '. Later: '];
const NOTE_CLOSINGS = ['.', ' — worth a follow-up.', '. Check the original statement.', '. The quote is reworded.'];
/** Second paragraphs: runs of [text, Lexical format bits (1 bold, 2 italic)]. */
const NOTE_REMARKS: [string, number][][] = [
  [['Only ', 0], ['one outlet', 1], [' names the source; the others lean on agency copy.', 0]],
  [['Possible ', 0], ['framing shift', 2], [' between the first reports and the follow-ups.', 0]],
  [['To do: ', 1], ['check whether the figures match the official release.', 0]],
  [['The tone is ', 0], ['noticeably', 2], [' more alarmist than the agency text it rewrites.', 0]],
  [['Coded as ', 0], ['Conflict', 1], [' although the speaker stresses cooperation.', 0]],
  [['The dateline and the byline disagree on ', 0], ['where', 2], [' this was reported from.', 0]],
];

/** "Outlet, 19 May 2021", else the headline: how the app's citations name their source. */
function sourceLabel(record: ArticleRecord): string {
  const meta = effectiveMetadata(record);
  const date = formatPublished(meta.published);
  if (meta.outlet) return date ? `${meta.outlet}, ${date}` : meta.outlet;
  return meta.title ?? record.sourceName;
}

/** How a citation reads in a note's plain text (as the notes editor writes it). */
const citationText = (c: SpanCitation) => `“${c.quote.replace(/\s+/g, ' ').trim()}” (${c.sourceLabel})`;

/** Sentences worth highlighting: between 25 and 400 characters. */
function passageSpans(text: string): Span[] {
  return sentences(text).filter((s) => s.end - s.start >= 25 && s.end - s.start <= 400);
}

/** A passage a person would highlight around sentence i: the sentence, one of its clauses, or it and the next one. */
function passageAt(rng: Rng, text: string, spans: Span[], i: number): Span {
  const s = spans[i]!;
  const r = rng.next();
  if (r < 0.2) {
    const comma = text.indexOf(', ', s.start);
    if (comma > 0 && comma < s.end) {
      const first = { start: s.start, end: comma };
      const second = { start: comma + 2, end: s.end };
      const clause = rng.chance(0.5) ? first : second;
      if (clause.end - clause.start >= 25) return clause;
    }
  } else if (r < 0.32) {
    const next = spans[i + 1];
    if (next && !text.slice(s.end, next.start).includes('\n')) return { start: s.start, end: next.end };
  }
  return { start: s.start, end: s.end };
}

/** The generated articles as the app stores them: the prose as the text, metadata with where it was found. */
function articlesOf(count: number, seed: number): { article: DossierArticle; story: number }[] {
  return generateCorpus({ articles: count, seed, files: false }).map((g, i) => {
    const id = `art-${String(i + 1).padStart(4, '0')}`;
    const record = storedArticleRecord(g, id, g.body, T0 - (count - i) * 60_000);
    return { article: { record, text: g.body, boilerplate: furnitureOf(g) }, story: g.story };
  });
}

/** How many highlights each article gets: at least one while they last, the rest unevenly (some articles are coded closely). */
function allocate(rng: Rng, total: number, capacity: number[]): number[] {
  const counts = capacity.map((c, i): number => (i < total && c > 0 ? 1 : 0));
  const weights = capacity.map((c) => (c > 0 ? 0.15 + rng.next() ** 2 : 0));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const room = capacity.reduce((a, b) => a + b, 0);
  let left = Math.min(total, room) - counts.reduce((a, b) => a + b, 0);
  while (left > 0) {
    let r = rng.next() * weightSum;
    let i = 0;
    while (i < weights.length - 1 && (r -= weights[i]!) >= 0) i++;
    if (counts[i]! < capacity[i]!) {
      counts[i]!++;
      left--;
    }
  }
  return counts;
}

/** The dossier's material, the same for the same options. */
export function dossierCorpus(options: DossierCorpusOptions): DossierInput {
  const rng = makeRng(options.seed ?? SEED);
  const generated = articlesOf(options.articles, options.seed ?? SEED);
  const byDate = (a: DossierArticle, b: DossierArticle) =>
    (a.record.published ?? '').localeCompare(b.record.published ?? '') || (a.record.title ?? '').localeCompare(b.record.title ?? '') || a.record.id.localeCompare(b.record.id);
  const articles = generated.map((g) => g.article).sort(byDate);

  const tags: TagRecord[] = CODEBOOK.map(([id, name, parentId, color], i) => ({
    id,
    name,
    color,
    description: parentId ? '' : `Top-level code: ${name.toLowerCase()}.`,
    parentId,
    order: CODEBOOK.slice(0, i).filter(([, , p]) => p === parentId).length,
    createdAt: T0 - 86_400_000 + i * 1000,
  }));
  const codable = tags.filter((t) => t.parentId !== null).map((t) => t.id);

  // Highlights, article by article, in the order a person codes them.
  const spans = articles.map((a) => passageSpans(a.text));
  const counts = allocate(rng.fork('allocate'), options.highlights, spans.map((s) => s.length));
  const highlights: HighlightRecord[] = [];
  articles.forEach((a, ai) => {
    const indices = rng.sample(
      spans[ai]!.map((_, i) => i),
      counts[ai]!,
    );
    for (const i of indices.sort((x, y) => x - y)) {
      const { start, end } = passageAt(rng, a.text, spans[ai]!, i);
      const k = highlights.length;
      const createdAt = T0 + k * 45_000;
      const tagIds = rng.sample(codable, rng.chance(0.6) ? 1 : rng.chance(0.75) ? 2 : 3);
      highlights.push({
        id: `hl-${String(k + 1).padStart(5, '0')}`,
        articleId: a.record.id,
        start,
        end,
        selectors: selectorsOf(a.text, start, end),
        tagIds,
        anchorStatus: 'anchored',
        createdAt,
        updatedAt: rng.chance(0.2) ? createdAt + rng.int(1, 600) * 60_000 : createdAt,
      });
    }
  });

  // Notes with span links: most to highlighted passages, some to other sentences.
  const byArticle = new Map(articles.map((a, i) => [a.record.id, { article: a, spans: spans[i]! }]));
  const citationOf = (): SpanCitation => {
    if (highlights.length && rng.chance(0.7)) {
      const h = rng.pick(highlights);
      const a = byArticle.get(h.articleId)!.article;
      return { articleId: a.record.id, start: h.start, end: h.end, selectors: h.selectors, quote: a.text.slice(h.start, h.end), sourceLabel: sourceLabel(a.record), highlightId: h.id };
    }
    let entry = byArticle.get(rng.pick(articles).record.id)!;
    while (!entry.spans.length) entry = byArticle.get(rng.pick(articles).record.id)!;
    const s = rng.pick(entry.spans);
    const a = entry.article;
    return { articleId: a.record.id, start: s.start, end: s.end, selectors: selectorsOf(a.text, s.start, s.end), quote: a.text.slice(s.start, s.end), sourceLabel: sourceLabel(a.record), highlightId: null };
  };
  const { text, paragraph, spanLink } = lexicalNodes;
  const notes: NoteRecord[] = [];
  for (let k = 0; k < options.notes; k++) {
    const citations = Array.from({ length: rng.chance(0.5) ? 1 : rng.chance(0.7) ? 2 : 3 }, citationOf);
    const opener = rng.pick(NOTE_OPENERS);
    const closing = rng.pick(NOTE_CLOSINGS);
    const first: unknown[] = [text(opener)];
    let plain = opener;
    citations.forEach((c, i) => {
      if (i > 0) {
        const join = rng.pick(NOTE_JOINS);
        first.push(text(join));
        plain += join;
      }
      first.push(spanLink(c));
      plain += citationText(c);
    });
    first.push(text(closing));
    plain += closing;
    const blocks = [paragraph(...first)];
    for (let extra = rng.chance(0.6) ? rng.int(1, 2) : 0; extra > 0; extra--) {
      const remark = rng.pick(NOTE_REMARKS);
      blocks.push(paragraph(...remark.map(([t, format]) => text(t, format))));
      plain += `\n\n${remark.map(([t]) => t).join('')}`;
    }
    // On a highlighted passage, on an article, or free-standing (in the dossier through what it cites).
    const cited = citations.find((c) => c.highlightId !== null);
    const r = rng.next();
    const onHighlight = r < 0.35 && cited ? cited.highlightId : null;
    const articleId = onHighlight ? cited!.articleId : r < 0.75 ? citations[0]!.articleId : null;
    const createdAt = T0 + highlights.length * 45_000 + k * 300_000;
    notes.push({
      id: `note-${String(k + 1).padStart(4, '0')}`,
      content: lexical(...blocks),
      plainText: plain,
      articleId,
      highlightId: onHighlight,
      citedArticleIds: [...new Set(citations.map((c) => c.articleId))],
      createdAt,
      updatedAt: rng.chance(0.3) ? createdAt + rng.int(1, 120) * 60_000 : createdAt,
    });
  }

  // The comparison of a handful of articles of one story (the first story with enough of them).
  const stories = new Map<number, DossierArticle[]>();
  for (const g of generated) stories.set(g.story, [...(stories.get(g.story) ?? []), g.article]);
  const story = [...stories.values()].find((list) => list.length >= options.compared) ?? [...stories.values()].reduce((a, b) => (b.length > a.length ? b : a));
  const compared = story.slice(0, options.compared);
  const comparison = compared.length >= 2 ? compareArticles(compared.map((a) => ({ id: a.record.id, text: a.text, title: a.record.title }))) : null;

  return {
    title: `Synthetic corpus: ${articles.length} articles, ${highlights.length.toLocaleString('en-US')} highlights`,
    createdAt: new Date(T0 + 30 * 86_400_000).toISOString(),
    articles,
    tags,
    highlights,
    notes,
    comparison,
  };
}

/** The PDF's pages, and its internal links: each must lead to a page (none left pointing at another printed part). */
async function pdfPages(pdf: Uint8Array): Promise<{ pages: number; links: number }> {
  const doc = await getDocument({ data: pdf.slice() }).promise;
  try {
    let links = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      for (const a of await (await doc.getPage(n)).getAnnotations()) {
        if (a.subtype !== 'Link') continue;
        const url: unknown = a.url ?? a.unsafeUrl;
        if (typeof url === 'string' && url.startsWith(PART_LINK_PREFIX)) throw new Error(`page ${n} links to another printed part (${url})`);
        if (typeof a.dest !== 'string') continue;
        const dest = await doc.getDestination(a.dest);
        if (!dest || (await doc.getPageIndex(dest[0])) < 0) throw new Error(`page ${n} links to #${a.dest}, which is nowhere in the PDF`);
        links++;
      }
    }
    return { pages: doc.numPages, links };
  } finally {
    await doc.destroy();
  }
}

export const dossier: Benchmark = {
  name: 'dossier 200 articles, 2,000 highlights',
  kind: 'browser',
  unavailable: () => browserUnavailable(),
  async run(ctx) {
    const size = ctx.tiny ? { articles: 10, highlights: 50, notes: 5, compared: 3 } : { articles: 200, highlights: 2000, notes: 100, compared: 5 };
    const input = dossierCorpus(size);
    const textKb = input.articles.reduce((n, a) => n + a.text.length, 0) / KB;
    const links = input.notes.reduce((n, note) => n + note.content.split('"span-link"').length - 1, 0);
    ctx.log(
      `${input.articles.length} articles (${textKb.toFixed(0)} KB of text), ${input.tags.length} tags, ${input.highlights.length} highlights, ` +
        `${input.notes.length} notes with ${links} span links, comparison of ${input.comparison?.articles.length ?? 0} articles`,
    );
    const label = ctx.tiny
      ? `dossier ${input.articles.length} articles, ${input.highlights.length.toLocaleString('en-US')} highlights`
      : 'dossier 200 articles, 2,000 highlights';

    let html = '';
    const htmlTime = await timeTasks({ html: () => (html = dossierHtml(input, DEFAULT_DOSSIER_OPTIONS)) }, ctx);
    const marks = html.split('<mark').length - 1;
    if (marks < input.highlights.length) throw new Error(`the HTML marks ${marks} passages, fewer than the ${input.highlights.length} highlights`);
    ctx.log(`HTML: ${(Buffer.byteLength(html) / KB / KB).toFixed(2)} MB, ${marks} marked passages`);

    const browser = await launchPrintBrowser(CHROMIUM);
    let pdf: Uint8Array = new Uint8Array(0);
    let pdfTime;
    try {
      const pages = await newPrintPages(browser);
      pdfTime = await timeTasks({ pdf: async () => void (pdf = await printHtml(pages, html)) }, ctx);
    } finally {
      await browser.close();
    }
    if (new TextDecoder().decode(pdf.subarray(0, 4)) !== '%PDF') throw new Error('the printed dossier is not a PDF (it does not start with %PDF)');
    const printed = await pdfPages(pdf);
    ctx.log(`PDF: ${(pdf.byteLength / KB / KB).toFixed(2)} MB, ${printed.pages} pages (A4), ${printed.links.toLocaleString('en-US')} internal links, each to a page`);

    const figures: Figure[] = [
      { name: `${label}: HTML`, value: htmlTime.html.median, unit: 'ms', baseline: null, ratio: null, target: '< 1 s', met: htmlTime.html.median < 1000 },
      { name: `${label}: PDF`, value: pdfTime.pdf.median, unit: 'ms', baseline: null, ratio: null, target: '< 5 s', met: pdfTime.pdf.median < 5000 },
    ];
    return figures;
  },
};
