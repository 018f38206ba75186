/**
 * Reading a backup against its schema (src/shared/dossier/backup-schema.ts): what a person is
 * told about a bad field, which backups are still read, and what happens to fields the format
 * does not name. Each case edits the documented example file, whose ids are written out here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '@shared/dossier';

const EXAMPLE = readFileSync(resolve(import.meta.dirname, '../../fixtures/dossier/backup-v1.example.json'), 'utf8');
const ARTICLE = '7f1c2a9e-0000-4000-8000-000000000001';
const HIGHLIGHT = 'c3d4e5f6-0000-4000-8000-000000000004';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- edited freely, like a hostile file

/** The example backup, edited. */
function example(edit: (data: Json) => void): string {
  const data = JSON.parse(EXAMPLE) as Json;
  edit(data);
  return JSON.stringify(data);
}

function problemsOf(json: string): string[] {
  const result = parseBackup(json);
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expect(result.error.code).toBe('invalid');
  return result.error.problems ?? [];
}

describe('a bad field in a backup', () => {
  it('is refused with the record and the path of the field deep inside it, in words', () => {
    const json = example((d) => {
      d.corpus.highlights[0].selectors.quote.exact = 42;
    });
    expect(problemsOf(json)).toEqual([
      `The backup’s highlight 1 (id "${HIGHLIGHT}"): "selectors" is not valid; it should be a TextPositionSelector and a TextQuoteSelector (highlights[0].selectors.quote.exact).`,
    ]);
  });

  it('is refused inside a list inside a record with the item’s place in the path', () => {
    const json = example((d) => {
      d.corpus.articleTexts[0].boilerplate[0].at = -3;
    });
    expect(problemsOf(json)).toEqual([`The backup’s article text 1 (id "${ARTICLE}"): "boilerplate" is not valid; it should be a list of { text, reason, at? } (articleTexts[0].boilerplate[0].at).`]);
  });

  it('is named as missing when it is not there, and the record it leaves without a text is named too', () => {
    const json = example((d) => {
      delete d.corpus.articleTexts[0].text;
    });
    expect(problemsOf(json)).toEqual([
      `The backup’s article text 1 (id "${ARTICLE}"): "text" is missing; it should be text (articleTexts[0].text).`,
      `The backup’s article 1 (id "${ARTICLE}") has no text in articleTexts (articles[0].id).`,
    ]);
  });

  it('is told in the app’s own words, never in the validation library’s', () => {
    const result = parseBackup(
      example((d) => {
        d.corpus.tags[1].color = 'red';
        d.corpus.notes[0].createdAt = 'yesterday';
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toBe(
      'This Parallax backup is damaged or incomplete, so nothing was restored: ' +
        'The backup’s tag 2 (id "b2c3d4e5-0000-4000-8000-000000000003"): "color" is not valid; it should be a colour of the form #rrggbb (tags[1].color). ' +
        'The backup’s note 1 (id "d4e5f6a7-0000-4000-8000-000000000005"): "createdAt" is not valid; it should be a time (notes[0].createdAt).',
    );
    expect(result.error.message).not.toMatch(/Invalid (type|key)|Expected|Received/);
  });

  it('in a record that is not an object at all is named once, for the whole record', () => {
    const json = example((d) => {
      d.corpus.tags.push(['a', 'list']);
    });
    expect(problemsOf(json)).toEqual(['The backup’s tag 3 is not an object (tags[2]).']);
  });
});

describe('an older backup', () => {
  it('in format 1 without the settings table it may leave out still reads, with no settings', () => {
    const result = parseBackup(
      example((d) => {
        delete d.corpus.meta;
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.version).toBe(1);
    expect(result.backup.corpus.meta).toEqual([]);
    expect(result.backup.corpus.articles.map((a) => a.id)).toEqual([ARTICLE]);
    expect(result.backup.corpus.tags.map((t) => [t.name, t.color])).toEqual([
      ['Framing', '#3a86ff'],
      ['Conflict', '#e4572e'],
    ]);
  });
});

describe('a field the backup format does not name', () => {
  it('is kept on a record, as restoring always kept it, and comes back out in the next backup', () => {
    const result = parseBackup(
      example((d) => {
        d.corpus.articles[0].fromLaterVersion = { note: 'kept' };
        d.corpus.highlights[0].coderId = 'coder-7';
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.corpus.articles[0]).toMatchObject({ fromLaterVersion: { note: 'kept' } });
    expect(result.backup.corpus.highlights[0]!.coderId).toBe('coder-7');
    expect(serializeBackup(result.backup)).toContain('"fromLaterVersion": {\n          "note": "kept"\n        },');
  });

  it('is dropped at the top of the file and among the tables, as before', () => {
    const result = parseBackup(
      example((d) => {
        d.comment = 'made by hand';
        d.corpus.snapshots = [{ id: 'x' }];
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.backup)).toEqual(['format', 'version', 'exportedAt', 'app', 'corpus']);
    expect(Object.keys(result.backup.corpus)).toEqual(['articles', 'articleTexts', 'tags', 'highlights', 'notes', 'collections', 'meta']);
  });
});
