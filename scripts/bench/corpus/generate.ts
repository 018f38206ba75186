/**
 * A synthetic news corpus for benchmarks: stories, each covered by several outlets, with the
 * quotes every outlet shares (some slightly reworded), wire paragraphs reprinted verbatim,
 * datelines and agency credits, and the page furniture copied text carries (related links,
 * comment forms, credit and copyright lines). Files come in the formats people import: mostly
 * .txt, some .md, .html and .docx.
 *
 * Deterministic: the same options give byte-identical files (a seeded PRNG, never Math.random).
 * Pure TypeScript (no node:*), so a benchmark can generate in memory, in Node or in a page.
 */
import { strToU8, zipSync } from 'fflate';
import {
  ADJECTIVES,
  AGENCIES,
  COMMENT_FORMS,
  CREDIT_LINES,
  FIRST_NAMES,
  MONTHS,
  MONTHS_SHORT,
  NOUNS,
  ORGANISATIONS,
  OUTLETS,
  type Outlet,
  QUOTE_OBJECTS,
  QUOTE_OPENERS,
  QUOTE_TAILS,
  RELATED_HEADINGS,
  RELATED_TITLES,
  ROLES,
  SYNONYMS,
  syllableName,
  TOPICS,
  VERBS,
  WEEKDAYS,
} from './lexicon';
import { makeRng, type Rng } from './rng';

export type CorpusFormat = 'txt' | 'md' | 'html' | 'docx';

export interface CorpusOptions {
  articles: number;
  seed?: number;
  /** Relative weights of the formats. Default: txt 70, md 12, html 12, docx 6. */
  formats?: Partial<Record<CorpusFormat, number>>;
  /** Render the files' bytes (default true). Off, only the plain fields are filled: faster for in-memory use. */
  files?: boolean;
}

export interface GeneratedArticle {
  /** 0-based position in the corpus. */
  index: number;
  /** A file name, unique in the corpus: "00042-northern-ledger.txt". */
  name: string;
  format: CorpusFormat;
  story: number;
  outlet: string;
  title: string;
  authors: string[];
  /** ISO date, YYYY-MM-DD. */
  published: string;
  dateline: string;
  agencies: string[];
  /** The article's prose as plain text, paragraphs separated by blank lines, without headline or furniture. */
  body: string;
  /** The furniture lines the file carries after the body. */
  furniture: string[];
  /** The file's contents (empty when `files: false`). */
  bytes: Uint8Array;
}

export const DEFAULT_SEED = 20210519;
const DEFAULT_FORMATS: Record<CorpusFormat, number> = { txt: 70, md: 12, html: 12, docx: 6 };

interface Person {
  name: string;
  role: string;
  country: string;
}

interface Quote {
  speaker: Person;
  text: string;
}

