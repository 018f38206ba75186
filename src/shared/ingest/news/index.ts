import type { ArticleMetadata, BoilerplateBlock, ProvenanceMap } from '../types';
import { agencyMentions, readCreditLine, readSignOff, type AgencyFinding } from './agencies';
import { classifyLine, isFormField, isLinkTitle } from './boilerplate';
import { readByline } from './byline';
import { hasStrongCaptionMark, isCaption } from './captions';
import { dateAtStart, dateOnlyLine } from './dates';
import { readDateline } from './dateline';
import { isBreadcrumb, isHeadlineLike, isSectionLabel } from './headline';
import { endsLikeSentence, splitLines, type Line } from './lines';
import {
  preferredSpelling,
  readCopyright,
  readDisclaimerOutlet,
  readNewsletterOutlet,
  type OutletFinding,
} from './outlet';

export interface NewsReading {
  /** The body with headline and boilerplate taken out. */
  body: string;
  metadata: Partial<ArticleMetadata>;
  provenance: ProvenanceMap;
  boilerplate: BoilerplateBlock[];
}

/** How many non-blank lines the headline, labels, captions and byline may take at the top. */
const TOP_LINES = 12;
/** Marks the headline line among the lines taken out of the body (it is not boilerplate). */
const HEADLINE = 'headline';
/**
 * Furniture that survives Readability on web pages in general (not on one site): ad labels,
 * subscribe and share boxes, calls to action, bylines printed above the body. In a structured
 * document these are still taken out of the body (and kept as furniture); everything else
 * Readability left is trusted as the article.
 */
const WEB_PAGE_FURNITURE = new Set(['advertisement', 'newsletter prompt', 'call to action', 'share buttons', 'social media prompt', 'reading time', 'byline']);

interface DateFinding {
  iso: string;
  source: string;
  evidence: string;
}

/** What reading the article collects before it is assembled into metadata. */
interface Findings {
  /** Lines taken out of the body, by line index, with the reason. */
  removed: Map<number, string>;
  agencies: AgencyFinding[];
  dates: DateFinding[];
  outlets: OutletFinding[];
  authors: { names: string[]; evidence: string } | null;
  title: { text: string; source: string } | null;
  dateline: { text: string } | null;
}

/**
 * Reads the metadata a plain-text news article carries in its prose: headline, dateline and
 * date, wire agencies, bylines, the outlet where the page names itself. Takes the headline and
 * page furniture (captions, credit lines, comment forms, related links, disclaimers...) out of
 * the body; furniture is returned as boilerplate blocks so a person can see and restore it.
 * Prefers precision: a field it is unsure of stays empty.
 */
export interface NewsReadingOptions {
  /** A headline the file declared in its structure (HTML meta, front matter, PDF or DOCX properties). */
  knownTitle?: string | null;
  /**
   * The text came out of a structured document (HTML through Readability, Markdown): its
   * furniture is already gone, so nothing is taken out of it but a repeat of the known title;
   * the prose is still read for datelines, agencies, bylines and the outlet.
   */
  structured?: boolean;
}

export function readNewsMetadata(text: string, options: NewsReadingOptions = {}): NewsReading {
  const lines = splitLines(text);
  const found: Findings = {
    removed: new Map(),
    agencies: [],
    dates: [],
    outlets: [],
    authors: null,
    title: null,
    dateline: null,
  };

  const bodyStart = readTop(lines, found);
  markFurniture(lines, bodyStart, text.length, found.removed);
  readOpening(lines, bodyStart, found);
  readFurniture(lines, found);
  readProse(lines, bodyStart, found);

  const boilerplate = collectBoilerplate(text, lines, found.removed);
  const disclaimer = boilerplate
    .filter((b) => b.reason === 'disclaimer' || b.reason === 'comment form')
    .map((b) => b.text)
    .join('\n');
  const fromDisclaimer = disclaimer ? readDisclaimerOutlet(disclaimer) : null;
  if (fromDisclaimer) found.outlets.push(fromDisclaimer);
  keepWhatTheFileAlreadyDeclared(lines, found, options);
  const kept = options.structured ? collectBoilerplate(text, lines, found.removed) : boilerplate;

  const body = lines
    .filter((line) => !found.removed.has(line.index))
    .map((line) => text.slice(line.start, line.end))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

  return { body, ...assemble(found, text), boilerplate: kept };
}

/**
 * A title the file declared wins over the prose: the first line is dropped from the body only
 * when it repeats that title. In a structured document nothing else is taken out.
 */
function keepWhatTheFileAlreadyDeclared(lines: Line[], found: Findings, options: NewsReadingOptions): void {
  const known = options.knownTitle ? comparable(options.knownTitle) : null;
  if (known !== null || options.structured) {
    for (const [index, reason] of [...found.removed]) {
      const repeatsTitle = known !== null && comparable(lines[index]?.text ?? '') === known;
      if (repeatsTitle) found.removed.set(index, HEADLINE);
      else if (reason === HEADLINE || (options.structured && !WEB_PAGE_FURNITURE.has(reason))) found.removed.delete(index);
    }
    // Also a first line that repeats the title without looking like a headline to the rules above.
    const first = lines.find((line) => line.text);
    if (first && known !== null && comparable(first.text) === known) found.removed.set(first.index, HEADLINE);
    if (known !== null) found.title = null;
  }
}

