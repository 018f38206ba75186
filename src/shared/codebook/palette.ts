/**
 * The codebook's colours. Each is a mid-tone that reads as a highlight background in both
 * themes when laid over the page at partial strength (see `highlightBackground`), and that
 * stays distinct from its neighbours as a swatch.
 */
export interface PaletteColour {
  /** What a person calls it, for menus and screen readers. */
  name: string;
  /** A CSS colour, stored as the tag's `color`. */
  color: string;
}

export const TAG_PALETTE: readonly PaletteColour[] = [
  { name: 'Amber', color: '#e9a823' },
  { name: 'Orange', color: '#ee7f2d' },
  { name: 'Red', color: '#e2504a' },
  { name: 'Rose', color: '#df5b92' },
  { name: 'Purple', color: '#b462d4' },
  { name: 'Violet', color: '#7f6ee8' },
  { name: 'Blue', color: '#3f86ee' },
  { name: 'Cyan', color: '#22aed6' },
  { name: 'Teal', color: '#1fae98' },
  { name: 'Green', color: '#4cb255' },
  { name: 'Lime', color: '#9cbf2e' },
  { name: 'Slate', color: '#8a93a6' },
] as const;

/** The palette's name for a colour, or the colour itself when it is not one of the palette's. */
export function colourName(color: string): string {
  const key = color.trim().toLowerCase();
  return TAG_PALETTE.find((entry) => entry.color === key)?.name ?? color;
}

/**
 * The colour a new tag gets: the palette colour fewest existing tags use, the earliest in the
 * palette among equals, so that a fresh codebook walks the palette in order.
 */
export function leastUsedColour(tags: readonly { color: string }[]): string {
  const uses = new Map<string, number>(TAG_PALETTE.map((entry) => [entry.color, 0]));
  for (const tag of tags) {
    const key = tag.color.trim().toLowerCase();
    const count = uses.get(key);
    if (count !== undefined) uses.set(key, count + 1);
  }
  let best = TAG_PALETTE[0]!;
  for (const entry of TAG_PALETTE) {
    if (uses.get(entry.color)! < uses.get(best.color)!) best = entry;
  }
  return best.color;
}

/** A CSS background for words coded with this colour: the colour at partial strength over the page. */
export function highlightBackground(color: string, strength = 38): string {
  return `color-mix(in srgb, ${color} ${strength}%, transparent)`;
}