interface Story {
  index: number;
  rng: Rng;
  topic: (typeof TOPICS)[number];
  date: Date;
  city: string;
  country: string;
  countries: string[];
  people: Person[];
  org: string;
  quotes: Quote[];
  wire: string[];
  agency: string;
  keywords: string[];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "a" or "an" before a word. */
const withArticle = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const longDate = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;

function makeStory(index: number, root: Rng): Story {
  const rng = root.fork(`story-${index}`);
  const topic = rng.pick(TOPICS);
  const countries = Array.from({ length: rng.int(2, 3) }, () => syllableName(rng.next, rng.int(2, 3)) + rng.pick(['ia', 'land', 'stan', 'a', 'ovia', '']));
  const country = countries[0] ?? 'Norland';
  const city = syllableName(rng.next, rng.int(2, 3));
  const people: Person[] = Array.from({ length: rng.int(2, 4) }, (_, i) => ({
    name: `${rng.pick(FIRST_NAMES)} ${syllableName(rng.next, rng.int(2, 3))}`,
    role: rng.pick(ROLES),
    country: countries[i % countries.length] ?? country,
  }));
  const quotes: Quote[] = Array.from({ length: rng.int(3, 6) }, () => {
    const speaker = rng.pick(people);
    const tail = rng.chance(0.7) ? `, ${rng.pick(QUOTE_TAILS)}` : '';
    return { speaker, text: `${rng.pick(QUOTE_OPENERS)} ${rng.pick(QUOTE_OBJECTS)}${tail}` };
  });
  // 2019-01-01 plus up to ~5.5 years.
  const date = new Date(Date.UTC(2019, 0, 1) + rng.int(0, 2000) * 86_400_000);
  const story: Story = {
    index,
    rng,
    topic,
    date,
    city,
    country,
    countries,
    people,
    org: rng.pick(ORGANISATIONS),
    quotes,
    wire: [],
    agency: rng.pick(AGENCIES),
    keywords: rng.sample(topic.words, 6),
  };
  story.wire = Array.from({ length: rng.int(3, 5) }, () => paragraph(rng, story, rng.int(2, 3)));
  return story;
}

function nounPhrase(rng: Rng, story: Story): string {
  const r = rng.next();
  if (r < 0.35) return `the ${rng.chance(0.5) ? rng.pickZipf(ADJECTIVES) + ' ' : ''}${rng.pick(story.keywords)}`;
  if (r < 0.55) return `the ${rng.pickZipf(NOUNS)} of ${rng.pick(story.keywords)}`;
  if (r < 0.7) return `${rng.int(2, 90)} ${rng.pick(['of the', 'more', 'new'])} ${rng.pick(story.topic.words)}`;
  if (r < 0.8) return `the ${story.org}`;
  if (r < 0.9) return `${rng.pick(story.countries)}'s ${rng.pickZipf(NOUNS)}`;
  return withArticle(`${rng.pickZipf(ADJECTIVES)} ${rng.pickZipf(NOUNS)}`);
}

function subject(rng: Rng, story: Story): string {
  const r = rng.next();
  const person = rng.pick(story.people);
  if (r < 0.3) return person.name;
  if (r < 0.45) return `${person.country}'s ${person.role}`;
  if (r < 0.6) return `Officials in ${story.city}`;
  if (r < 0.7) return `The ${story.org}`;
  return cap(nounPhrase(rng, story));
}

function sentence(rng: Rng, story: Story): string {
  const r = rng.next();
  const when = rng.chance(0.3) ? ` on ${WEEKDAYS[story.date.getUTCDay()]}` : '';
  const where = rng.chance(0.3) ? ` in ${story.city}` : '';
  if (r < 0.45) return `${subject(rng, story)} ${rng.pickZipf(VERBS)} ${nounPhrase(rng, story)}${where}${when}.`;
  if (r < 0.65) {
    return `${subject(rng, story)} ${rng.pickZipf(VERBS)} that ${nounPhrase(rng, story)} would ${rng.pick(['affect', 'shape', 'delay', 'change', 'test', 'strain', 'ease'])} ${nounPhrase(rng, story)}${when}.`;
  }
  if (r < 0.8) {
    return `According to ${rng.pick(['analysts', 'officials', 'diplomats', 'people familiar with the matter', story.agency, 'a statement'])}, ${nounPhrase(rng, story)} ${rng.pick(['was', 'remained', 'had become'])} ${rng.pickZipf(ADJECTIVES)}${where}.`;
  }
  if (r < 0.9) return `${cap(rng.pick(['critics', 'observers', 'residents', 'opposition figures', 'business groups']))} ${rng.pick(['said', 'argued', 'warned'])} the ${rng.pickZipf(NOUNS)} ${rng.pick(['was', 'looked', 'seemed'])} ${rng.pickZipf(ADJECTIVES)} and ${rng.pickZipf(ADJECTIVES)}, ${rng.pick(QUOTE_TAILS)}.`;
  return `The ${rng.pick(['meeting', 'announcement', 'vote', 'decision', 'talks', 'report'])} comes ${rng.pick(['weeks', 'days', 'months'])} after ${nounPhrase(rng, story)} ${rng.pick(VERBS)} ${nounPhrase(rng, story)}.`;
}

function paragraph(rng: Rng, story: Story, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(rng, story)).join(' ');
}

