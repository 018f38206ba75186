// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseArticleFile } from '@shared/ingest';
import type { Id } from '@shared/model';
import { ServicesProvider, type AppServices } from '../../../src/renderer/src/app/services';
import { addParsedArticle } from '../../../src/renderer/src/db/articles';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { CompareChooser } from '../../../src/renderer/src/features/compare/CompareChooser';
import { freshDb } from '../db/test-db';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** More than the chooser lists at once (its limit is 300). */
const ARTICLES = 310;

let db: ParallaxDB;
let root: Root;
let host: HTMLElement;

async function addArticles(count: number): Promise<Id[]> {
  const ids: Id[] = [];
  for (let i = 1; i <= count; i++) {
    const body = `---\ntitle: Harbour report number ${i}\noutlet: The Ledger\n---\n\nThe harbour board met for the ${i}th time on Tuesday.`;
    const outcome = await parseArticleFile({ name: `report-${i}.md`, bytes: new TextEncoder().encode(body) });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const added = await addParsedArticle(db, outcome.article, `report-${i}.md`);
    if (added.status !== 'added') throw new Error('expected added');
    ids.push(added.article.id);
  }
  return ids;
}

async function open(initial: Id[]): Promise<void> {
  const services = { db } as unknown as AppServices;
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => {
    root.render(
      <ServicesProvider services={services}>
        <CompareChooser open onOpenChange={() => undefined} initial={initial} onCompare={() => undefined} />
      </ServicesProvider>,
    );
  });
}

const listed = () => [...document.querySelectorAll('[aria-label="Articles to compare"] li')];
const listedTitles = () => listed().map((li) => li.querySelector('.compare-chooser__title')?.textContent);

beforeEach(() => {
  db = freshDb();
});

afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
  await db.delete();
});

describe('choosing articles to compare in a large library', () => {
  it('lists at most 300 articles, the ticked one always among them, and says how to find the rest', async () => {
    const ids = await addArticles(ARTICLES);
    await open([ids[ARTICLES - 1]!]);
    await vi.waitFor(() => expect(listed().length).toBeGreaterThan(0), { timeout: 5_000 });
    expect(listed()).toHaveLength(301);
    expect(listedTitles()[0]).toBe(`Harbour report number ${ARTICLES}`);
    expect(listed()[0]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(true);
    expect(document.querySelector('.compare-chooser__more')?.textContent).toBe('300 of 310 articles listed: type in the filter to find others.');
  });

  it('finds an article past the first 300 by the filter', async () => {
    await addArticles(ARTICLES);
    await open([]);
    await vi.waitFor(() => expect(listed().length).toBe(300), { timeout: 5_000 });
    const filter = document.querySelector<HTMLInputElement>('input[aria-label="Filter articles"]')!;
    await act(async () => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setValue.call(filter, 'number 305');
      filter.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(listedTitles()).toEqual(['Harbour report number 305']);
    expect(document.querySelector('.compare-chooser__more')).toBeNull();
  });
});
