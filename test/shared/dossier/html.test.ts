import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_SECTIONS, dossierHtml, type DossierInput } from '@shared/dossier';
import { fixtureCorpus, hostileInput } from './fixture';

function dom(html: string) {
  return parseHTML(html).document;
}

/** Every `href="#x"` in the page must name an element id that exists. */
function danglingFragments(html: string): string[] {
  const doc = dom(html);
  const ids = new Set([...doc.querySelectorAll('[id]')].map((el) => el.getAttribute('id')));
  return [...doc.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1)).filter((id) => !ids.has(id));
}

let input: DossierInput;
let html: string;
beforeAll(async () => {
  input = await fixtureCorpus();
  html = dossierHtml(input, { sections: ALL_SECTIONS });
});

describe('the HTML dossier', () => {
  it('is one self-contained document: inline style, no script, no external URL in src/href/url()', () => {
    const doc = dom(html);
    expect(doc.querySelectorAll('script, link, img, iframe, object, embed, base').length).toBe(0);
    expect(doc.querySelectorAll('style').length).toBe(1);
    expect(html).not.toMatch(/\bsrc\s*=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
    const external = [...doc.querySelectorAll('[href]')].map((a) => a.getAttribute('href')!).filter((h) => !h.startsWith('#'));
    expect(external).toEqual([]);
  });

  it('carries a Content-Security-Policy that forbids scripts and every fetch', () => {
    const meta = dom(html).querySelector('meta[http-equiv="Content-Security-Policy"]');
    const csp = meta?.getAttribute('content') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'none'");
  });

  it('is printable: page margins, page numbers from CSS counters, a page break before each section', () => {
    const style = dom(html).querySelector('style')!.textContent!;
    expect(style).toMatch(/@page\s*{[^}]*margin/);
    expect(style).toContain('counter(page)');
    expect(style).toMatch(/section\s*{[^}]*break-before:\s*page/);
  });

  it('links every quote to its place in the appendix, and every fragment link resolves to an id', () => {
    const doc = dom(html);
    const quotes = [...doc.querySelectorAll('#passages blockquote.passage')];
    expect(quotes.length).toBeGreaterThanOrEqual(7);
    for (const q of quotes) {
      if (q.textContent!.includes('no longer found')) continue;
      const a = q.querySelector('a.quote');
      expect(a?.getAttribute('href')).toMatch(/^#a\d+-p\d+$/);
      const target = doc.getElementById(a!.getAttribute('href')!.slice(1));
      expect(target?.closest('#appendix')).toBeTruthy();
    }
    expect(danglingFragments(html)).toEqual([]);
  });

  it('puts the appendix place exactly where the quoted words start', () => {
    const doc = dom(html);
    const h = input.highlights.find((x) => x.id === 'h-04')!;
    const place = doc.getElementById(`a2-p${h.start}`)!;
    // The words right after the place are the quote's words.
    let after = '';
    for (let node = place.nextSibling; node && after.length < 40; node = node.nextSibling) after += node.textContent;
    expect(after.startsWith('there are many areas')).toBe(true);
  });

  it('groups passages by tag in codebook order, with the tag path, then the untagged ones', () => {
    const doc = dom(html);
    const headings = [...doc.querySelectorAll('#passages h3')].map((h) => h.textContent!.replace(/\s*\(\d+\)$/, ''));
    expect(headings).toEqual(['Actors', 'Framing › Cooperation', 'Framing › Conflict', 'Untagged']);
    const conflict = [...doc.querySelectorAll('#passages .tag-group')][2]!;
    expect(conflict.textContent).toContain('If Russia acts aggressively');
    expect(conflict.textContent).toContain('no longer found in the current text');
  });

  it('names each quote’s outlet and date, using the person’s corrected outlet', () => {
    const coop = [...dom(html).querySelectorAll('#passages .tag-group')][1]!;
    const footers = [...coop.querySelectorAll('footer')].map((f) => f.textContent);
    expect(footers.some((f) => f!.startsWith('EFE'))).toBe(true);
  });

  it('marks overlapping highlights in the appendix as flat runs, the overlap covered by both', () => {
    const doc = dom(html);
    const marks = [...doc.querySelectorAll('#a1 mark')];
    const overlap = marks.find((m) => m.textContent === 'our allies we will respond');
    expect(overlap?.getAttribute('title')).toContain('Framing › Conflict');
    expect(overlap?.getAttribute('title')).toContain('Actors');
  });

  it('renders notes with bold text and span links that quote, name the source and link to the appendix', () => {
    const doc = dom(html);
    const note = [...doc.querySelectorAll('#notes .note')].find((n) => n.textContent!.includes('Both sides'))!;
    expect(note.querySelector('strong')?.textContent).toBe('stress');
    const cites = [...note.querySelectorAll('.cite')];
    expect(cites).toHaveLength(2);
    expect(cites[0]!.querySelector('q')!.textContent).toBe('the world safer');
    expect(cites[1]!.textContent).toContain('greatly diverge');
    for (const c of cites) expect(c.querySelector('a')!.getAttribute('href')).toMatch(/^#a[13]-p\d+$/);
    const italic = [...doc.querySelectorAll('#notes em')].map((e) => e.textContent);
    expect(italic).toContain('conditional');
  });

  it('lists every source with title, outlet, authors, date, agencies and file', () => {
    const rows = [...dom(html).querySelectorAll('#sources tbody tr')];
    expect(rows).toHaveLength(3);
    const cells = [...rows[1]!.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells[2]).toBe('EFE');
    expect(cells[6]).toBe('001_c7b545009d58353a.txt');
  });

  it('shows the comparison findings with each outlet’s wording linked to the appendix', () => {
    const doc = dom(html);
    expect(doc.querySelector('#comparison')).toBeTruthy();
    expect(doc.querySelectorAll('#comparison table.matrix tbody tr').length).toBeGreaterThan(0);
    const wordings = [...doc.querySelectorAll('#comparison .linked a.quote')];
    expect(wordings.length).toBeGreaterThan(0);
  });

  it('leaves out sections that are switched off, and links nowhere when there is no appendix', () => {
    const out = dossierHtml(input, { sections: { ...ALL_SECTIONS, notes: false, comparison: false, appendix: false } });
    const doc = dom(out);
    expect(doc.querySelector('#notes')).toBeNull();
    expect(doc.querySelector('#appendix')).toBeNull();
    expect(doc.querySelector('#passages')).toBeTruthy();
    expect(doc.querySelectorAll('a[href^="#a"]').length).toBe(0);
    expect(danglingFragments(out)).toEqual([]);
  });
});

describe('a hostile article in the HTML dossier', () => {
  const out = dossierHtml(hostileInput(), { sections: ALL_SECTIONS });
  const doc = dom(out);

  it('has no script element and no "<script" anywhere in the markup', () => {
    expect(doc.querySelectorAll('script').length).toBe(0);
    expect(out).not.toMatch(/<script/i);
  });

  it('has no event-handler attribute on any element', () => {
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => /^on/i.test(n));
    expect(handlers).toEqual([]);
    // In the raw markup too: every tag, with its quoted attribute values (escaped text) taken out.
    const tags = out.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.map((t) => t.replace(/"[^"]*"/g, '""')).filter((t) => /\son\w+\s*=/i.test(t))).toEqual([]);
  });

  it('has no javascript: URL in any href, and shows the hostile URL only as text', () => {
    const hrefs = [...doc.querySelectorAll('[href]')].map((a) => a.getAttribute('href')!);
    expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
    expect(out).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
    expect(doc.querySelector('#sources')!.textContent).toContain('javascript:alert(12)');
    expect(hrefs).toContain('https://example.org/ok');
  });

  it('keeps the hostile words as visible text, and no hostile colour reaches a style', () => {
    expect(doc.querySelector('#appendix')!.textContent).toContain('<script>alert("text")</script>');
    expect(doc.querySelector('h1')!.textContent).toBe('<script>alert("dossier")</script>');
    expect(out).not.toContain('url(javascript');
  });

  it('still links its quotes to the appendix', () => {
    expect(danglingFragments(out)).toEqual([]);
    expect(doc.querySelectorAll('#passages a.quote').length).toBe(2);
  });
});
