import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/shared/compare';
import { applyNameChoices } from '../../../src/shared/compare/name-choices';
import { readBackupCorpus } from '../../../src/renderer/src/db/backup';
import { addNameChoice, clearNameChoicesFor, listNameChoices } from '../../../src/renderer/src/db/name-choices';
import { freshDb } from './test-db';

// "Kit" for Christopher is a short form no rule knows: the merge is the person's to make.
const articles = [
  { id: 'a', text: 'Mayor Christopher Ortiz Jr. said the town would rebuild. Spokeswoman Dana Ruiz agreed.' },
  { id: 'b', text: 'Mayor Kit Ortiz Jr. said the town would rebuild. Spokeswoman Dana Ruiz-Lopez agreed.' },
];

describe('name merges and splits a person makes', () => {
  it('are stored, survive a reopen of the list, travel in the backup, and change the names Compare shows', async () => {
    const db = freshDb();
    await addNameChoice(db, { kind: 'merge', forms: ['Christopher Ortiz Jr.', 'Kit Ortiz Jr.'], at: '2026-01-01T00:00:00Z' });
    const choices = await listNameChoices(db);
    expect(choices).toHaveLength(1);
    expect((await readBackupCorpus(db)).meta.some((m) => m.key === 'compare.nameChoices')).toBe(true);

    const found = compareArticles(articles).entities;
    const ortizBefore = found.filter((e) => e.variants.some((v) => v.includes('Ortiz')));
    expect(ortizBefore.length).toBe(2);
    const applied = applyNameChoices(found, choices);
    const ortiz = applied.filter((e) => e.variants.some((v) => v.includes('Ortiz')));
    expect(ortiz).toHaveLength(1);
    expect(ortiz[0]!.variants).toEqual(expect.arrayContaining(['Christopher Ortiz Jr.', 'Kit Ortiz Jr.']));
    expect(ortiz[0]!.mentions.map((m) => m.articleId).sort()).toEqual(['a', 'b']);

    await clearNameChoicesFor(db, 'Kit Ortiz Jr.');
    expect(await listNameChoices(db)).toEqual([]);
  });

  it('split a spelling off into a person of its own', () => {
    const entities = [{ name: 'Dana Ruiz', variants: ['Dana Ruiz', 'Dana Ruiz-Lopez'], kind: 'person' as const, mentions: [{ articleId: 'a', start: 0, end: 9, text: 'Dana Ruiz' }, { articleId: 'b', start: 0, end: 15, text: 'Dana Ruiz-Lopez' }] }];
    const split = applyNameChoices(entities, [{ kind: 'split', form: 'Dana Ruiz-Lopez', at: '2026-01-02T00:00:00Z' }]);
    expect(split.map((e) => [e.name, e.variants, e.mentions.length])).toEqual([
      ['Dana Ruiz', ['Dana Ruiz'], 1],
      ['Dana Ruiz-Lopez', ['Dana Ruiz-Lopez'], 1],
    ]);
  });
});
