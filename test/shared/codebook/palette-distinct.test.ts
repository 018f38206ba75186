import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  type Color,
} from 'culori';
import { describe, expect, it } from 'vitest';
import { TAG_PALETTE } from '@shared/codebook/palette';

/**
 * CIEDE2000 distances: about 2 is the smallest difference a person notices side by side; past
 * 10 two colours read as different colours at a glance, which is what telling tags apart needs.
 */
const AT_A_GLANCE = 10;
/** Under a simulated colour deficiency the whole palette is only asked to stay noticeably apart. */
const NOTICEABLY_APART = 5;
/** How many of the first tags must stay apart at a glance for colour-blind readers too. */
const COLOUR_BLIND_SAFE_COUNT = 6;

const distance = differenceCiede2000();
const visions: [string, (c: Color) => Color][] = [
  ['ordinary vision', (c) => c],
  ['protanopia', filterDeficiencyProt(1)],
  ['deuteranopia', filterDeficiencyDeuter(1)],
  ['tritanopia', filterDeficiencyTrit(1)],
];

function closestPair(colours: readonly string[], see: (c: Color) => Color): { gap: number; pair: string } {
  let best = { gap: Infinity, pair: '' };
  for (let i = 0; i < colours.length; i++) {
    for (let j = i + 1; j < colours.length; j++) {
      const gap = distance(see(parse(colours[i]!)!), see(parse(colours[j]!)!));
      if (gap < best.gap) best = { gap, pair: `${colours[i]} / ${colours[j]}` };
    }
  }
  return best;
}

/** The accent colour (selection and focus ring) of each theme, read from the stylesheet itself. */
function accentColours(): string[] {
  const css = readFileSync(resolve(import.meta.dirname, '../../../src/renderer/src/styles/tokens.css'), 'utf8');
  return [...css.matchAll(/--accent:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1]!);
}

describe('the tag palette, seen by every reader', () => {
  const colours = TAG_PALETTE.map((c) => c.color);

  it('keeps every pair of colours apart at a glance in ordinary vision', () => {
    expect(closestPair(colours, (c) => c).gap).toBeGreaterThan(AT_A_GLANCE);
  });

  it.each(visions)('keeps the first tags apart at a glance with %s', (_name, see) => {
    const { gap, pair } = closestPair(colours.slice(0, COLOUR_BLIND_SAFE_COUNT), see);
    expect(gap, pair).toBeGreaterThan(AT_A_GLANCE);
  });

  it.each(visions)('keeps the whole palette noticeably apart with %s', (_name, see) => {
    const { gap, pair } = closestPair(colours, see);
    expect(gap, pair).toBeGreaterThan(NOTICEABLY_APART);
  });

  it('has no colour that could be taken for the selection or focus colour in either theme', () => {
    const accents = accentColours();
    expect(accents).toHaveLength(2);
    for (const accent of accents) {
      for (const colour of colours) {
        expect(distance(parse(colour)!, parse(accent)!), `${colour} vs ${accent}`).toBeGreaterThan(AT_A_GLANCE);
      }
    }
  });
});
