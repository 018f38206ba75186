import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';

const SEEDS = resolve(import.meta.dirname, '../../seeds');

interface Entry {
  file: string;
  ok: boolean;
  article: { title: string | null; outlet: string | null; authors: string[]; published: string | null; dateline: string | null; agencies: string[]; text: string };
}

describe('`parallax parse` on the five seed articles', () => {
  it('prints each seed’s headline, dateline, date, agencies, byline and outlet where its text gives them', async () => {
    const files = readdirSync(SEEDS).sort().map((name) => join(SEEDS, name));
    const { stdout, exitCode } = await runCli(['parse', ...files]);
    expect(exitCode).toBe(0);
    const entries = JSON.parse(stdout) as Entry[];
    const pick = (e: Entry) => {
      const { title, outlet, authors, published, dateline, agencies } = e.article;
      return { title, outlet, authors, published, dateline, agencies };
    };
    expect(entries.map(pick)).toEqual([
      {
        title: 'Top US and Russian diplomats urge dialog amid differences',
        outlet: null,
        authors: [],
        published: '2021-05-19',
        dateline: null,
        agencies: ['AFP', 'AP'],
      },
      {
        title: 'Blinken, Lavrov enter first high-level talks despite ‘differences’',
        outlet: null,
        authors: [],
        published: '--05-19',
        dateline: 'Copenhagen, May 19 (EFE)',
        agencies: ['EFE'],
      },
      {
        title: 'U.S., Russian Diplomats Stress Cooperative Approach Despite ‘Serious Differences’',
        outlet: null,
        authors: [],
        published: null,
        dateline: null,
        agencies: ['Reuters', 'AP', 'Interfax'],
      },
      {
        title: "Russia, US seek cooperation amid tension, with 'serious differences'",
        outlet: 'Daijiworld',
        authors: [],
        published: '--05-20',
        dateline: 'Reykjavik, May 20 (IANS)',
        agencies: ['IANS', 'Xinhua'],
      },
      {
        // Opens with a photo caption and a byline: it has no headline, and none is invented.
        title: null,
        outlet: 'Diplomatic Times',
        authors: ['Gary Raynaldo'],
        published: null,
        dateline: null,
        agencies: [],
      },
    ]);
    // Page furniture never reaches the text.
    for (const entry of entries) expect(entry.article.text).not.toMatch(/Related Articles|Back to top|Leave A Reply|Please note that sending false messages/);
  });
});
