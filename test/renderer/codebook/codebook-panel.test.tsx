// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describe as describeSpan } from '@shared/anchoring/describe';
import type { ArticleRecord } from '@shared/model';
import { Navigation } from '../../../src/renderer/src/app/navigation';
import { ServicesProvider, type AppServices } from '../../../src/renderer/src/app/services';
import { UndoHistory } from '../../../src/renderer/src/app/undo';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { createTag } from '../../../src/renderer/src/db/tags';
import { CodebookPanel } from '../../../src/renderer/src/features/codebook/CodebookPanel';
import { freshDb } from '../db/test-db';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let db: ParallaxDB;
let root: Root;
let container: HTMLDivElement;
let undo: UndoHistory;
let navigation: Navigation;

/** Lets Dexie's live queries and React settle. */
async function settle(times = 4): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 15));
    });
  }
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 60; i += 1) {
    if (check()) return;
    await settle(1);
  }
  throw new Error(`timed out waiting for ${what}`);
}

function key(target: Element, keyName: string, init: KeyboardEventInit = {}): Promise<void> {
  return act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true, cancelable: true, ...init }));
  });
}

function items(): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('[role="treeitem"]')];
}

function names(): string[] {
  return items().map((item) => item.querySelector('.codebook-row__name')?.textContent ?? '');
}

function typeInto(input: HTMLInputElement, value: string): Promise<void> {
  return act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

// jsdom lays nothing out: give the passage list a size so the virtualiser renders rows.
for (const [property, size] of [['clientHeight', 400], ['clientWidth', 300]] as const) {
  const real = Object.getOwnPropertyDescriptor(Element.prototype, property)!;
  Object.defineProperty(Element.prototype, property, {
    configurable: true,
    get(this: Element) {
      return this.classList.contains('codebook-passages__scroll') ? size : (real.get!.call(this) as number);
    },
  });
}

// Radix settles its popper and presence state in timers of its own; those updates are not the subject here.
const consoleError = console.error.bind(console);
vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('not wrapped in act')) return;
  consoleError(...args);
});

beforeEach(async () => {
  db = freshDb();
  undo = new UndoHistory();
  navigation = new Navigation(null);
  const services = { db, undo, navigation } as unknown as AppServices;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => {
    root.render(
      <ServicesProvider services={services}>
        <CodebookPanel />
      </ServicesProvider>,
    );
  });
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
  await db.delete();
});

