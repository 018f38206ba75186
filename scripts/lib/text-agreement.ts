/** Measures shared by the ingest evaluation and the tests that hold it to its targets. */

/** Lower-cased Unicode letter/digit tokens. */
export function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Bag-of-words F1: each word counts as many times as it occurs in both. */
export function wordF1(ours: string[], expected: string[]): number {
  if (ours.length === 0 || expected.length === 0) return ours.length === expected.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const word of expected) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of ours) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      common++;
      counts.set(word, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / ours.length;
  const recall = common / expected.length;
  return (2 * precision * recall) / (precision + recall);
}
