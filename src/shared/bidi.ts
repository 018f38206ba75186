/**
 * Unicode's explicit direction controls: embeddings and overrides (U+202A–U+202E) and isolates
 * (U+2066–U+2069). An override in a headline reorders what follows it ("‮txt.exe" reads as
 * "exe.txt"), so a hostile file could make one title pass for another. Where a title is shown,
 * each control is replaced by its abbreviation in brackets: inert, and visible to the reader.
 * The stored text is left as it was imported.
 */
const CONTROL_NAMES: Readonly<Record<string, string>> = {
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
};

const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** `text` with every explicit direction control shown as "[RLO]" and the like. */
export function neutraliseBidiControls(text: string): string {
  return text.replace(DIRECTION_CONTROLS, (control) => `[${CONTROL_NAMES[control]}]`);
}

/** `text`, or null: for optional fields such as a title. */
export function neutraliseBidiOrNull(text: string | null): string | null {
  return text === null ? null : neutraliseBidiControls(text);
}
