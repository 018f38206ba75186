/**
 * Who a sentence of reported speech credits ("He said his supporters had filmed envelopes of
 * cash"): the words after its speech verb are read as if quoted, and the quote attribution
 * (attribution.ts) names their speaker from the words before, the sentence's subject and the
 * person the text was last about. Null when the sentence has no speech verb or names nobody.
 */
import { type AttributionContext, attributeQuotes } from './attribution';
import { SPEECH_VERBS } from './lexicon';
import { words } from './words';

export function reportedSpeaker(ctx: AttributionContext, start: number, end: number): number | null {
  const verb = words(ctx.text, start, end).find((w) => SPEECH_VERBS.has(w.lower) && /^\p{Ll}/u.test(w.raw));
  if (!verb || verb.end >= end - 1) return null;
  const reported = { open: verb.end, close: end, start: verb.end + 1, end };
  // The article's own quotes stay, so the discourse before the sentence (who spoke last) is as the quotes saw it.
  const quotes = [...ctx.quotes.filter((q) => q.close <= start || q.open >= end), reported].sort((a, b) => a.open - b.open);
  return attributeQuotes({ ...ctx, quotes })[quotes.indexOf(reported)] ?? null;
}