/** The quote as this outlet prints it: now and then a word swapped, the tail dropped or the punctuation changed. */
function reword(rng: Rng, text: string): string {
  if (!rng.chance(0.35)) return text;
  const r = rng.next();
  if (r < 0.4) {
    const words = text.split(' ');
    const candidates = words.map((w, i) => (SYNONYMS[w] ? i : -1)).filter((i) => i >= 0);
    if (candidates.length) {
      const i = rng.pick(candidates);
      words[i] = SYNONYMS[words[i] ?? ''] ?? words[i] ?? '';
      return words.join(' ');
    }
  }
  if (r < 0.7 && text.includes(', ')) return text.slice(0, text.lastIndexOf(', '));
  return text.replace(/, /, ' - ').replace(/\bwe\b/, 'we all');
}

interface Draft {
  title: string;
  authors: string[];
  dateline: string;
  agencies: string[];
  published: Date;
  paragraphs: string[];
  credit: string | null;
  related: { heading: string; titles: string[] } | null;
  comments: string[] | null;
  copyright: string | null;
}

function draftArticle(rng: Rng, story: Story, outlet: Outlet): Draft {
  const style = outlet.style;
  const [open, close] = style.curlyQuotes ? ['“', '”'] : ['"', '"'];
  const a = story.people[0] ?? { name: 'An official', role: 'official', country: story.country };
  const b = story.people[1] ?? a;
  const headlines = [
    `${a.name} and ${b.name} ${rng.pick(['clash over', 'agree on', 'discuss', 'signal progress on', 'fail to agree on'])} ${rng.pick(story.keywords)} in ${story.city}`,
    `${cap(rng.pick(story.keywords))} ${rng.pick(['talks', 'row', 'plan', 'deal', 'dispute'])}: ${story.country} ${rng.pick(['warns', 'pledges', 'insists', 'signals'])} ${rng.pick(['a tough line', 'cooperation', 'no retreat', 'patience'])}`,
    `${story.org} ${rng.pick(['meeting', 'report', 'vote', 'session'])} puts ${rng.pick(story.keywords)} ${rng.pick(['in focus', 'on the agenda', 'under scrutiny'])}`,
    `${cap(a.role)} ${a.name} ${rng.pick(['says', 'warns', 'promises'])} ${rng.pick(story.countries)} will ${rng.pick(['respond', 'cooperate', 'wait', 'act'])}`,
  ];
  const title = cap(rng.pick(headlines));
  const published = new Date(story.date.getTime() + rng.int(0, 2) * 86_400_000);
  const authors = rng.chance(style.byline)
    ? Array.from({ length: rng.chance(0.2) ? 2 : 1 }, () => `${rng.pick(FIRST_NAMES)} ${syllableName(rng.next, 2)}`)
    : [];
  const agencies: string[] = [];
  let dateline = '';
  if (rng.chance(style.dateline)) {
    const agency = rng.chance(0.7) ? story.agency : '';
    if (agency) agencies.push(agency);
    const dateText = rng.chance(0.6) ? `, ${MONTHS_SHORT[story.date.getUTCMonth()]} ${story.date.getUTCDate()}` : '';
    dateline = `${story.city.toUpperCase()}${dateText}${agency ? ` (${agency})` : ''}`;
  }

  const paragraphs: string[] = [];
  const lead = paragraph(rng, story, rng.int(1, 2));
  paragraphs.push(dateline ? `${dateline} ${style.dash} ${lead}` : lead);
  const quotes = rng.sample(story.quotes, rng.int(2, Math.min(4, story.quotes.length)));
  const wire = rng.chance(0.6) ? rng.sample(story.wire, rng.int(1, 3)) : [];
  const blocks: string[] = [];
  for (let i = rng.int(7, 14); i > 0; i--) blocks.push(paragraph(rng, story, rng.int(1, 4)));
  for (const q of quotes) {
    const text = reword(rng, q.text);
    const r = rng.next();
    blocks.push(
      r < 0.4
        ? `${open}${text},${close} ${q.speaker.name} said.`
        : r < 0.7
          ? `${q.speaker.name}, ${q.speaker.country}'s ${q.speaker.role}, said: ${open}${text}.${close}`
          : `${open}${text},${close} the ${q.speaker.role} told reporters in ${story.city}. ${sentence(rng, story)}`,
    );
  }
  for (const w of wire) blocks.push(w);
  rng.shuffle(blocks);
  paragraphs.push(...blocks);

  let credit: string | null = null;
  if (wire.length || rng.chance(0.3)) {
    const [ag1, ag2] = rng.sample(AGENCIES, 2);
    credit = rng
      .pick(CREDIT_LINES)
      .replace('{a}', ag1 ?? 'Reuters')
      .replace('{b}', ag2 ?? 'AP')
      .replace('{name}', `${rng.pick(FIRST_NAMES)} ${syllableName(rng.next, 2)}`)
      .replace('{name2}', `${rng.pick(FIRST_NAMES)} ${syllableName(rng.next, 2)}`)
      .replace('{outlet}', outlet.name);
    for (const ag of AGENCIES) if (credit.includes(ag) && !agencies.includes(ag)) agencies.push(ag);
  }
  const related = style.related && rng.chance(0.6) ? { heading: rng.pick(RELATED_HEADINGS), titles: rng.sample(RELATED_TITLES, rng.int(2, 4)) } : null;
  const comments = style.comments && rng.chance(0.7) ? rng.pick(COMMENT_FORMS) : null;
  const copyright = style.copyright ? `© ${published.getUTCFullYear()} ${outlet.name}. All rights reserved.` : null;
  return { title, authors, dateline, agencies, published, paragraphs, credit, related, comments, copyright };
}

