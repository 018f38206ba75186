import { describe, expect, it } from 'vitest';
import { metadataInputValue, parseMetadataInput } from '@shared/metadata-edit';

describe('metadata a person types', () => {
  it('splits authors and agencies on commas, semicolons and "and", dropping repeats', () => {
    expect(parseMetadataInput('authors', 'Jane Doe, John Roe and Ann Lee; Jane Doe')).toEqual({ ok: true, value: ['Jane Doe', 'John Roe', 'Ann Lee'] });
    expect(parseMetadataInput('agencies', ' AFP ,AP ')).toEqual({ ok: true, value: ['AFP', 'AP'] });
  });

  it('treats an empty box as clearing the field', () => {
    expect(parseMetadataInput('outlet', '   ')).toEqual({ ok: true, value: null });
    expect(parseMetadataInput('authors', '')).toEqual({ ok: true, value: [] });
  });

  it('accepts a full date, a date without a year, and a timestamp', () => {
    expect(parseMetadataInput('published', '2021-05-19')).toEqual({ ok: true, value: '2021-05-19' });
    expect(parseMetadataInput('published', '--05-19')).toEqual({ ok: true, value: '--05-19' });
    expect(parseMetadataInput('published', '2021-05-19T10:30:00Z')).toEqual({ ok: true, value: '2021-05-19T10:30:00Z' });
  });

  it('explains how to write a date it cannot read', () => {
    for (const input of ['May 19', '2021-02-30', '--13-01', '19/05/2021']) {
      const result = parseMetadataInput('published', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/YYYY-MM-DD/);
    }
  });

  it('accepts only web addresses as URLs', () => {
    expect(parseMetadataInput('url', 'https://example.com/story')).toEqual({ ok: true, value: 'https://example.com/story' });
    expect(parseMetadataInput('url', 'javascript:alert(1)')).toMatchObject({ ok: false });
    expect(parseMetadataInput('url', 'not a url')).toMatchObject({ ok: false });
  });

  it('collapses white space in text fields and shows lists as comma-separated', () => {
    expect(parseMetadataInput('title', '  A   headline\n here ')).toEqual({ ok: true, value: 'A headline here' });
    expect(metadataInputValue(['AFP', 'AP'])).toBe('AFP, AP');
    expect(metadataInputValue(null)).toBe('');
  });
});
