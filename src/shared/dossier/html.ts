/**
 * The dossier as ONE self-contained HTML file: styles inline, no script (a Content-Security-Policy
 * forbids any), no external request (no stylesheet, image or font URL), printable (page margins,
 * a page break before each section, page numbers where the browser supports @page margin boxes).
 * Every text is escaped; a URL becomes a link only when it is a valid http(s) (or mailto) URL.
 * Every quote links to its place in the appendix (`#a3-p120`), and every such place has that id.
 */
import type { NominalAgreement } from '../agreement/nominal';
import { formatAgreementFigure } from '../agreement/format';
import type { AgreementDossierView } from './agreement';
import type { ComparisonView } from './comparison';
import type { Block, Inline } from './lexical';
import type { NoteView } from './notes';
import { passageWords, type Passage, type TagPassages } from './passages';
import type { SourceRow } from './sources';
import { escapeHtml as esc, safeHttpUrl, safeLinkUrl } from './text';
import type { DossierInput, DossierOptions } from './types';
import { buildDossierView, formatDay } from './view';
import type { AppendixArticle } from './appendix';
import type { DossierContext } from './context';

export const DOSSIER_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

const STYLE = `
@page { size: A4; margin: 16mm 15mm 18mm; @bottom-center { content: counter(page) " / " counter(pages); font: 9pt system-ui, sans-serif; color: #555; } }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 11pt/1.55 Georgia, "Source Serif 4", "Times New Roman", serif; color: #1b1b1b; background: #fff; max-width: 48rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1, h2, h3, h4, nav, table, .meta, .source, footer, .cover p { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.4rem; border-bottom: 2px solid #222; padding-bottom: .2rem; margin-top: 0; }
h3 { font-size: 1.1rem; margin: 1.6rem 0 .5rem; }
a { color: #0b4f9c; }
section { break-before: page; page-break-before: always; padding-top: 1rem; }
.cover { min-height: 60vh; display: flex; flex-direction: column; justify-content: center; }
.cover .date { font-size: 1.1rem; color: #444; }
nav ol { padding-left: 1.2rem; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th, td { border: 1px solid #bbb; padding: .3rem .4rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.tag { break-after: avoid; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .35em; vertical-align: baseline; border: 1px solid #0003; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
blockquote { margin: .6rem 0 .9rem 1rem; padding: .1rem 0 .1rem .8rem; border-left: 3px solid #999; break-inside: avoid; }
blockquote p { margin: .2rem 0; }
.source, .meta { font-size: 9pt; color: #444; }
a.quote { color: inherit; text-decoration: underline dotted #8a8a8a; text-underline-offset: 3px; }
a.quote:hover { text-decoration: underline; }
.orphan { color: #8a3b00; }
.note { border: 1px solid #ccc; border-radius: 4px; padding: .4rem .8rem; margin: .8rem 0; break-inside: avoid; }
.note h4 { margin: .2rem 0; font-size: .95rem; }
.cite q { font-style: italic; }
mark { background: #fff1a8; color: inherit; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.appendix-article { margin-top: 2rem; }
.appendix-article h3 { border-top: 1px solid #bbb; padding-top: .8rem; break-after: avoid; }
.place { display: inline-block; width: 0; }
.appendix-article p { margin: 0 0 .7rem; }
:target, .place:target + mark { outline: 2px solid #0b4f9c; outline-offset: 2px; }
.matrix td.on { background: #2d6a4f; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
@media print {
  a { color: inherit; } nav { break-after: page; }
  /* Dense, as printed reports are: a dossier of 200 articles runs to some 300 pages, and every page costs print time. */
  body { font-size: 9.5pt; line-height: 1.4; padding: 0; max-width: none; }
  blockquote { margin: .25rem 0 .45rem .4rem; padding: 0 0 0 .6rem; } blockquote p { margin: 0; }
  .appendix-article p { margin: 0 0 .45rem; } h3 { margin: 1rem 0 .35rem; }
  /* A dotted underline is printed dot by dot: on the 4,000 quotes of a 200-article dossier, 1.7 MB of the PDF's 4.3 and some 0.6 s of its printing. */
  a.quote { text-decoration: underline solid #8a8a8a; }
}
`;

/** A CSS colour from a tag record, or null: only #rgb/#rrggbb(aa) or a plain colour name reaches a style attribute. */
export function safeColor(color: string | null | undefined): string | null {
  if (!color) return null;
  return /^#[0-9a-f]{3,8}$/i.test(color) || /^[a-z]{3,20}$/i.test(color) ? color : null;
}

