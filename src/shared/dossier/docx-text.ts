/** Small pieces the Word and REFI-QDA dossiers share: characters XML cannot carry, tag colours. Pure. */

/**
 * The text with every character XML 1.0 cannot hold replaced by U+FFFD: C0 controls other than
 * tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. The library escapes
 * `<`, `&` and quotes; these it would write as they are, and Word would refuse the file.
 */
export function xmlSafe(text: string): string {
  // In a `u` pattern a surrogate pair is one character, so the surrogate range matches only lone halves.
  // eslint-disable-next-line no-control-regex -- matching the controls XML forbids is the point
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu, '\uFFFD');
}

/** "#e9a823" → "E9A823"; anything that is not a hex colour → null. */
export function hexColour(color: string): string | null {
  const long = /^#([0-9a-f]{6})$/iu.exec(color.trim());
  if (long) return long[1]!.toUpperCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/iu.exec(color.trim());
  if (short) return `${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  return null;
}

/** The colour mixed with white (amount 0..1 of white), as RRGGBB: a highlight's background that text stays readable on. */
export function tint(hex: string, amount: number): string {
  const out: string[] = [];
  for (let i = 0; i < 6; i += 2) {
    const channel = parseInt(hex.slice(i, i + 2), 16);
    out.push(
      Math.round(channel + (255 - channel) * amount)
        .toString(16)
        .padStart(2, '0'),
    );
  }
  return out.join('').toUpperCase();
}
