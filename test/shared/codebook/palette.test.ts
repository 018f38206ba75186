import { describe, expect, it } from 'vitest';
import { colourName, leastUsedColour, TAG_PALETTE } from '@shared/codebook/palette';

describe('the tag palette', () => {
  it('holds twelve distinct, named CSS colours', () => {
    expect(TAG_PALETTE).toHaveLength(12);
    expect(new Set(TAG_PALETTE.map((c) => c.color)).size).toBe(12);
    expect(new Set(TAG_PALETTE.map((c) => c.name)).size).toBe(12);
    for (const entry of TAG_PALETTE) expect(entry.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('gives a new tag the colour fewest tags use, the first in the palette among equals', () => {
    expect(leastUsedColour([])).toBe(TAG_PALETTE[0]!.color);
    const used = TAG_PALETTE.slice(0, 3).map((c) => ({ color: c.color }));
    expect(leastUsedColour(used)).toBe(TAG_PALETTE[3]!.color);
    const allOnceFirstTwice = [...TAG_PALETTE.map((c) => ({ color: c.color })), { color: TAG_PALETTE[0]!.color }];
    expect(leastUsedColour(allOnceFirstTwice)).toBe(TAG_PALETTE[1]!.color);
  });

  it('ignores colours that are not in the palette when counting', () => {
    expect(leastUsedColour([{ color: 'rebeccapurple' }])).toBe(TAG_PALETTE[0]!.color);
  });

  it('names palette colours and shows any other colour as itself', () => {
    expect(colourName(TAG_PALETTE[6]!.color.toUpperCase())).toBe(TAG_PALETTE[6]!.name);
    expect(colourName('rebeccapurple')).toBe('rebeccapurple');
  });
});
