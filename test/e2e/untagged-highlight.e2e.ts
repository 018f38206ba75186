import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelDifference, dominantColour, libraryTitles, openApp, selectInReader, type Session } from './harness';

const PHRASE = 'serious differences';
/** A painted mark differs from the white page by far more than anti-aliasing noise. */
const MIN_CHANNEL_DIFFERENCE = 12;

describe('a highlight without a tag (web mode)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openApp();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is painted: the pixels behind its words differ from the page around them', async () => {
    const { page } = session;
    await expect.poll(() => libraryTitles(page), { timeout: 30_000 }).toHaveLength(5);
    await page.locator('.library-row', { hasText: 'Stress Cooperative Approach' }).click();
    await expect.poll(() => page.getByTestId('article-body').textContent()).toContain(PHRASE);
    await selectInReader(page, PHRASE);
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    const mark = page.locator('[data-testid="article-body"] mark', { hasText: PHRASE });
    await expect.poll(() => mark.count()).toBe(1);
    await page.evaluate(() => window.getSelection()?.removeAllRanges());
    const box = (await mark.boundingBox())!;
    // The mark's most common colour (its background) against the reading page at the same height.
    const reader = (await page.getByTestId('article-body').boundingBox())!;
    const markRgb = await dominantColour(page, { x: box.x, y: box.y, width: box.width, height: box.height });
    const pageRgb = await dominantColour(page, { x: reader.x + 1, y: box.y, width: 4, height: box.height });
    const difference = channelDifference(markRgb, pageRgb);
    expect(difference).toBeGreaterThan(MIN_CHANNEL_DIFFERENCE);
  });
});