function furnitureLines(d: Draft): string[] {
  const lines: string[] = [];
  if (d.credit) lines.push(d.credit);
  if (d.related) lines.push(d.related.heading, ...d.related.titles);
  if (d.comments) lines.push(...d.comments);
  if (d.copyright) lines.push(d.copyright);
  return lines;
}

function renderTxt(d: Draft, outlet: Outlet, rng: Rng): string {
  const head = [d.title, ''];
  if (rng.chance(0.5)) head.push(outlet.name, '');
  if (d.authors.length) head.push(`By ${d.authors.join(' and ')}`, '');
  if (rng.chance(0.5)) head.push(longDate(d.published), '');
  const sep = rng.chance(0.8) ? '\n\n' : '\n';
  const furniture = furnitureLines(d);
  return `${head.join('\n')}\n${d.paragraphs.join(sep)}\n\n${furniture.join('\n\n')}${furniture.length ? '\n' : ''}`;
}

function yamlString(s: string): string {
  return JSON.stringify(s);
}

function renderMd(d: Draft, outlet: Outlet): string {
  const front = ['---', `title: ${yamlString(d.title)}`];
  if (d.authors.length) front.push(`author: ${yamlString(d.authors.join(' and '))}`);
  front.push(`date: ${isoDate(d.published)}`, `source: ${yamlString(outlet.name)}`, '---', '');
  const body = [`# ${d.title}`, '', ...d.paragraphs.flatMap((p) => [p, ''])];
  if (d.credit) body.push(`*${d.credit}*`, '');
  if (d.related) body.push(`## ${d.related.heading}`, '', ...d.related.titles.map((t) => `- [${t}](https://${outlet.domain}/${slug(t)})`), '');
  if (d.comments) body.push(...d.comments.flatMap((c) => [c, '']));
  if (d.copyright) body.push(d.copyright, '');
  return front.join('\n') + body.join('\n');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function renderHtml(d: Draft, outlet: Outlet, rng: Rng): string {
  const e = escapeHtml;
  const nav = ['Home', 'World', 'Politics', 'Business', 'Climate', 'Opinion', 'Sport'].map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('');
  const meta = [
    `<meta charset="utf-8">`,
    `<title>${e(d.title)} | ${e(outlet.name)}</title>`,
    `<meta property="og:title" content="${e(d.title)}">`,
    `<meta property="og:site_name" content="${e(outlet.name)}">`,
    `<meta property="article:published_time" content="${d.published.toISOString()}">`,
    d.authors.length ? `<meta name="author" content="${e(d.authors.join(', '))}">` : '',
    `<link rel="stylesheet" href="/static/site.css">`,
    `<script>window.dataLayer = window.dataLayer || []; dataLayer.push({section: "${rng.pick(['world', 'politics'])}"});</script>`,
  ].join('\n    ');
  const related = d.related
    ? `<aside class="related"><h2>${e(d.related.heading)}</h2><ul>${d.related.titles.map((t) => `<li><a href="/${slug(t)}">${e(t)}</a></li>`).join('')}</ul></aside>`
    : '';
  const comments = d.comments
    ? `<section id="comments"><h3>${e(d.comments[0] ?? '')}</h3><form>${d.comments
        .slice(1)
        .map((c) => `<p>${e(c)}</p>`)
        .join('')}<textarea name="comment"></textarea><button>Post</button></form></section>`
    : '';
  return `<!doctype html>
<html lang="en">
  <head>
    ${meta}
  </head>
  <body>
    <header class="site-header"><a class="logo" href="/">${e(outlet.name)}</a><nav><ul>${nav}</ul></nav></header>
    <main>
      <article>
        <h1>${e(d.title)}</h1>
        ${d.authors.length ? `<p class="byline">By ${e(d.authors.join(' and '))}</p>` : ''}
        <time datetime="${isoDate(d.published)}">${longDate(d.published)}</time>
        ${d.paragraphs.map((p) => `<p>${e(p)}</p>`).join('\n        ')}
        ${d.credit ? `<p class="credit"><em>${e(d.credit)}</em></p>` : ''}
      </article>
      ${related}
      ${comments}
    </main>
    <footer><p>${e(d.copyright ?? `© ${outlet.name}`)}</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
  </body>
</html>
`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

/** A minimal valid .docx, built the way test/fixtures/ingest/make-fixtures.ts builds its fixtures. */
function renderDocx(d: Draft): Uint8Array {
  const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = [d.title, ...d.paragraphs, ...furnitureLines(d)];
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${x(p)}</w:t></w:r></w:p>`)
    .join('')}<w:sectPr/></w:body></w:document>`;
  const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${x(d.title)}</dc:title>${
    d.authors.length ? `<dc:creator>${x(d.authors.join('; '))}</dc:creator>` : ''
  }<dc:language>en-GB</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">${d.published.toISOString().replace(/\.\d{3}Z$/, 'Z')}</dcterms:created></cp:coreProperties>`;
  const parts: Record<string, string> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'word/document.xml': document,
    'docProps/core.xml': core,
  };
  // mtime fixed so that the zip's bytes do not depend on when it was made.
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])), { mtime: new Date(Date.UTC(2021, 4, 19)) });
}