function link(anchor: string | null, inner: string, cls?: string): string {
  return anchor ? `<a${cls ? ` class="${cls}"` : ''} href="#${esc(anchor)}">${inner}</a>` : inner;
}

function externalLink(raw: string | null, validate: (u: string | null) => string | null = safeHttpUrl): string {
  if (!raw) return '';
  const url = validate(raw);
  return url ? `<a href="${esc(url)}" rel="noopener noreferrer">${esc(raw)}</a>` : esc(raw);
}

function coverHtml(input: DossierInput, cover: NonNullable<ReturnType<typeof buildDossierView>['cover']>): string {
  return `<header class="cover" id="cover">
<h1>${esc(cover.title)}</h1>
<p class="date">${esc(formatDay(cover.createdAt))}</p>
<p>${cover.articleCount} ${cover.articleCount === 1 ? 'article' : 'articles'} · ${cover.highlightCount} ${cover.highlightCount === 1 ? 'passage' : 'passages'} · ${cover.noteCount} ${cover.noteCount === 1 ? 'note' : 'notes'}</p>
<p class="meta">Exported from Parallax on ${esc(input.createdAt)}.</p>
</header>`;
}

function sourcesHtml(rows: SourceRow[], appendix: boolean): string {
  const body = rows
    .map(
      (r) => `<tr><td>${r.index}</td><td>${link(appendix ? r.anchor : null, esc(r.title))}${r.url ? `<br><span class="meta">${externalLink(r.url)}</span>` : ''}</td><td>${esc(r.outlet ?? '')}</td><td>${esc(r.authors.join(', '))}</td><td>${esc(r.date ?? '')}</td><td>${esc(r.agencies.join(', '))}</td><td>${esc(r.file)}</td></tr>`,
    )
    .join('\n');
  return `<section id="sources"><h2>Sources</h2>
<table><thead><tr><th>#</th><th>Title</th><th>Outlet</th><th>Authors</th><th>Date</th><th>Agencies</th><th>File</th></tr></thead>
<tbody>
${body}
</tbody></table></section>`;
}

function passageHtml(p: Passage): string {
  const source = p.sourceLabel;
  // The quote itself is the one link to its place: a second link per passage doubles what a PDF
  // printer must resolve (Chromium's cost grows with pages × link targets) and adds nothing.
  const where = p.placed ? '' : ' · <span class="orphan">no longer found in the current text</span>';
  return `<blockquote class="passage"><p>${link(p.anchor, passageWords(p, esc), 'quote')}</p><footer class="source">${esc(source)}${where}</footer></blockquote>`;
}

function agreementHtml(a: AgreementDossierView): string {
  const two = a.coders.length === 2;
  const row = (name: string, s: NominalAgreement) =>
    `<tr><th scope="row">${esc(name)}</th><td>${s.pairableUnits}</td><td>${formatAgreementFigure(s.percent, 'percent')}</td>${two ? `<td>${formatAgreementFigure(s.kappa, 'coefficient')}</td>` : ''}<td>${formatAgreementFigure(s.alpha, 'coefficient')}</td></tr>`;
  const head = `<tr><th scope="col">Scope</th><th scope="col">Words compared</th><th scope="col">Agreement</th>${two ? '<th scope="col">Cohen’s κ</th>' : ''}<th scope="col">Krippendorff’s α</th></tr>`;
  const rows = [row('Overall', a.overall), ...a.byTag.map((t) => row(`Tag: ${t.name}`, t.stats))].join('');
  const items = a.disagreements
    .map((d) => {
      const words = d.anchor ? `<a href="#${d.anchor}">“${esc(d.text)}”</a>` : `“${esc(d.text)}”`;
      const coded = d.tagsByCoder.map((tags, i) => `<li>${esc(a.coders[i] ?? '')}: ${esc(tags)}</li>`).join('');
      return `<li><p>${words} <span class="meta">(${esc(d.sourceLabel)})</span></p><ul>${coded}</ul></li>`;
    })
    .join('\n');
  const more = a.disagreementCount > a.disagreements.length ? `<p class="meta">The first ${a.disagreements.length} of ${a.disagreementCount} are listed.</p>` : '';
  return `<section id="agreement"><h2>Agreement between coders</h2>
<p class="meta">Coders: ${a.coders.map(esc).join(', ')}. Computed on the words at least one of them tagged; a coder who tagged nothing in an article counts as missing there.</p>
<table>${head}${rows}</table>
<h3>Disagreements (${a.disagreementCount})</h3>
${items ? `<ol>${items}</ol>` : '<p>None.</p>'}${more}
</section>`;
}

