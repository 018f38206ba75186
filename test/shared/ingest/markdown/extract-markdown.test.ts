import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '@shared/ingest';
import { extractMarkdown } from '@shared/ingest/markdown';

const fixtures = resolve(import.meta.dirname, '../../../fixtures/ingest/md');
const fixture = (name: string): Uint8Array => readFileSync(resolve(fixtures, name));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function extracted(bytes: Uint8Array) {
  const result = extractMarkdown(bytes);
  if (!result.ok) throw new Error(`expected a document, got ${result.error.code}`);
  return result.value;
}

describe('extractMarkdown and HTML entities', () => {
  it('decodes named entities beyond the basic five in text and inline HTML', () => {
    const doc = extracted(utf8('# Caf&eacute; strike\n\nOwners&rsquo; talks &mdash; <em>r&eacute;gion</em> &amp; AT&T&hellip; 3 &lt; 4.\n'));
    expect(doc.text).toContain('Owners’ talks — région & AT&T… 3 < 4.');
  });
});

describe('extractMarkdown with front matter', () => {
  const doc = extracted(fixture('article.md'));

  it('turns the front matter into metadata with provenance "front matter"', () => {
    expect(doc.metadata).toEqual({
      title: 'Harbour bridge reopens after storm repairs',
      authors: ['Maria Jensen', 'Tom Okafor'],
      published: '2024-03-14',
      outlet: 'The Coastal Ledger',
      url: 'https://ledger.example/news/harbour-bridge-reopens',
      agencies: ['AFP', 'Reuters'],
    });
    expect(doc.provenance.title).toEqual({ source: 'front matter', evidence: 'title: "Harbour bridge reopens after storm repairs"' });
    expect(doc.provenance.authors).toEqual({ source: 'front matter', evidence: 'authors:\n  - Maria Jensen\n  - Tom Okafor' });
    expect(doc.lang).toBe('en-GB');
  });

  it('leaves no Markdown markup in the text', () => {
    for (const markup of ['#', '**', '*Thursday', '> ', '](', '![', '`', '~~', '---', '&amp;', '<br>', 'title:', 'ledger.example']) {
      expect(doc.text).not.toContain(markup);
    }
  });

  it('keeps headings and paragraphs as paragraphs and joins soft-wrapped lines', () => {
    expect(doc.text.split('\n\n').slice(0, 4)).toEqual([
      'Harbour bridge reopens',
      'The harbour bridge reopened to traffic on Thursday morning, six weeks after a winter storm tore away part of its eastern railing.',
      'What changed',
      '"We could not reopen the bridge until we were certain it was safe," said the chief engineer, Lena Holm.',
    ]);
  });

  it('puts one list item per line, nested items too, and numbers ordered lists', () => {
    expect(doc.text).toContain(
      'Cars and buses may use the bridge from today.\nLorries over 12 tonnes must wait:\nuntil the weight test on Monday\nor until the inspector signs off',
    );
    expect(doc.text).toContain('1. First, the council publishes the report.\n2. Then the inquiry meets.');
  });

  it('drops images, keeps code text and honours hard line breaks', () => {
    expect(doc.text).not.toContain('Photo of the bridge');
    expect(doc.text).toContain('4.2 million euros & took six weeks.\nLine after a hard break.');
    expect(doc.text.endsWith('bridge_status = "open"')).toBe(true);
  });
});

describe('extractMarkdown titles', () => {
  it('takes a leading H1 as the title and removes it from the text when there is no front-matter title', () => {
    const doc = extracted(fixture('heading-title.md'));
    expect(doc.metadata.title).toBe('Council budget vote delayed');
    expect(doc.provenance.title).toEqual({ source: 'first heading', evidence: '# Council budget vote delayed' });
    expect(doc.text).toBe('The city council postponed its vote on next year\'s budget on Tuesday.\n\nThe finance committee will meet again next week.');
  });

  it('keeps a leading H2 in the text and sets no title', () => {
    const doc = extracted(utf8('## Background\n\nSome words here.'));
    expect(doc.metadata.title).toBeUndefined();
    expect(doc.text).toBe('Background\n\nSome words here.');
  });

  it('uses the H1 when the front matter has fields but no title', () => {
    const doc = extracted(utf8('---\nauthor: Ana Lima\n---\n\n# The *real* headline\n\nBody.'));
    expect(doc.metadata).toEqual({ title: 'The real headline', authors: ['Ana Lima'] });
  });
});

describe('extractMarkdown edge cases', () => {
  it('ignores invalid front matter with a warning and keeps it out of the text', () => {
    const doc = extracted(utf8('---\ntitle: [unclosed\n---\nBody text here.'));
    expect(doc.metadata).toEqual({});
    expect(doc.warnings[0]).toMatch(/^The front matter is not valid YAML and was ignored/);
    expect(doc.text).toBe('Body text here.');
  });

  it('reads author strings with "and", publisher and link keys, and drops a date it cannot read', () => {
    const doc = extracted(utf8('---\nauthor: By Ana Lima and Joe Bloggs\npublisher: Daily Planet\nlink: https://planet.example/x\ndate: sometime soon\n---\nText.'));
    expect(doc.metadata).toEqual({ authors: ['Ana Lima', 'Joe Bloggs'], outlet: 'Daily Planet', url: 'https://planet.example/x' });
  });

  it('keeps the words of raw HTML but never its tags or script bodies', () => {
    const doc = extracted(utf8('Water is H<sub>2</sub>O.\n\n<div onclick="x()">Inside a div</div>\n\n<script>alert("x")</script>\n\nEnd.'));
    expect(doc.text).toBe('Water is H2O.\n\nInside a div\n\nEnd.');
  });

  it('keeps link text and drops the URL, for inline, reference and autolinks', () => {
    const doc = extracted(utf8('See [the report][r] and [this](http://a.example) or <http://b.example>.\n\n[r]: http://r.example'));
    expect(doc.text).toBe('See the report and this or http://b.example.');
  });

  it('refuses a file that is not UTF-8', () => {
    const result = extractMarkdown(new Uint8Array([0x23, 0x20, 0xff, 0xfe, 0x41]));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-encoding' } });
  });

  it('goes through parseArticleFile for .md and .markdown files', async () => {
    for (const name of ['a.md', 'a.markdown']) {
      const outcome = await parseArticleFile({ name, bytes: fixture('article.md') });
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) continue;
      expect(outcome.article.format).toBe('md');
      expect(outcome.article.title).toBe('Harbour bridge reopens after storm repairs');
      expect(outcome.article.provenance.title?.source).toBe('front matter');
      expect(outcome.article.agencies).toEqual(['AFP', 'Reuters']);
    }
  });
});
