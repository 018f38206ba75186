import { describe, expect, it } from 'vitest';
import { linksIn, MAX_LINKS } from '../../../src/renderer/src/features/import/links';

describe('links pasted or dropped', () => {
  it('takes one http(s) link per line, once each, and names the lines that are not links', () => {
    const text = '# uri-list comment\r\nhttps://example.org/a\n\n  http://example.org/b  \nhttps://example.org/a\nftp://example.org/c\nnot a link\n';
    expect(linksIn(text)).toEqual({ links: ['https://example.org/a', 'http://example.org/b'], rejected: ['ftp://example.org/c', 'not a link'] });
  });

  it('takes at most the named number of links', () => {
    const text = Array.from({ length: MAX_LINKS + 5 }, (_, k) => `https://example.org/${k}`).join('\n');
    expect(linksIn(text).links).toHaveLength(MAX_LINKS);
  });
});
