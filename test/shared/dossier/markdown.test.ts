import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_SECTIONS, dossierMarkdown, type DossierInput, escapeMarkdown } from '@shared/dossier';
import { fixtureCorpus, hostileInput } from './fixture';

let input: DossierInput;
let md: string;
beforeAll(async () => {
  input = await fixtureCorpus();
  md = dossierMarkdown(input, { sections: ALL_SECTIONS });
});

describe('the Markdown dossier', () => {
  it('has the same sections as the HTML: title, sources, passages, notes, comparison, appendix', () => {
    const headings = md.split('\n').filter((l) => /^## /.test(l));
    expect(headings).toEqual(['## Sources', '## Passages by tag', '## Notes', '## Comparison', '## Appendix: full texts']);
    expect(md.startsWith('# Reykjavik, May 2021\n')).toBe(true);
  });

  it('groups passages under their tag paths in codebook order', () => {
    const tags = md.split('\n').filter((l) => /^### /.test(l)).slice(0, 4).map((l) => l.replace(/ \(\d+\)$/, ''));
    expect(tags).toEqual(['### Actors', '### Framing › Cooperation', '### Framing › Conflict', '### Untagged']);
  });

  it('links each quote to an anchor that the appendix defines', () => {
    const links = [...md.matchAll(/\]\(#(a\d+-p\d+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(6);
    const ids = new Set([...md.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]));
    expect(links.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('renders bold note text and span links with their source', () => {
    expect(md).toMatch(/Both sides \*\*stress\*\* cooperation: \[“the world safer”\]\(#a1-p\d+\) \(Top US and Russian diplomats urge dialog amid differences, 19 May 2021\) against /);
    expect(md).toContain('*conditional*');
  });

  it('bolds highlighted words in the appendix', () => {
    expect(md).toContain('**there are many areas where our interests intersect and overlap**');
  });
});

describe('Markdown escaping', () => {
  it('backslash-escapes characters with Markdown meaning and defuses line-start markers', () => {
    expect(escapeMarkdown('a *b* _c_ [d](e) <f> `g` # h | i & j')).toBe('a \\*b\\* \\_c\\_ \\[d\\]\\(e\\) \\<f\\> \\`g\\` \\# h \\| i \\& j');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('===')).toBe('\\===');
  });

  it('turns a hostile article into inert text: no raw HTML tag and no javascript: link survives', () => {
    const out = dossierMarkdown(hostileInput(), { sections: ALL_SECTIONS });
    // The only HTML is the appendix anchors the builder writes itself.
    const tags = (out.match(/(?<!\\)<[a-z/][^>]*>/gi) ?? []).filter((t) => !/^<a id="a\d+(-p\d+)?">$/.test(t) && t !== '</a>' && !/^<https:\/\/example\.org\/ok>$/.test(t));
    expect(tags).toEqual([]);
    expect(out).not.toMatch(/\]\(\s*<?javascript:/i);
    expect(out).toContain('\\<script\\>');
    expect(out).toContain('\\# Not a heading \\* not a list \\_ not emphasis \\| not a table');
  });
});
