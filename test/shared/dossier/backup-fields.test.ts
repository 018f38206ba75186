/**
 * Every field a backup can set is checked like a sync peer's (src/shared/sync/fields.ts):
 * a backup is a file from anywhere. Each case damages one field of a valid backup.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { backupJson, type BackupCorpus, parseBackup } from '@shared/dossier';
import { MAX_DESCRIPTION, MAX_LIST_ITEMS, MAX_SHORT_TEXT, MAX_TAGS_PER_HIGHLIGHT } from '@shared/sync/fields';
import { fixtureCorpus } from './fixture';

let base: BackupCorpus;
beforeAll(async () => {
  const input = await fixtureCorpus();
  base = {
    articles: input.articles.map((a) => a.record),
    articleTexts: input.articles.map((a) => ({ id: a.record.id, text: a.text, boilerplate: a.boilerplate ?? [] })),
    tags: input.tags,
    highlights: input.highlights,
    notes: input.notes,
    collections: [],
    meta: [],
  };
});

type Table = 'articles' | 'tags' | 'highlights' | 'notes' | 'articleTexts';

/** The backup with `field` of the first record of `table` set to `value`, read back. */
function withField(table: Table, field: string, value: unknown) {
  const json = JSON.parse(backupJson(base, '2024-05-01T10:00:00.000Z')) as { corpus: Record<Table, Record<string, unknown>[]> };
  json.corpus[table][0]![field] = value;
  return parseBackup(JSON.stringify(json));
}

function expectRefused(table: Table, field: string, value: unknown, expected: RegExp) {
  const result = withField(table, field, value);
  expect(result.ok, `${table}.${field} = ${JSON.stringify(value)?.slice(0, 60)}`).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe('invalid');
    expect(result.error.message).toMatch(/nothing was restored/);
    expect(result.error.problems?.some((p) => p.includes(`"${field}" is not valid`) && expected.test(p))).toBe(true);
  }
}

describe('a backup’s fields, checked as a sync peer’s are', () => {
  it('takes the fixture backup as it is', () => {
    expect(parseBackup(backupJson(base, '2024-05-01T10:00:00.000Z')).ok).toBe(true);
  });

  it('takes a tag colour only as #rrggbb, so no CSS reaches a style attribute', () => {
    for (const colour of ['red;background:url(javascript:alert(1))', 'red', '#fff', 'rgb(1,2,3)', 'var(--accent)', '#12345g', ' #123456', 7]) {
      expectRefused('tags', 'color', colour, /#rrggbb/);
    }
    expect(withField('tags', 'color', '#A0b1C2').ok).toBe(true);
  });

  it('takes tag names and descriptions only up to their length limits', () => {
    expectRefused('tags', 'name', 'x'.repeat(MAX_SHORT_TEXT + 1), new RegExp(`${MAX_SHORT_TEXT}`));
    expectRefused('tags', 'description', 'x'.repeat(MAX_DESCRIPTION + 1), new RegExp(`${MAX_DESCRIPTION}`));
    expect(withField('tags', 'name', 'x'.repeat(MAX_SHORT_TEXT)).ok).toBe(true);
  });

  it('takes ids only as letters, digits, - and _ (nothing that could break out of an attribute or a document name)', () => {
    expectRefused('tags', 'parentId', 'a"b', /id/);
    expectRefused('highlights', 'tagIds', ['t/1'], /ids/);
    expectRefused('notes', 'citedArticleIds', ['<x>'], /ids/);
    expectRefused('articles', 'previousVersionId', '../x', /id/);
    expectRefused('articles', 'nearDuplicateIds', [''], /ids/);
  });

  it('takes article metadata only as short text, and names only as short lists', () => {
    expectRefused('articles', 'title', 'x'.repeat(MAX_SHORT_TEXT + 1), /characters/);
    expectRefused('articles', 'outlet', 42, /characters/);
    expectRefused('articles', 'url', 'x'.repeat(MAX_SHORT_TEXT + 1), /characters/);
    expectRefused('articles', 'authors', Array.from({ length: MAX_LIST_ITEMS + 1 }, () => 'A. Writer'), /names/);
    expectRefused('articles', 'agencies', [3], /names/);
  });

  it('takes no more tags on one highlight than a sync peer may set', () => {
    const many = Array.from({ length: MAX_TAGS_PER_HIGHLIGHT + 1 }, (_, i) => `t${i}`);
    expectRefused('highlights', 'tagIds', many, new RegExp(`at most ${MAX_TAGS_PER_HIGHLIGHT}`));
  });

  it('says a broken file is not valid JSON in its own words, without the parser’s', () => {
    const result = parseBackup('{"format": "parallax-backup", "version": 1,');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toBe('This file is not a Parallax backup: it is not valid JSON. It may be damaged or cut short; nothing was restored.');
      expect(result.error.message).not.toMatch(/position|token|Unexpected|JSON\.parse/);
    }
  });
});
