import { describe, expect, it } from 'vitest';
import { isCaption } from '@shared/ingest/news/captions';
import { isBreadcrumb, isHeadlineLike, isSectionLabel } from '@shared/ingest/news/headline';

describe('isHeadlineLike', () => {
  it.each([
    'Top US and Russian diplomats urge dialog amid differences',
    'U.S., Russian Diplomats Stress Cooperative Approach Despite ‘Serious Differences’',
    "Russia, US seek cooperation amid tension, with 'serious differences'",
    'Will the summit happen?',
    'Talks begin in the U.S.',
  ])('takes "%s" for a headline', (line) => {
    expect(isHeadlineLike(line)).toBe(true);
  });

  it.each([
    'The first paragraph.',
    'Copenhagen, May 19 (EFE).- The first high-level talks began.',
    'He arrived on Tuesday. The talks began at once',
  ])('does not take the prose "%s" for a headline', (line) => {
    expect(isHeadlineLike(line)).toBe(false);
  });
});

describe('isSectionLabel', () => {
  it('takes a one-word line above a headline for a section label', () => {
    expect(isSectionLabel('Politics', 'Blinken, Lavrov enter first high-level talks despite ‘differences’')).toBe(true);
  });

  it('takes a known section name above prose for a section label', () => {
    expect(isSectionLabel('World', 'Berlin and Paris on Monday called for a joint fund.')).toBe(true);
  });

  it('does not take a short headline above prose for a section label', () => {
    expect(isSectionLabel('A headline', 'The first paragraph.')).toBe(false);
  });

  it('reads a trail of sections as a breadcrumb', () => {
    expect(isBreadcrumb('Home > World > Europe')).toBe(true);
    expect(isBreadcrumb('Biden meets Putin')).toBe(false);
  });
});

describe('isCaption', () => {
  const top = { top: true, nextIsByline: false };

  it('takes a line with a photo credit for a caption anywhere', () => {
    const line = 'Secretary Blinken meets Foreign Minister Lavrov on May 19, 2021. (Credit: State Department photo by Ron Przysucha)';
    expect(isCaption(line, { top: false, nextIsByline: false })).toBe(true);
    expect(isCaption('Ships leave the port on Tuesday. AFP/Getty Images', { top: false, nextIsByline: false })).toBe(true);
  });

  it('takes a sentence with "(left)" near the top for a caption', () => {
    expect(isCaption('U.S. Secretary of State Antony Blinken (left) and Sergei Lavrov meet on May 19 in Reykjavik, Iceland.', top)).toBe(true);
  });

  it('takes a sentence just before a byline for a caption', () => {
    expect(isCaption('Flood water covers a street in the old town on Sunday.', { top: true, nextIsByline: true })).toBe(true);
  });

  it('does not take a paragraph of the story for a caption', () => {
    expect(isCaption('Blinken (left) spoke first, and Lavrov answered him at length.', { top: false, nextIsByline: false })).toBe(false);
    expect(isCaption('Flood water covers a street in the old town on Sunday.', top)).toBe(false);
  });
});