function pickFormat(rng: Rng, weights: Record<CorpusFormat, number>): CorpusFormat {
  const entries = Object.entries(weights) as [CorpusFormat, number][];
  const total = entries.reduce((sum, [, w]) => sum + Math.max(0, w), 0);
  let r = rng.next() * total;
  for (const [format, w] of entries) {
    r -= Math.max(0, w);
    if (r < 0) return format;
  }
  return 'txt';
}

/** Generates the corpus in memory. Articles of one story are adjacent, as a researcher's collection tends to be. */
export function generateCorpus(options: CorpusOptions): GeneratedArticle[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const weights = { ...DEFAULT_FORMATS, ...options.formats };
  const files = options.files ?? true;
  const root = makeRng(seed);
  const out: GeneratedArticle[] = [];
  const encoder = new TextEncoder();
  for (let s = 0; out.length < options.articles; s++) {
    const story = makeStory(s, root);
    const rng = story.rng;
    const outlets = rng.sample(OUTLETS, rng.int(2, 7));
    for (const outlet of outlets) {
      if (out.length >= options.articles) break;
      const draft = draftArticle(rng, story, outlet);
      const format = pickFormat(rng, weights);
      const index = out.length;
      const name = `${String(index).padStart(5, '0')}-${slug(outlet.name)}-${slug(draft.title).slice(0, 40).replace(/-$/, '')}.${format}`;
      let bytes: Uint8Array = new Uint8Array(0);
      if (files) {
        if (format === 'docx') bytes = renderDocx(draft);
        else bytes = encoder.encode(format === 'md' ? renderMd(draft, outlet) : format === 'html' ? renderHtml(draft, outlet, rng) : renderTxt(draft, outlet, rng));
      }
      out.push({
        index,
        name,
        format,
        story: s,
        outlet: outlet.name,
        title: draft.title,
        authors: draft.authors,
        published: isoDate(draft.published),
        dateline: draft.dateline,
        agencies: draft.agencies,
        body: draft.paragraphs.join('\n\n'),
        furniture: furnitureLines(draft),
        bytes,
      });
    }
  }
  return out;
}
