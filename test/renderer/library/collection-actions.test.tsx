// @vitest-environment jsdom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../src/renderer/src/app/services';
import { renderWithServices } from '../render-with-services';
import { UndoHistory } from '../../../src/renderer/src/app/undo';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { useCollectionActions } from '../../../src/renderer/src/features/library/use-collection-actions';
import { addTextArticle, freshDb } from '../db/test-db';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let db: ParallaxDB;
let root: Root;
let undo: UndoHistory;
let actions: ReturnType<typeof useCollectionActions>;

function Probe() {
  actions = useCollectionActions();
  return null;
}

async function mount(project: { projectName: string; role: string } | null): Promise<void> {
  const sync = { getSnapshot: () => ({ project }) };
  const services = { db, undo, sync } as unknown as AppServices;
  root = await renderWithServices(services, <Probe />);
}

beforeEach(() => {
  db = freshDb();
  undo = new UndoHistory();
});

afterEach(async () => {
  await act(async () => root.unmount());
  await db.delete();
});

describe('what the library does to collections', () => {
  it('records each change with a label in words, and Undo and Redo walk it', async () => {
    await mount(null);
    const a = await addTextArticle(db, 'a.txt', 'Mayor resigns\nThe mayor resigned on Tuesday after a long inquiry.');
    const b = await addTextArticle(db, 'b.txt', 'Port strike ends\nDock workers returned to work on Friday.');
    const made = await actions.create('Week one', [a]);
    if (!made.ok) throw new Error(made.error.message);
    expect(undo.getSnapshot().undoLabel).toBe('Create collection “Week one” with 1 article');
    expect(await actions.add(made.value, [a, b])).toMatchObject({ ok: true });
    expect(undo.getSnapshot().undoLabel).toBe('Add 1 article to “Week one” (1 already in it)');
    await undo.undo();
    expect((await db.collections.get(made.value.id))!.articleIds).toEqual([a]);
    await undo.redo();
    expect((await db.collections.get(made.value.id))!.articleIds).toEqual([a, b]);
  });

  it('says that articles already in a collection are there, and records nothing', async () => {
    await mount(null);
    const a = await addTextArticle(db, 'a.txt', 'Mayor resigns\nThe mayor resigned on Tuesday after a long inquiry.');
    const made = await actions.create('Week one', [a]);
    if (!made.ok) throw new Error(made.error.message);
    expect(await actions.add(made.value, [a])).toEqual({ ok: false, error: { code: 'already-in', message: 'This article is already in “Week one”.' } });
    expect(undo.getSnapshot().undoLabel).toBe('Create collection “Week one” with 1 article');
    // Renaming to the same name changes nothing and is not recorded either.
    expect(await actions.rename(made.value, 'Week one')).toMatchObject({ ok: true });
    expect(undo.getSnapshot().undoLabel).toBe('Create collection “Week one” with 1 article');
  });

  it('refuses a viewer of a shared project in words, and writes nothing', async () => {
    await mount({ projectName: 'Reykjavik study', role: 'viewer' });
    const result = await actions.create('Week one', []);
    expect(result).toEqual({ ok: false, error: { code: 'viewer', message: 'You are a viewer of “Reykjavik study”: you can read its collections but not change them.' } });
    expect(await db.collections.count()).toBe(0);
    expect(undo.getSnapshot().canUndo).toBe(false);
  });
});