describe('the codebook panel', () => {
  it('creates a tag from the New tag input, shows it in the tree, and Undo removes it', async () => {
    await until(() => container.textContent!.includes('No tags yet.'), 'the empty state');
    const input = container.querySelector<HTMLInputElement>('input[aria-label="New tag name"]')!;
    await typeInto(input, 'Threats');
    await act(async () => {
      input.form!.requestSubmit();
    });
    await until(() => names().includes('Threats'), 'the new tag');
    expect(undo.getSnapshot().undoLabel).toBe('Create tag “Threats”');
    await act(async () => {
      await undo.undo();
    });
    await until(() => names().length === 0, 'the tag to go');
  });

  it('shows the tree with levels, moves with the arrow keys, collapses and expands, and renames with F2', async () => {
    const { tag: warnings } = await createTag(db, { name: 'Warnings' });
    await createTag(db, { name: 'Threats', parentId: warnings.id });
    await createTag(db, { name: 'Appeals' });
    await until(() => names().length === 3, 'three tags');
    expect(names()).toEqual(['Warnings', 'Threats', 'Appeals']);
    expect(items().map((i) => i.getAttribute('aria-level'))).toEqual(['1', '2', '1']);
    expect(items()[0]!.getAttribute('aria-expanded')).toBe('true');
    expect(items()[1]!.hasAttribute('aria-expanded')).toBe(false);

    const tree = container.querySelector('[role="tree"]')!;
    items()[0]!.focus();
    await key(items()[0]!, 'ArrowLeft');
    await until(() => names().length === 2, 'the branch to close');
    expect(items()[0]!.getAttribute('aria-expanded')).toBe('false');
    await key(items()[0]!, 'ArrowRight');
    await until(() => names().length === 3, 'the branch to open');
    await key(items()[0]!, 'ArrowDown');
    await settle(1);
    expect(document.activeElement).toBe(items()[1]);
    await key(items()[1]!, 'Enter');
    await settle(1);
    expect(items()[1]!.getAttribute('aria-selected')).toBe('true');
    expect(tree.contains(document.activeElement)).toBe(true);

    await key(items()[1]!, 'F2');
    const rename = await (async () => {
      await until(() => !!container.querySelector('input[aria-label="Tag name"]'), 'the rename input');
      return container.querySelector<HTMLInputElement>('input[aria-label="Tag name"]')!;
    })();
    await typeInto(rename, 'Menaces');
    await key(rename, 'Enter');
    await until(() => names().includes('Menaces'), 'the new name');
    expect(undo.getSnapshot().undoLabel).toBe('Rename “Threats” to “Menaces”');
  });

  it('asks before deleting, stating what the deletion affects', async () => {
    const article: ArticleRecord = {
      id: 'a1', title: 'Talks in Reykjavik', outlet: 'AP', authors: [], published: '2021-05-19', dateline: null, agencies: [], url: null,
      format: 'txt', fingerprint: 'f', sourceName: 'a.txt', importedAt: 1, length: 0, warnings: [], provenance: {}, edits: {},
      nearDuplicateIds: [], previousVersionId: null, lang: null, versionKeys: [],
    };
    const text = 'Blinken warned Moscow. Lavrov listened.';
    await db.articles.add(article);
    await db.articleTexts.add({ id: 'a1', text, boilerplate: [] });
    const { tag: warnings } = await createTag(db, { name: 'Warnings' });
    const { tag: child } = await createTag(db, { name: 'Explicit', parentId: warnings.id });
    await createTag(db, { name: 'Implicit', parentId: warnings.id });
    const start = text.indexOf('warned Moscow');
    await db.highlights.add({
      id: 'h1', articleId: 'a1', start, end: start + 13, selectors: describeSpan(text, start, start + 13), tagIds: [child.id],
      anchorStatus: 'anchored', createdAt: 1, updatedAt: 1,
    });
    await until(() => names().length === 3, 'the tags');
    items()[0]!.focus();
    await key(items()[0]!, 'Delete');
    await until(() => !!document.querySelector('[role="dialog"]'), 'the dialog');
    await until(() => document.querySelector('[role="dialog"]')!.textContent!.includes('Delete “Warnings” and its 2 child tags?'), 'the question');
    expect(document.querySelector('[role="dialog"]')!.textContent).toContain('1 highlight in 1 article loses these tags; the highlight stays.');
    const confirm = [...document.querySelectorAll<HTMLButtonElement>('[role="dialog"] button')].find((b) => b.textContent === 'Delete')!;
    await act(async () => confirm.click());
    await until(() => names().length === 0, 'the tags to go');
    expect((await db.highlights.get('h1'))!.tagIds).toEqual([]);
    expect(undo.getSnapshot().undoLabel).toBe('Delete tag “Warnings”');
  });

  it('lists the selected tag’s passages with the coded words marked, and opens the article at one', async () => {
    const article: ArticleRecord = {
      id: 'a1', title: 'Talks in Reykjavik', outlet: 'AP', authors: [], published: '2021-05-19', dateline: null, agencies: [], url: null,
      format: 'txt', fingerprint: 'f', sourceName: 'a.txt', importedAt: 1, length: 0, warnings: [], provenance: {}, edits: {},
      nearDuplicateIds: [], previousVersionId: null, lang: null, versionKeys: [],
    };
    const text = 'It was cold. Blinken warned Moscow. Lavrov listened.';
    await db.articles.add(article);
    await db.articleTexts.add({ id: 'a1', text, boilerplate: [] });
    const { tag } = await createTag(db, { name: 'Warnings' });
    const start = text.indexOf('warned Moscow');
    await db.highlights.add({
      id: 'h1', articleId: 'a1', start, end: start + 13, selectors: describeSpan(text, start, start + 13), tagIds: [tag.id],
      anchorStatus: 'anchored', createdAt: 1, updatedAt: 1,
    });
    await until(() => names().length === 1, 'the tag');
    expect(container.textContent).toContain('Select a tag to see every passage coded with it.');
    await act(async () => items()[0]!.click());
    await until(() => !!container.querySelector('[role="option"] mark'), 'the passage');
    const option = container.querySelector('[role="option"]')!;
    expect(option.querySelector('mark')!.textContent).toBe('warned Moscow');
    expect(option.querySelector('.codebook-passage__sentence')!.textContent).toBe('Blinken warned Moscow.');
    // Dates follow the machine's locale, at Intl's medium length.
    const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2021, 4, 19));
    expect(option.textContent).toContain(`Talks in Reykjavik · AP, ${day}`);
    expect(container.textContent).toContain('1 passage in 1 article');
    await act(async () => (option as HTMLElement).click());
    expect(navigation.getState()).toMatchObject({ articleId: 'a1', focus: { start, end: start + 13 } });
  });

  it('merges a tag into another from its “…” menu, through the undo history', async () => {
    await createTag(db, { name: 'Threats' });
    await createTag(db, { name: 'Warnings' });
    await until(() => names().length === 2, 'the tags');
    const more = container.querySelector<HTMLButtonElement>('button[aria-label="Actions for “Threats”"]')!;
    await key(more, 'Enter');
    await until(() => [...document.querySelectorAll('[role="menuitem"]')].some((m) => m.textContent === 'Merge into…'), 'the menu');
    const item = [...document.querySelectorAll<HTMLElement>('[role="menuitem"]')].find((m) => m.textContent === 'Merge into…')!;
    await key(item, 'Enter');
    await until(() => !!document.querySelector('[role="dialog"]'), 'the merge dialog');
    const target = [...document.querySelectorAll<HTMLButtonElement>('[role="dialog"] .codebook-choice')].find((b) => b.textContent === 'Warnings')!;
    await act(async () => target.click());
    const merge = [...document.querySelectorAll<HTMLButtonElement>('[role="dialog"] button')].find((b) => b.textContent === 'Merge into “Warnings”')!;
    expect(document.querySelector('[role="dialog"]')!.textContent).toContain('“Threats” is then deleted.');
    await act(async () => merge.click());
    await until(() => names().join() === 'Warnings', 'the merge');
    expect(undo.getSnapshot().undoLabel).toBe('Merge “Threats” into “Warnings”');
    await act(async () => {
      await undo.undo();
    });
    await until(() => names().join() === 'Threats,Warnings', 'the undo');
  });

  it('shows a parent tag with its children’s passages (each once), and says how many are its own', async () => {
    const { tag: warnings } = await createTag(db, { name: 'Warnings' });
    const { tag: explicit } = await createTag(db, { name: 'Explicit', parentId: warnings.id });
    const { tag: implicit } = await createTag(db, { name: 'Implicit', parentId: warnings.id });
    const text = 'Blinken warned Moscow. Lavrov listened.';
    const highlight = (id: string, tagIds: string[]) => ({
      id, articleId: 'a1', start: 0, end: 7, selectors: describeSpan(text, 0, 7), tagIds, anchorStatus: 'anchored' as const, createdAt: 1, updatedAt: 1,
    });
    await db.highlights.bulkAdd([highlight('h1', [explicit.id]), highlight('h2', [explicit.id, implicit.id, warnings.id]), highlight('h3', [implicit.id])]);
    const label = () => items().map((item) => item.getAttribute('aria-label'));
    await until(() => label()[0] === 'Warnings, 3 highlights with its child tags, 1 its own', 'the roll-up count');
    expect(label().slice(1)).toEqual(['Explicit, 2 highlights', 'Implicit, 2 highlights']);
    expect(items()[0]!.querySelector('.codebook-row__count')!.textContent).toBe('3');
  });

  for (const via of ['its “…” menu', 'its context menu'] as const) {
    it(`Add child tag from ${via} leaves the cursor in the new tag’s name, and Enter creates it under its parent`, async () => {
      await createTag(db, { name: 'Threats' });
      await until(() => names().length === 1, 'the tag');
      if (via === 'its “…” menu') {
        await key(container.querySelector('button[aria-label="Actions for “Threats”"]')!, 'Enter');
      } else {
        await act(async () => {
          items()[0]!.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: 10, clientY: 10 }));
        });
      }
      await until(() => [...document.querySelectorAll('[role="menuitem"]')].some((m) => m.textContent === 'Add child tag'), 'the menu');
      const item = [...document.querySelectorAll<HTMLElement>('[role="menuitem"]')].find((m) => m.textContent === 'Add child tag')!;
      await key(item, 'Enter');
      const input = () => container.querySelector<HTMLInputElement>('input[aria-label="Name of the new tag under “Threats”"]');
      await until(() => input() !== null, 'the new tag’s input');
      // Whatever the menu does as it closes (it hands focus back), the input keeps it.
      await settle(6);
      expect(input()).not.toBeNull();
      expect(document.activeElement).toBe(input());
      await typeInto(input()!, 'Explicit');
      await key(input()!, 'Enter');
      await until(() => names().join() === 'Threats,Explicit', 'the child tag');
      expect(items()[1]!.getAttribute('aria-level')).toBe('2');
    });
  }
});
