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
  // The first six are Okabe and Ito's colour-blind-safe set: a fresh codebook's first tags
  // stay apart for readers with protanopia, deuteranopia or tritanopia too.
  { name: 'Orange', color: '#e69f00' },
  { name: 'Sky', color: '#56b4e9' },
  { name: 'Green', color: '#009e73' },
  { name: 'Vermilion', color: '#d55e00' },
  { name: 'Pink', color: '#cc79a7' },
  { name: 'Yellow', color: '#f0e442' },
  // Then colours from Paul Tol's schemes, distinct from the six in ordinary vision. None is
  // close to the accent blue that marks the selection and keyboard focus.
  { name: 'Purple', color: '#aa4499' },
  { name: 'Olive', color: '#999933' },
  { name: 'Grey', color: '#bbbbbb' },
  { name: 'Rose', color: '#ee6677' },
  { name: 'Wine', color: '#882255' },
  { name: 'Violet', color: '#7f6ee8' },
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
