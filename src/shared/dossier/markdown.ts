/**
 * The dossier as Markdown (CommonMark + GitHub tables): the same sections as the HTML. Article
 * text and metadata are escaped so that they read literally. Appendix places are inline
 * `<a id="a3-p120"></a>` anchors (the only HTML emitted, ids built from numbers) so that quote
 * links (`[…](#a3-p120)`) work wherever Markdown keeps HTML anchors.
 */
import type { NominalAgreement } from '../agreement/nominal';
import { formatAgreementFigure } from '../agreement/format';
import type { Block, Inline } from './lexical';
import type { DossierContext } from './context';
import { collapseWhitespace, escapeMarkdown as md, safeHttpUrl, safeLinkUrl } from './text';
import { passageWords } from './passages';
import type { DossierInput, DossierOptions } from './types';
import { buildDossierView, formatDay } from './view';

/** Inline Markdown text on one line: white space collapsed, specials escaped. */
function line(text: string): string {
  return md(collapseWhitespace(text));
}

function cell(text: string): string {
  return line(text);
}

function linkTo(anchor: string | null, text: string): string {
  return anchor ? `[${text}](#${anchor})` : text;
}

function url(raw: string | null): string {
  if (!raw) return '';
  const safe = safeHttpUrl(raw);
  return safe ? `<${safe.replace(/[<>]/g, encodeURIComponent)}>` : line(raw);
}

function inlineMd(ctx: DossierContext, inlines: Inline[]): string {
  return inlines
    .map((i) => {
      switch (i.kind) {
        case 'break':
          return '  \n';
        case 'text': {
          const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(i.text)!;
          if (!m[2]) return i.text;
          let out = i.code ? `\`${m[2].replace(/`/g, 'ˋ')}\`` : md(m[2]);
          if (i.strike) out = `~~${out}~~`;
          if (i.italic) out = `*${out}*`;
          if (i.bold) out = `**${out}**`;
          return `${m[1]}${out}${m[3]}`;
        }
        case 'link': {
          const safe = safeLinkUrl(i.url);
          const inner = inlineMd(ctx, i.children);
          return safe ? `[${inner}](<${safe.replace(/[<>]/g, encodeURIComponent)}>)` : `${inner}${i.url ? ` (${line(i.url)})` : ''}`;
        }
        case 'citation': {
          const entry = ctx.byId.get(i.citation.articleId);
          const anchor = entry ? ctx.placeId(i.citation.articleId, i.citation.start) : null;
          const label = entry ? entry.label : i.citation.sourceLabel;
          return `${linkTo(anchor, `“${line(i.citation.quote)}”`)}${label ? ` (${line(label)})` : ''}`;
        }
      }
    })
    .join('');
}

function blocksMd(ctx: DossierContext, blocks: Block[], indent = ''): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'paragraph':
        out.push(`${indent}${inlineMd(ctx, b.inlines)}`, '');
        break;
      case 'heading':
        out.push(`${indent}#### ${inlineMd(ctx, b.inlines)}`, '');
        break;
      case 'quote':
        out.push(`${indent}> ${inlineMd(ctx, b.inlines).replace(/\n/g, `\n${indent}> `)}`, '');
        break;
      case 'list':
        b.items.forEach((item, n) => {
          const marker = b.ordered ? `${n + 1}. ` : '- ';
          out.push(`${indent}${marker}${inlineMd(ctx, item.inlines)}`);
          const nested = blocksMd(ctx, item.lists, `${indent}${' '.repeat(marker.length)}`).filter((l) => l !== '');
          out.push(...nested);
        });
        out.push('');
        break;
    }
  }
  return out;
}

