import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '@shared/ingest';
import { readNewsMetadata } from '@shared/ingest/news';

const BODY =
  '\n\nBy Mara Ellison\n\nThe harbour tax has become the first issue of the council election, a poll of voters in Port Ellis found on Monday, ahead of housing.\n\nSix in ten voters said the tax should be cut or scrapped.';

describe('a headline with odd characters', () => {
  it.each([
    '‘Harbour tax’ — 2024’s #1 issue?! [VIDEO]',
    'PHOTOS: Storm hits the coast 🌊',
    'Q&A: Who pays for the harbour? (Part 2/3)',
    'Tax it! say voters in Port Ellis',
    '#MeToo: 5 years on, what changed?',
    'The £1bn question — and 3 answers',
    '“We will not leave” | Island voices',
  ])('stays the headline: %s', (headline) => {
    const reading = readNewsMetadata(headline + BODY);
    expect(reading.metadata.title).toBe(headline);
    expect(reading.boilerplate.map((b) => b.reason)).toEqual(['byline']);
    expect(reading.metadata.authors).toEqual(['Mara Ellison']);
  });

  it('is still told from a caption that ends like a sentence', () => {
    const reading = readNewsMetadata('Photo: Boats in the harbour at dawn.' + BODY);
    expect(reading.metadata.title).toBeUndefined();
    expect(reading.boilerplate.map((b) => b.reason)).toContain('photo caption');
  });

  it('is still told from prose with two sentences', () => {
    expect(readNewsMetadata('The vote was close. Nine members backed the plan.' + BODY).metadata.title).toBeUndefined();
  });
});

describe('page furniture on a web page', () => {
  it('takes ad labels, a subscribe box and share buttons out of the body and keeps them as furniture', async () => {
    const bytes = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../fixtures/ingest/html/furniture-page.html')));
    const outcome = await parseArticleFile({ name: 'furniture-page.html', bytes });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const { text, boilerplate, title } = outcome.article;
    expect(title).toBe('‘Harbour tax’ — 2024’s #1 issue?! [VIDEO]');
    expect(text).not.toMatch(/Advertisement|advertisement|Sign up for our|Share this article/);
    expect(text).toContain('People see the boats go out');
    expect(boilerplate.map((b) => [b.reason, b.text])).toEqual([
      ['advertisement', 'Advertisement'],
      ['newsletter prompt', 'Sign up for our Morning Briefing newsletter and get the news in your inbox.'],
      ['advertisement', 'Story continues below advertisement'],
      ['share buttons', 'Share this article'],
    ]);
    // Each block can be put back where it stood.
    for (const block of boilerplate) expect(block.at).toBeGreaterThan(0);
  });

  it('takes a byline printed above the body out of the text of a page', async () => {
    const html = `<html><head><title>Ferry strike ends</title></head><body><article><h1>Ferry strike ends</h1><p>By Anna Holm and Tom Reyes</p>
      <p>The ferry crews of the northern isles went back to work on Friday after the operator agreed to longer rest hours between crossings.</p>
      <p>Sailings resume on Saturday morning, with extra boats on the busiest routes until the backlog of freight is cleared.</p></article></body></html>`;
    const outcome = await parseArticleFile({ name: 'ferry.html', bytes: new TextEncoder().encode(html) });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.article.text.startsWith('The ferry crews')).toBe(true);
    expect(outcome.article.authors).toEqual(['Anna Holm', 'Tom Reyes']);
    expect(outcome.article.boilerplate.map((b) => b.reason)).toContain('byline');
  });
});
