import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryTitles, openApp, selectInReader, type Session } from './harness';

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
    const shot = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: box.height } });
    const reader = (await page.getByTestId('article-body').boundingBox())!;
    const page0 = await page.screenshot({ clip: { x: reader.x + 1, y: box.y, width: 4, height: box.height } });
    const [markRgb, pageRgb] = await page.evaluate(
      async ([a, b]) => {
        const mostCommon = async (b64: string): Promise<number[]> => {
          // The app's content security policy forbids fetching data: URLs, so decode by hand.
          const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
          const img = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const canvas = new OffscreenCanvas(img.width, img.height);
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          const data = ctx.getImageData(0, 0, img.width, img.height).data;
          const counts = new Map<string, number>();
          for (let i = 0; i < data.length; i += 4) {
            const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
          return [...counts.entries()].sort((x, y) => y[1] - x[1])[0]![0].split(',').map(Number);
        };
        return [await mostCommon(a), await mostCommon(b)];
      },
      [shot.toString('base64'), page0.toString('base64')] as const,
    );
    const difference = Math.max(...markRgb!.map((c, i) => Math.abs(c - pageRgb![i]!)));
    expect(difference).toBeGreaterThan(MIN_CHANNEL_DIFFERENCE);
  });
});
