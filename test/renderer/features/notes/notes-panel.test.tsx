// @vitest-environment jsdom
import { SyncService } from '../../../../src/renderer/src/sync/sync-service';
import type { ParallaxBridge } from '@shared/bridge';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describe as describeSpan } from '@shared/anchoring';
import type { SpanCitation } from '@shared/model';
import { Navigation } from '../../../../src/renderer/src/app/navigation';
import { ServicesProvider, type AppServices } from '../../../../src/renderer/src/app/services';
import { UndoHistory } from '../../../../src/renderer/src/app/undo';
import type { ParallaxDB } from '../../../../src/renderer/src/db/schema';
import { CitationRequests } from '../../../../src/renderer/src/features/notes/citation-requests';
import { NotesPanel } from '../../../../src/renderer/src/features/notes/NotesPanel';
import { freshDb } from '../../db/test-db';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TEXT = 'Blinken and Lavrov met in Reykjavik on Wednesday. Both called the talks constructive.';
const QUOTE = 'Both called the talks constructive.';

function citation(articleId: string): SpanCitation {
  const start = TEXT.indexOf(QUOTE);
  const end = start + QUOTE.length;
  return { articleId, start, end, selectors: describeSpan(TEXT, start, end), quote: QUOTE, sourceLabel: 'Reuters, 19 May 2021', highlightId: null };
}

async function waitFor<T>(find: () => T | null | undefined, timeout = 4000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - started > timeout) throw new Error('Timed out waiting');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  }
}

function button(name: string): HTMLButtonElement | null {
  return (
    [...document.querySelectorAll('button')].find(
      (element) => element.getAttribute('aria-label') === name || element.textContent?.trim() === name,
    ) ?? null
  );
}

describe('the notes pane', () => {
  let db: ParallaxDB;
  let root: Root;
  let container: HTMLElement;
  let services: AppServices;

  beforeEach(() => {
    db = freshDb();
    const navigation = new Navigation(null);
    navigation.openArticle('article-a');
    services = {
      db,
      navigation,
      undo: new UndoHistory(),
      citations: new CitationRequests(),
      mode: 'web',
      // A corpus that is not shared: the notes pane edits notes locally.
      sync: new SyncService(db, {} as ParallaxBridge, { storeName: `notes-panel-sync-${Math.random()}` }),
    } as unknown as AppServices;
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() => {
      root.render(
        <ServicesProvider services={services}>
          <NotesPanel />
        </ServicesProvider>,
      );
    });
  });

  afterEach(async () => {
    act(() => root.unmount());
    container.remove();
    await db.delete();
  });

  it('creates a note on the open article, opens it, and Undo removes it', async () => {
    (await waitFor(() => button('New note'))).click();
    const editor = await waitFor(() => document.querySelector('[role="textbox"][aria-label="Note text"]'));
    expect(editor).not.toBeNull();
    const notes = await db.notes.toArray();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ articleId: 'article-a', highlightId: null });
    for (const label of ['Bold', 'Italic', 'Bulleted list', 'Numbered list', 'Quote', 'Link']) expect(button(label)).not.toBeNull();
    await act(async () => {
      await services.undo.undo();
    });
    expect(await db.notes.count()).toBe(0);
    await waitFor(() => !document.querySelector('[aria-label="Note text"]'));
  });

  it('answers a citation with no note open by a new note holding it; its chip opens the article at the span', async () => {
    act(() => services.citations.request(citation('article-b')));
    // The chip reads its citation's row: it has its words once the row is read.
    const chip = await waitFor(() => document.querySelector<HTMLElement>('[role="link"][aria-label]'));
    expect(chip.getAttribute('aria-label')).toBe(`${QUOTE} — Reuters, 19 May 2021`);
    expect(chip.textContent).toBe(`“${QUOTE}”Reuters, 19 May 2021`);
    const notes = await db.notes.toArray();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ articleId: 'article-b', citedArticleIds: ['article-b'] });
    const open = vi.spyOn(services.navigation, 'openArticle');
    act(() => chip.click());
    expect(open).toHaveBeenCalledWith('article-b', { start: TEXT.indexOf(QUOTE), end: TEXT.indexOf(QUOTE) + QUOTE.length });
  });

  it('shows a change to a citation row in the open note at once, without the note being rewritten', async () => {
    act(() => services.citations.request(citation('article-b')));
    const chip = await waitFor(() => document.querySelector<HTMLElement>('[role="link"][aria-label]'));
    const [row] = await db.citations.toArray();
    const [before] = await db.notes.toArray();
    expect(before?.content).toContain(`"citationId":"${row!.id}"`);
    expect(before?.content).not.toContain(QUOTE);
    // What re-anchoring on a newer version does: the row moves to the new article and new offsets.
    await db.citations.put({ ...row!, articleId: 'article-b2', start: row!.start + 10, end: row!.end + 10 });
    await waitFor(() => chip.isConnected && document.querySelector('[data-article-id="article-b2"]'));
    const open = vi.spyOn(services.navigation, 'openArticle');
    act(() => document.querySelector<HTMLElement>('[data-article-id="article-b2"]')!.click());
    expect(open).toHaveBeenCalledWith('article-b2', { start: row!.start + 10, end: row!.end + 10 });
    expect((await db.notes.toArray())[0]?.content).toBe(before?.content);
  });

  it('inserts a citation into the open note and saves it', async () => {
    (await waitFor(() => button('New note'))).click();
    await waitFor(() => document.querySelector('[aria-label="Note text"]'));
    act(() => services.citations.request(citation('article-c')));
    await waitFor(() => document.querySelector('[role="link"][aria-label]'));
    await vi.waitFor(async () => expect((await db.notes.toArray())[0]?.citedArticleIds).toEqual(['article-c']), { timeout: 3000 });
    const [note] = await db.notes.toArray();
    expect(note).toMatchObject({ articleId: 'article-a' });
    expect(note?.plainText).toBe(`“${QUOTE}” (Reuters, 19 May 2021)`);
    expect(await db.notes.count()).toBe(1);
    await waitFor(() => document.querySelector('.note-editor__status')?.textContent === 'Saved');
  });

  it('deletes the open note with Undo putting it back', async () => {
    (await waitFor(() => button('New note'))).click();
    await waitFor(() => button('Delete note'));
    const id = (await db.notes.toArray())[0]!.id;
    await act(async () => {
      button('Delete note')!.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(await db.notes.get(id)).toBeUndefined();
    await act(async () => {
      await services.undo.undo();
    });
    expect(await db.notes.get(id)).toBeDefined();
  });
});
