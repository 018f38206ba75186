// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseArticleFile } from '@shared/ingest';
import type { HighlightRecord } from '@shared/model';
import { Navigation } from '../../../src/renderer/src/app/navigation';
import { ServicesProvider, type AppServices } from '../../../src/renderer/src/app/services';
import { addParsedArticle } from '../../../src/renderer/src/db/articles';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { createTag } from '../../../src/renderer/src/db/tags';
import { SearchPanel } from '../../../src/renderer/src/features/search/SearchPanel';
import { getSearchService } from '../../../src/renderer/src/features/search/search-service';
import { freshDb } from '../db/test-db';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let db: ParallaxDB;
let root: Root;
let container: HTMLDivElement;
let navigation: Navigation;

async function settle(times = 4): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 40));
    });
  }
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 80; i += 1) {
    if (check()) return;
    await settle(1);
  }
  throw new Error(`timed out waiting for ${what}: ${container.textContent}`);
}

function typeInto(input: HTMLInputElement, value: string): Promise<void> {
  return act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function choose(select: HTMLSelectElement, value: string): Promise<void> {
  return act(async () => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const box = () => container.querySelector<HTMLInputElement>('input[aria-label="Search the corpus"]')!;
const options = () => [...container.querySelectorAll<HTMLElement>('[role="option"]')];
const titles = () => options().map((option) => option.querySelector('.search-result__title')!.textContent);

// jsdom lays nothing out: give the results list a size so the virtualiser renders rows.
for (const [property, size] of [['clientHeight', 600], ['clientWidth', 300]] as const) {
  const real = Object.getOwnPropertyDescriptor(Element.prototype, property)!;
  Object.defineProperty(Element.prototype, property, {
    configurable: true,
    get(this: Element) {
      return this.classList.contains('search-results') ? size : (real.get!.call(this) as number);
    },
  });
}

async function addArticle(text: string, name: string): Promise<string> {
  const outcome = await parseArticleFile({ name, bytes: new TextEncoder().encode(text) });
  if (!outcome.ok) throw new Error(outcome.error.message);
  const result = await addParsedArticle(db, outcome.article, name);
  if (result.status !== 'added') throw new Error('not added');
  return result.article.id;
}

beforeEach(async () => {
  db = freshDb();
  navigation = new Navigation(null);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

async function render(): Promise<void> {
  const services = { db, navigation } as unknown as AppServices;
  await act(async () => {
    root.render(
      <ServicesProvider services={services}>
        <SearchPanel />
      </ServicesProvider>,
    );
  });
}

afterEach(async () => {
  await act(async () => root.unmount());
  getSearchService(db).stop();
  container.remove();
  await db.delete();
});

describe('the search panel', () => {
  it('lists matches with the words marked, counts them, and opens an article at the match with Enter', async () => {
    const body = 'Blinken met Lavrov for two hours on Wednesday.';
    const id = await addArticle(`Talks in Reykjavik\n${body}`, 'a.txt');
    await addArticle('Fisheries\nNothing to see here about Lavrov.', 'b.txt');
    await render();
    await typeInto(box(), 'wednesday');
    await until(() => options().length === 1, 'one result');
    expect(container.querySelector('[aria-label="Result count"]')!.textContent).toBe('1 result');
    expect([...options()[0]!.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Wednesday']);
    expect(options()[0]!.querySelector('.search-result__snippet')!.innerHTML).not.toContain('<script');

    const openArticle = vi.spyOn(navigation, 'openArticle');
    await act(async () => {
      box().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    });
    const start = body.indexOf('Wednesday');
    expect(openArticle).toHaveBeenCalledWith(id, { start, end: start + 'Wednesday'.length });
  });

  it('says in words when nothing matches', async () => {
    await addArticle('Talks\nSomething else.', 'a.txt');
    await render();
    await typeInto(box(), 'zeppelin');
    await until(() => container.textContent!.includes('No article or note mentions “zeppelin”.'), 'the empty state');
  });

  it('narrows by tag and by date, and explains that undated articles are left out', async () => {
    const tagged = await addArticle('Tagged piece\nLavrov spoke first.', 'a.txt');
    await addArticle('Other piece\nLavrov spoke last.', 'b.txt');
    const { tag } = await createTag(db, { name: 'Threats' });
    await db.highlights.put({
      id: 'h1',
      articleId: tagged,
      start: 0,
      end: 6,
      selectors: {},
      tagIds: [tag.id],
      anchorStatus: 'anchored',
      createdAt: 1,
      updatedAt: 1,
    } as unknown as HighlightRecord);
    await render();
    await typeInto(box(), 'lavrov');
    await until(() => options().length === 2, 'two results');

    const tagSelect = container.querySelector<HTMLSelectElement>('select[aria-label="Filter by tag"]')!;
    await until(() => tagSelect.options.length === 2, 'the codebook in the tag filter');
    await choose(tagSelect, tag.id);
    await until(() => options().length === 1, 'the tagged article only');
    expect(titles()).toEqual(['Tagged piece']);

    await choose(tagSelect, '');
    const from = container.querySelector<HTMLInputElement>('input[aria-label="Published from"]')!;
    await typeInto(from, '2020-01-01');
    await until(() => container.textContent!.includes('a date without a year, are left out'), 'the date note');
    await until(() => container.textContent!.includes('No article or note mentions “lavrov” with these filters.'), 'no dated article');
  });

  it('opens a note by telling the notes pane, and its article in the reader', async () => {
    const articleId = await addArticle('Reuters report\nThe meeting lasted two hours.', 'a.txt');
    await db.notes.put({
      id: 'note-1',
      content: '{}',
      plainText: 'Compare the framing\nwith the Guardian',
      articleId,
      highlightId: null,
      citedArticleIds: [],
      createdAt: 1,
      updatedAt: 1,
    });
    await render();
    await typeInto(box(), 'framing');
    await until(() => options().length === 1, 'the note');
    expect(options()[0]!.textContent).toContain('Note on “Reuters report”');
    const opened: unknown[] = [];
    const listener = (event: Event) => opened.push((event as CustomEvent).detail);
    window.addEventListener('parallax:open-note', listener);
    const openArticle = vi.spyOn(navigation, 'openArticle');
    await act(async () => options()[0]!.click());
    window.removeEventListener('parallax:open-note', listener);
    expect(opened).toEqual([{ noteId: 'note-1' }]);
    expect(openArticle).toHaveBeenCalledWith(articleId);
  });
});