function passagesHtml(groups: TagPassages[]): string {
  const parts = groups.map((g, i) => {
    const color = safeColor(g.color);
    const swatch = color ? `<span class="swatch" style="background:${color}"></span>` : '';
    const desc = g.description ? `<p class="meta">${esc(g.description)}</p>` : '';
    return `<div class="tag-group" id="tag-${i + 1}"><h3 class="tag">${swatch}${esc(g.path)} <span class="meta">(${g.passages.length})</span></h3>${desc}
${g.passages.map(passageHtml).join('\n')}</div>`;
  });
  return `<section id="passages"><h2>Passages by tag</h2>
${parts.length ? parts.join('\n') : '<p>No highlighted passages.</p>'}
</section>`;
}

function inlineHtml(ctx: DossierContext, inlines: Inline[]): string {
  return inlines
    .map((i) => {
      switch (i.kind) {
        case 'break':
          return '<br>';
        case 'text': {
          let out = esc(i.text);
          if (i.code) out = `<code>${out}</code>`;
          if (i.bold) out = `<strong>${out}</strong>`;
          if (i.italic) out = `<em>${out}</em>`;
          if (i.underline) out = `<u>${out}</u>`;
          if (i.strike) out = `<s>${out}</s>`;
          return out;
        }
        case 'link': {
          const url = safeLinkUrl(i.url);
          const inner = inlineHtml(ctx, i.children);
          return url ? `<a href="${esc(url)}" rel="noopener noreferrer">${inner}</a>` : `${inner}${i.url ? ` (${esc(i.url)})` : ''}`;
        }
        case 'citation': {
          const entry = ctx.byId.get(i.citation.articleId);
          const anchor = entry && ctx.placeId(i.citation.articleId, i.citation.start);
          const label = entry ? entry.label : i.citation.sourceLabel;
          const quote = `<q>${esc(i.citation.quote.replace(/\s+/g, ' ').trim())}</q>`;
          return `<span class="cite">${link(anchor || null, quote, 'quote')}${label ? ` (${link(anchor || null, esc(label))})` : ''}</span>`;
        }
      }
    })
    .join('');
}

function blocksHtml(ctx: DossierContext, blocks: Block[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'paragraph':
          return `<p>${inlineHtml(ctx, b.inlines)}</p>`;
        case 'heading':
          return `<h4>${inlineHtml(ctx, b.inlines)}</h4>`;
        case 'quote':
          return `<blockquote>${inlineHtml(ctx, b.inlines)}</blockquote>`;
        case 'list': {
          const tag = b.ordered ? 'ol' : 'ul';
          return `<${tag}>${b.items.map((item) => `<li>${inlineHtml(ctx, item.inlines)}${blocksHtml(ctx, item.lists)}</li>`).join('')}</${tag}>`;
        }
      }
    })
    .join('\n');
}

function notesHtml(ctx: DossierContext, notes: NoteView[]): string {
  const parts = notes.map((n, i) => {
    const passage = n.passage ? `<blockquote class="passage"><p>${link(n.passage.anchor, passageWords(n.passage, esc), 'quote')}</p></blockquote>` : '';
    return `<article class="note" id="note-${i + 1}"><h4>${esc(n.about)}</h4>${passage}
${blocksHtml(ctx, n.blocks)}</article>`;
  });
  return `<section id="notes"><h2>Notes</h2>
${parts.length ? parts.join('\n') : '<p>No notes.</p>'}
</section>`;
}

