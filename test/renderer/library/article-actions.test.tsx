// @vitest-environment jsdom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticleFile } from '@shared/ingest';
import type { Id } from '@shared/model';
import { Navigation } from '../../../src/renderer/src/app/navigation';
import type { AppServices } from '../../../src/renderer/src/app/services';
import { renderWithServices } from '../render-with-services';
import { UndoHistory } from '../../../src/renderer/src/app/undo';
import { addParsedArticle } from '../../../src/renderer/src/db/articles';
import { createHighlight } from '../../../src/renderer/src/db/highlights';
import { createNote } from '../../../src/renderer/src/db/notes';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { useArticleActions } from '../../../src/renderer/src/features/library/use-article-actions';
import { freshDb } from '../db/test-db';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let db: ParallaxDB;
let root: Root;
let undo: UndoHistory;
let navigation: Navigation;
let actions: ReturnType<typeof useArticleActions>;

function Probe() {
  actions = useArticleActions();
  return null;
}

async function mount(project: { projectName: string } | null): Promise<void> {
  const sync = { getSnapshot: () => ({ project }) };
  const services = { db, undo, navigation, sync } as unknown as AppServices;
  root = await renderWithServices(services, <Probe />);
}

async function article(name: string, body: string): Promise<Id> {
  const outcome = await parseArticleFile({ name, bytes: new TextEncoder().encode(body) });
  if (!outcome.ok) throw new Error(outcome.error.message);
  const added = await addParsedArticle(db, outcome.article, name);
  if (added.status !== 'added') throw new Error('expected added');
  return added.article.id;
}

beforeEach(() => {
  db = freshDb();
  undo = new UndoHistory();
  navigation = new Navigation(null);
});

afterEach(async () => {
  await act(async () => root.unmount());
  await db.delete();
});

describe('deleting articles from the library', () => {
  it('deletes them, closes the open one, and Undo brings them back', async () => {
    await mount(null);
    const a = await article('a.txt', 'Mayor resigns\nThe mayor resigned on Tuesday after a long inquiry.');
    const b = await article('b.txt', 'Port strike ends\nDock workers returned to work on Friday.');
    navigation.openArticle(a);

    const result = await actions.remove([a]);

    expect(result).toEqual({ ok: true, value: 'Delete “Mayor resigns”' });
    expect(await db.articles.count()).toBe(1);
    expect(navigation.getState().articleId).toBeNull();
    expect(undo.getSnapshot().undoLabel).toBe('Delete “Mayor resigns”');
    await undo.undo();
    expect((await db.articles.toArray()).map((x) => x.id).sort()).toEqual([a, b].sort());
  });

  it('says every note it sets free, those on the article’s highlights too', async () => {
    await mount(null);
    const a = await article('a.txt', 'Mayor resigns\nThe mayor resigned on Tuesday after a long inquiry.');
    const highlight = await createHighlight(db, { articleId: a, start: 14, end: 37, tagIds: [] });
    await createNote(db, { articleId: a });
    await createNote(db, { highlightId: highlight.id });

    const result = await actions.remove([a]);

    expect(result).toEqual({ ok: true, value: 'Delete “Mayor resigns” and its 1 highlight (2 notes kept as free notes)' });
    expect(undo.getSnapshot().undoLabel).toBe('Delete “Mayor resigns” and its 1 highlight (2 notes kept as free notes)');
    expect(await db.notes.count()).toBe(2);
  });

  it('refuses in a shared project, in words that name it, and deletes nothing', async () => {
    await mount({ projectName: 'Reykjavik talks' });
    const a = await article('a.txt', 'Mayor resigns\nThe mayor resigned on Tuesday after a long inquiry.');

    const result = await actions.remove([a]);

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^Articles of the shared project “Reykjavik talks” cannot be deleted yet/);
    expect(await db.articles.count()).toBe(1);
    expect(undo.getSnapshot().canUndo).toBe(false);
  });

  it('says so when nothing is chosen', async () => {
    await mount(null);
    const result = await actions.remove([]);
    expect(result).toEqual({ ok: false, error: { code: 'nothing-selected', message: 'Choose the articles to delete first.' } });
  });
});
