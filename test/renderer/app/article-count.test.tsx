// @vitest-environment jsdom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithServices } from '../render-with-services';
import { useArticleCount } from '../../../src/renderer/src/app/use-article-count';
import type * as articlesModule from '../../../src/renderer/src/db/articles';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { addTextArticle, freshDb } from '../db/test-db';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** How many times the articles were counted. */
let counted = 0;
vi.mock('../../../src/renderer/src/db/articles', async (importOriginal) => {
  const actual = await importOriginal<typeof articlesModule>();
  return {
    ...actual,
    countArticles: (db: ParallaxDB) => {
      counted++;
      return actual.countArticles(db);
    },
  };
});

let db: ParallaxDB;
let root: Root;
const shown: Record<string, number | undefined> = {};

function Shows({ name }: { name: string }) {
  shown[name] = useArticleCount();
  return null;
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  expect(check()).toBe(true);
}

beforeEach(() => {
  db = freshDb();
  counted = 0;
});

afterEach(async () => {
  await act(async () => root.unmount());
  await db.delete();
});

describe('the article count shared by the status bar and the library', () => {
  it('counts once for every place that shows it, and again once per change', async () => {
    await addTextArticle(db, 'a.txt', 'Mayor resigns\nThe mayor resigned on Tuesday after a long inquiry.');
    root = await renderWithServices(
      { db },
      <>
        <Shows name="status bar" />
        <Shows name="library" />
      </>,
    );
    await until(() => shown['status bar'] === 1 && shown['library'] === 1);
    expect(counted).toBe(1);

    await addTextArticle(db, 'b.txt', 'Port strike ends\nDock workers returned to work on Friday.');
    await until(() => shown['status bar'] === 2 && shown['library'] === 2);
    expect(counted).toBe(2);
  });
});