function comparisonHtml(view: ComparisonView): string {
  const wording = (w: { sourceLabel: string; text: string; anchor: string | null }) =>
    `<blockquote><p>${link(w.anchor, `“${esc(w.text)}”`, 'quote')}</p><footer class="source">${esc(w.sourceLabel)}</footer></blockquote>`;
  const linked = view.linked
    .map(
      (g) => `<div class="linked"><h4>${g.kind === 'quote' ? `Quote${g.speaker ? ` by ${esc(g.speaker)}` : ''}` : 'Passage'} · ${esc(g.match)} · similarity ${g.similarity}</h4>
${g.wordings.map(wording).join('\n')}</div>`,
    )
    .join('\n');
  const unique = view.unique.map(wording).join('\n');
  const names = view.nameVariants.map((n) => `<li><strong>${esc(n.name)}</strong> (${n.kind}): ${esc(n.variants.join(' · '))}</li>`).join('');
  const head = view.articles.map((a) => `<th>${esc(a.label)}</th>`).join('');
  const rows = view.coverage.map((r) => `<tr><td>${esc(r.label)}</td>${r.cells.map((c) => `<td class="${c ? 'on' : 'off'}">${c ? '●' : ''}</td>`).join('')}</tr>`).join('\n');
  return `<section id="comparison"><h2>Comparison</h2>
<h3>Linked passages</h3>
${linked || '<p>No passages found in more than one article.</p>'}
<h3>Unique passages</h3>
${unique || '<p>None.</p>'}
<h3>Name variants</h3>
${names ? `<ul>${names}</ul>` : '<p>None.</p>'}
<h3>Coverage</h3>
<table class="matrix"><thead><tr><th>Passage</th>${head}</tr></thead><tbody>
${rows}
</tbody></table>
</section>`;
}

function appendixHtml(ctx: DossierContext, articles: AppendixArticle[]): string {
  const highlightTitle = new Map<string, { title: string; color: string | null }>();
  for (const h of ctx.input.highlights) {
    const tagIds = h.tagIds.filter((id) => ctx.input.tags.some((t) => t.id === id));
    const first = ctx.input.tags.find((t) => t.id === tagIds[0]);
    highlightTitle.set(h.id, { title: tagIds.map((id) => ctx.tagPath(id)).join('; '), color: safeColor(first?.color) });
  }
  const parts = articles.map((a) => {
    const paragraphs = a.paragraphs
      .map((pieces) => {
        const inner = pieces
          .map((piece) => {
            const ids = piece.anchors.map((id) => `<span class="place" id="${esc(id)}"></span>`).join('');
            if (piece.highlightIds.length === 0) return `${ids}${esc(piece.text)}`;
            const outer = highlightTitle.get(piece.highlightIds[0]!);
            const style = outer?.color ? ` style="background:color-mix(in srgb, ${outer.color} 30%, white)"` : '';
            const title = piece.highlightIds.map((id) => highlightTitle.get(id)?.title).filter(Boolean).join(' | ');
            return `${ids}<mark${style}${title ? ` title="${esc(title)}"` : ''}>${esc(piece.text)}</mark>`;
          })
          .join('');
        return `<p>${inner}</p>`;
      })
      .join('\n');
    const trailing = a.trailingAnchors.map((id) => `<span class="place" id="${esc(id)}"></span>`).join('');
    return `<article class="appendix-article" id="${esc(a.anchor)}"><h3>${a.index}. ${esc(a.title)}</h3><p class="meta">${esc(a.label)}</p>
${paragraphs}${trailing}</article>`;
  });
  return `<section id="appendix"><h2>Appendix: full texts</h2>
${parts.join('\n')}
</section>`;
}

export function dossierHtml(input: DossierInput, options: DossierOptions): string {
  const view = buildDossierView(input, options);
  const ctx = view.context;
  const toc: string[] = [];
  const body: string[] = [];
  if (view.cover) body.push(coverHtml(input, view.cover));
  if (view.sources) {
    toc.push('<li><a href="#sources">Sources</a></li>');
    body.push(sourcesHtml(view.sources, view.appendix !== null));
  }
  if (view.passages) {
    toc.push('<li><a href="#passages">Passages by tag</a></li>');
    body.push(passagesHtml(view.passages));
  }
  if (view.notes) {
    toc.push('<li><a href="#notes">Notes</a></li>');
    body.push(notesHtml(ctx, view.notes));
  }
  if (view.agreement) {
    toc.push('<li><a href="#agreement">Agreement between coders</a></li>');
    body.push(agreementHtml(view.agreement));
  }
  if (view.comparison) {
    toc.push('<li><a href="#comparison">Comparison</a></li>');
    body.push(comparisonHtml(view.comparison));
  }
  if (view.appendix) {
    toc.push('<li><a href="#appendix">Appendix: full texts</a></li>');
    body.push(appendixHtml(ctx, view.appendix));
  }
  const nav = toc.length > 1 ? `<nav aria-label="Contents"><h2>Contents</h2><ol>${toc.join('')}</ol></nav>` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${DOSSIER_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Parallax">
<meta name="referrer" content="no-referrer">
<title>${esc(input.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${view.cover ? body.shift() : ''}
${nav}
${body.join('\n')}
</body>
</html>
`;
}