function comparable(text: string): string {
  return text.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Reads the lines above the story: section labels, the headline, photo captions, bylines and
 * date lines. Returns the index of the line where the story starts.
 */
function readTop(lines: Line[], found: Findings): number {
  const nonBlank = lines.filter((line) => line.text);
  let sawByline = false;
  let k = 0;
  for (; k < nonBlank.length && k < TOP_LINES; k++) {
    const line = nonBlank[k]!;
    const next = nonBlank[k + 1];
    const mayBeHeadline = found.title === null && !sawByline;

    const marker = classifyLine(line.text);
    if (marker || isBreadcrumb(line.text)) {
      found.removed.set(line.index, marker?.reason ?? 'section label');
      continue;
    }
    const byline = readByline(line.text);
    if (byline) {
      found.removed.set(line.index, 'byline');
      sawByline = true;
      if (byline.authors.length && !found.authors) found.authors = { names: byline.authors, evidence: line.text };
      if (byline.outlet) found.outlets.push({ name: byline.outlet.name, source: 'byline', evidence: byline.outlet.evidence });
      for (const name of byline.agencies) found.agencies.push({ name, offset: line.start, source: 'byline', evidence: line.text });
      if (byline.date) found.dates.push({ iso: byline.date.iso, source: 'byline', evidence: byline.date.text });
      continue;
    }
    const date = dateOnlyLine(line.text);
    if (date) {
      // A date standing alone stays in the body; an "Updated ..." date is not the publication date.
      if (!date.updated) found.dates.push({ iso: date.iso, source: 'date line', evidence: date.text });
      continue;
    }
    const nextIsByline = next ? readByline(next.text) !== null : false;
    // A caption's mark ("PHOTOS: ...") on the first line, straight above the byline, labels the headline: captions sit below it.
    const labelledHeadline = nextIsByline && !endsLikeSentence(line.text);
    const headlineFirst = mayBeHeadline && next !== undefined && isHeadlineLike(line.text) && (!hasStrongCaptionMark(line.text) || labelledHeadline);
    if (!headlineFirst && isCaption(line.text, { top: true, nextIsByline })) {
      found.removed.set(line.index, 'photo caption');
      continue;
    }
    if (mayBeHeadline && isSectionLabel(line.text, next?.text)) {
      found.removed.set(line.index, 'section label');
      continue;
    }
    if (headlineFirst) {
      found.removed.set(line.index, HEADLINE);
      found.title = { text: line.text, source: k === 0 ? 'first line' : 'headline line' };
      continue;
    }
    break;
  }
  return nonBlank[k]?.index ?? lines.length;
}

/**
 * Marks page furniture from the story's start to the end. A section heading ("Related
 * Articles", "Leave a Reply", "Disclaimer:") takes the lines that belong to it; a comment form
 * or disclaimer in the second half of the text takes everything up to the next marker.
 */
function markFurniture(lines: Line[], from: number, textLength: number, removed: Map<number, string>): void {
  let i = from;
  while (i < lines.length) {
    const line = lines[i]!;
    if (!line.text || removed.has(i)) {
      i++;
      continue;
    }
    const marker = classifyLine(line.text);
    if (marker?.kind === 'section') {
      removed.set(i, marker.reason);
      const takes = marker.takes === 'rest' && line.start < textLength * 0.5 ? 'form' : marker.takes;
      let j = i + 1;
      for (; j < lines.length; j++) {
        const next = lines[j]!;
        if (!next.text) continue;
        const inner = classifyLine(next.text);
        if (takes === 'rest' && inner?.kind === 'line') {
          // "Please note ..." inside a disclaimer, a counter inside a comment form: the section goes on.
          removed.set(j, inner.reason === 'disclaimer' || inner.reason === 'comment form' ? marker.reason : inner.reason);
          continue;
        }
        if (inner || readCreditLine(next.text)) break;
        const belongs =
          takes === 'rest' || (takes === 'links' && isLinkTitle(next.text)) || (takes === 'form' && isFormField(next.text));
        if (!belongs) break;
        removed.set(j, marker.reason);
      }
      i = j;
      continue;
    }
    if (marker) removed.set(i, marker.reason);
    else if (readCreditLine(line.text)) removed.set(i, 'credit line');
    else if (isCaption(line.text, { top: false, nextIsByline: false })) removed.set(i, 'photo caption');
    i++;
  }
}

/** Reads the dateline, or a date that opens the story ("May 19, 2021US Secretary ..."). */
function readOpening(lines: Line[], from: number, found: Findings): void {
  const opening: Line[] = [];
  for (const l of lines) {
    if (opening.length === 2) break;
    if (l.index >= from && l.text && !found.removed.has(l.index) && !dateOnlyLine(l.text)) opening.push(l);
  }
  for (const [k, line] of opening.entries()) {
    const dateline = readDateline(line.text);
    if (dateline) {
      found.dateline = { text: dateline.text };
      if (dateline.date) found.dates.push({ iso: dateline.date.iso, source: 'dateline', evidence: dateline.text });
      const at = dateline.agencyText ? line.text.indexOf(dateline.agencyText) : 0;
      for (const name of dateline.agencies) {
        found.agencies.push({ name, offset: line.start + at, source: 'dateline', evidence: dateline.text });
      }
      return;
    }
    const date = dateAtStart(line.text);
    if (date && (/^\d{4}-|\d{4}$/.test(date.text) || /^\s*[-–—:|]/.test(line.text.slice(date.text.length)))) {
      found.dates.push({ iso: date.iso, source: 'date line', evidence: date.text });
      return;
    }
    // A standfirst may stand between headline and dateline; look one paragraph further.
    if (k === 0 && !isHeadlineLike(line.text)) return;
  }
}

/** Reads agencies and the outlet from the furniture already marked: credit and copyright lines, newsletter prompts. */
function readFurniture(lines: Line[], found: Findings): void {
  for (const line of lines) {
    const reason = found.removed.get(line.index);
    if (reason === 'credit line') {
      for (const name of readCreditLine(line.text)?.agencies ?? []) {
        found.agencies.push({ name, offset: line.start, source: 'credit line', evidence: line.text });
      }
    } else if (reason === 'copyright line') {
      const copyright = readCopyright(line.text);
      if (copyright?.outlet) found.outlets.push({ name: copyright.outlet, source: 'copyright line', evidence: line.text });
      if (copyright?.agency) {
        found.agencies.push({ name: copyright.agency, offset: line.start, source: 'copyright line', evidence: line.text });
      }
    } else if (reason === 'newsletter prompt') {
      const outlet = readNewsletterOutlet(line.text);
      if (outlet) found.outlets.push(outlet);
    }
  }
}

/** Reads agencies the story's own text names: "reports Xinhua news agency", a closing "EFE". */
function readProse(lines: Line[], from: number, found: Findings): void {
  const body = lines.filter((l) => l.index >= from && l.text && !found.removed.has(l.index));
  for (const line of body) {
    for (const mention of agencyMentions(line.text)) {
      const offset = line.start + mention.index;
      if (found.agencies.some((a) => a.offset === offset || (a.source === 'dateline' && a.name === mention.name))) continue;
      found.agencies.push({ name: mention.name, offset, source: 'text', evidence: mention.evidence });
    }
  }
  const last = body[body.length - 1];
  const signOff = last ? readSignOff(last.text) : null;
  if (last && signOff) {
    found.agencies.push({ name: signOff.name, offset: last.end - signOff.evidence.length, source: 'sign-off', evidence: signOff.evidence });
  }
}

/** Groups the removed furniture into blocks: neighbouring lines with one reason make one block. */
function collectBoilerplate(text: string, lines: Line[], removed: Map<number, string>): BoilerplateBlock[] {
  const blocks: BoilerplateBlock[] = [];
  let open: { reason: string; start: number; end: number } | null = null;
  const close = () => {
    if (open) blocks.push({ text: text.slice(open.start, open.end), reason: open.reason });
    open = null;
  };
  for (const line of lines) {
    if (!line.text) continue;
    const reason = removed.get(line.index);
    if (!reason || reason === HEADLINE) {
      close();
      continue;
    }
    if (open && open.reason === reason) open.end = line.end;
    else {
      close();
      open = { reason, start: line.start, end: line.end };
    }
  }
  close();
  return blocks;
}

/** Turns what was found into metadata, each field with where it came from. */
function assemble(found: Findings, text: string): Pick<NewsReading, 'metadata' | 'provenance'> {
  const metadata: Partial<ArticleMetadata> = {};
  const provenance: ProvenanceMap = {};

  if (found.title) {
    metadata.title = found.title.text;
    provenance.title = { source: found.title.source, evidence: found.title.text };
  }
  if (found.dateline) {
    metadata.dateline = found.dateline.text;
    provenance.dateline = { source: 'dateline', evidence: found.dateline.text };
  }
  const date = found.dates.find((d) => /^\d{4}/.test(d.iso)) ?? found.dates[0];
  if (date) {
    metadata.published = date.iso;
    provenance.published = { source: date.source, evidence: date.evidence };
  }
  if (found.authors) {
    metadata.authors = [...new Set(found.authors.names)];
    provenance.authors = { source: 'byline', evidence: found.authors.evidence };
  }
  const outlet = found.outlets[0];
  if (outlet) {
    metadata.outlet = preferredSpelling(outlet.name, text);
    provenance.outlet = { source: outlet.source, evidence: outlet.evidence };
  }

  const agencies = [...found.agencies].sort((a, b) => a.offset - b.offset);
  if (agencies.length) {
    metadata.agencies = [...new Set(agencies.map((a) => a.name))];
    const sources = [...new Set(agencies.map((a) => a.source))];
    const evidence = [...new Set(agencies.map((a) => a.evidence))];
    provenance.agencies = { source: sources.join(', '), evidence: evidence.join(' … ') };
  }
  return { metadata, provenance };
}