export function dossierMarkdown(input: DossierInput, options: DossierOptions): string {
  const view = buildDossierView(input, options);
  const ctx = view.context;
  const out: string[] = [];
  out.push(`# ${line(input.title)}`, '');
  if (view.cover) {
    const c = view.cover;
    out.push(`${line(formatDay(c.createdAt))} · ${c.articleCount} articles · ${c.highlightCount} passages · ${c.noteCount} notes`, '');
  }
  if (view.sources) {
    out.push('## Sources', '', '| # | Title | Outlet | Authors | Date | Agencies | File | URL |', '|---|---|---|---|---|---|---|---|');
    for (const r of view.sources) {
      const title = view.appendix ? linkTo(r.anchor, cell(r.title)) : cell(r.title);
      out.push(`| ${r.index} | ${title} | ${cell(r.outlet ?? '')} | ${cell(r.authors.join(', '))} | ${cell(r.date ?? '')} | ${cell(r.agencies.join(', '))} | ${cell(r.file)} | ${url(r.url)} |`);
    }
    out.push('');
  }
  if (view.passages) {
    out.push('## Passages by tag', '');
    if (view.passages.length === 0) out.push('No highlighted passages.', '');
    for (const g of view.passages) {
      out.push(`### ${line(g.path)} (${g.passages.length})`, '');
      if (g.description) out.push(`*${line(g.description)}*`, '');
      for (const p of g.passages) {
        const source = p.sourceLabel;
        const where = p.anchor ? ` · [in the appendix](#${p.anchor})` : p.placed ? '' : ' · no longer found in the current text';
        out.push(`> ${linkTo(p.anchor, passageWords(p, line))}`, '>', `> — ${line(source)}${where}`, '');
      }
    }
  }
  if (view.notes) {
    out.push('## Notes', '');
    if (view.notes.length === 0) out.push('No notes.', '');
    for (const n of view.notes) {
      out.push(`### ${line(n.about)}`, '');
      if (n.passage) out.push(`> ${linkTo(n.passage.anchor, passageWords(n.passage, line))}`, '');
      out.push(...blocksMd(ctx, n.blocks));
    }
  }
  if (view.agreement) {
    const a = view.agreement;
    const two = a.coders.length === 2;
    out.push('## Agreement between coders', '', `Coders: ${a.coders.map(line).join(', ')}. Computed on the words at least one of them tagged; a coder who tagged nothing in an article counts as missing there.`, '');
    out.push(`| Scope | Words compared | Agreement |${two ? ' Cohen’s κ |' : ''} Krippendorff’s α |`, `|---|---|---|${two ? '---|' : ''}---|`);
    const row = (name: string, s: NominalAgreement) =>
      out.push(`| ${cell(name)} | ${s.pairableUnits} | ${formatAgreementFigure(s.percent, 'percent')} |${two ? ` ${formatAgreementFigure(s.kappa, 'coefficient')} |` : ''} ${formatAgreementFigure(s.alpha, 'coefficient')} |`);
    row('Overall', a.overall);
    for (const t of a.byTag) row(`Tag: ${t.name}`, t.stats);
    out.push('', `### Disagreements (${a.disagreementCount})`, '');
    for (const d of a.disagreements) {
      out.push(`- ${linkTo(d.anchor, `“${line(d.text)}”`)} (${line(d.sourceLabel)}): ${d.tagsByCoder.map((tags, i) => `${line(a.coders[i] ?? '')}: ${line(tags)}`).join('; ')}`);
    }
    out.push('');
  }
  if (view.comparison) {
    const c = view.comparison;
    out.push('## Comparison', '', '### Linked passages', '');
    if (c.linked.length === 0) out.push('No passages found in more than one article.', '');
    for (const g of c.linked) {
      out.push(`#### ${g.kind === 'quote' ? `Quote${g.speaker ? ` by ${line(g.speaker)}` : ''}` : 'Passage'} · ${g.match} · similarity ${g.similarity}`, '');
      for (const w of g.wordings) out.push(`- ${line(w.sourceLabel)}: ${linkTo(w.anchor, `“${line(w.text)}”`)}`);
      out.push('');
    }
    out.push('### Unique passages', '');
    for (const w of c.unique) out.push(`- ${line(w.sourceLabel)}: ${linkTo(w.anchor, `“${line(w.text)}”`)}`);
    out.push('', '### Name variants', '');
    for (const n of c.nameVariants) out.push(`- **${line(n.name)}** (${n.kind}): ${n.variants.map(line).join(' · ')}`);
    out.push('', '### Coverage', '', `| Passage | ${c.articles.map((a) => cell(a.label)).join(' | ')} |`, `|---|${c.articles.map(() => '---').join('|')}|`);
    for (const r of c.coverage) out.push(`| ${cell(r.label)} | ${r.cells.map((x) => (x ? '●' : ' ')).join(' | ')} |`);
    out.push('');
  }
  if (view.appendix) {
    out.push('## Appendix: full texts', '');
    for (const a of view.appendix) {
      out.push(`### <a id="${a.anchor}"></a>${a.index}. ${line(a.title)}`, '', `*${line(a.label)}*`, '');
      for (const pieces of a.paragraphs) {
        let text = '';
        let run = '';
        const flush = () => {
          if (!run) return;
          const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(run)!;
          text += m[2] ? `${m[1]}**${m[2]}**${m[3]}` : run;
          run = '';
        };
        for (const piece of pieces) {
          const ids = piece.anchors.map((id) => `<a id="${id}"></a>`).join('');
          if (ids) {
            // An anchor inside bold text would split the emphasis: close the run first.
            flush();
            text += ids;
          }
          if (piece.highlightIds.length > 0) run += md(piece.text);
          else {
            flush();
            text += md(piece.text);
          }
        }
        flush();
        out.push(text, '');
      }
      if (a.trailingAnchors.length) out.push(a.trailingAnchors.map((id) => `<a id="${id}"></a>`).join(''), '');
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
