import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile, type ParsedArticle } from '@shared/ingest';

const SEEDS = resolve(import.meta.dirname, '../../../seeds');

async function parseSeed(prefix: string): Promise<ParsedArticle> {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`seed ${prefix} is missing`);
  const outcome = await parseArticleFile({ name, bytes: readFileSync(resolve(SEEDS, name)) });
  if (!outcome.ok) throw new Error(`seed ${prefix} failed: ${outcome.error.message}`);
  return outcome.article;
}

const reasons = (article: ParsedArticle) => article.boilerplate.map((b) => b.reason);

describe('the five seed articles', () => {
  it('000: reads the headline, a date glued to the first word, and agencies from the credit line', async () => {
    const a = await parseSeed('000_');
    expect(a).toMatchObject({
      title: 'Top US and Russian diplomats urge dialog amid differences',
      published: '2021-05-19',
      dateline: null,
      agencies: ['AFP', 'AP'],
      authors: [],
      outlet: null,
    });
    expect(a.boilerplate).toEqual([{ text: 'jf/rc (AFP, AP)', reason: 'credit line', at: a.text.length }]);
    expect(a.text.startsWith('May 19, 2021US Secretary of State Antony Blinken met')).toBe(true);
    expect(a.text).toContain('\nWhat Blinken and Lavrov said\n');
    expect(a.text.endsWith("according to the council’s website.")).toBe(true);
  });

  it('001: skips the section label and reads the EFE dateline, keeping it in the body', async () => {
    const a = await parseSeed('001_');
    expect(a).toMatchObject({
      title: 'Blinken, Lavrov enter first high-level talks despite ‘differences’',
      dateline: 'Copenhagen, May 19 (EFE)',
      published: '--05-19',
      agencies: ['EFE'],
      authors: [],
      outlet: null,
    });
    expect(a.provenance.dateline).toEqual({ source: 'dateline', evidence: 'Copenhagen, May 19 (EFE)' });
    expect(a.text.startsWith('Copenhagen, May 19 (EFE).- The first high-level talks')).toBe(true);
    expect(a.text.endsWith('among other issues. EFE')).toBe(true);
    // Each block keeps where it stood: the label above the story, the rest after its last paragraph.
    expect(a.boilerplate).toEqual([
      { text: 'Politics', reason: 'section label', at: 0 },
      { text: 'ssa-io-cae-alc/tw', reason: 'credit line', at: a.text.length },
      { text: 'Related Articles', reason: 'related links', at: a.text.length },
      { text: 'Back to top button', reason: 'navigation', at: a.text.length },
    ]);
  });

  it('002: moves the photo caption, the reporting credit and the comment form out of the body', async () => {
    const a = await parseSeed('002_');
    expect(a).toMatchObject({
      title: 'U.S., Russian Diplomats Stress Cooperative Approach Despite ‘Serious Differences’',
      dateline: null,
      published: null,
      agencies: ['Reuters', 'AP', 'Interfax'],
      authors: [],
      outlet: null,
    });
    expect(reasons(a)).toEqual(['photo caption', 'credit line', 'comment form']);
    expect(a.boilerplate[0]?.text).toContain('Antony Blinken (left) and Russian Foreign Minister');
    expect(a.boilerplate[2]?.text).toBe('Leave A Reply\n\nYour email address will not be published.');
    expect(a.text.startsWith('Russian Foreign Minister Sergei Lavrov says')).toBe(true);
    expect(a.text).not.toMatch(/Leave A Reply|With reporting by|\(left\)/);
    expect(a.text.endsWith('Blinken said.')).toBe(true);
  });

  it('003: reads the IANS dateline, Xinhua from the text and Daijiworld from the disclaimer', async () => {
    const a = await parseSeed('003_');
    expect(a).toMatchObject({
      title: "Russia, US seek cooperation amid tension, with 'serious differences'",
      dateline: 'Reykjavik, May 20 (IANS)',
      published: '--05-20',
      agencies: ['IANS', 'Xinhua'],
      authors: [],
      outlet: 'Daijiworld',
    });
    expect(a.provenance.outlet?.source).toBe('disclaimer');
    expect(a.provenance.outlet?.evidence).toContain('Daijiworld.com');
    expect(reasons(a)).toEqual(['related links', 'comment form', 'disclaimer']);
    const disclaimer = a.boilerplate[2]?.text ?? '';
    expect(disclaimer.startsWith('Disclaimer:')).toBe(true);
    expect(disclaimer).toContain('Please note that sending false messages');
    expect(disclaimer.endsWith('in no way will Daijiworld.com be held responsible.')).toBe(true);
    expect(a.text).not.toMatch(/Top Stories|Leave a Comment|characters left|Disclaimer|Daijiworld/);
    expect(a.text.endsWith('The two sides have imposed a wave of sanctions and counter-sanctions.')).toBe(true);
  });

  it('004: has no headline; reads the caption, the byline author and the outlet in capitals', async () => {
    const a = await parseSeed('004_');
    expect(a).toMatchObject({
      title: null,
      dateline: null,
      published: null,
      agencies: [],
      authors: ['Gary Raynaldo'],
      outlet: 'Diplomatic Times',
    });
    expect(a.provenance.authors).toEqual({ source: 'byline', evidence: 'By Gary Raynaldo DIPLOMATIC TIMES' });
    expect(reasons(a)).toEqual(['photo caption', 'byline']);
    expect(a.boilerplate[0]?.text).toContain('(Credit: State Department photo by Ron Przysucha)');
    expect(a.text.startsWith('Secretary of State Antony J. Blinken met Wednesday')).toBe(true);
    expect(a.text).toContain('\n-U.S. Secretary of State Antony Blinken\n');
  });

  it('never leaves a replacement character in any seed', async () => {
    for (const prefix of ['000_', '001_', '002_', '003_', '004_']) {
      const a = await parseSeed(prefix);
      expect(a.text).not.toContain('\uFFFD');
      expect(a.warnings).toEqual([]);
    }
  });
});
