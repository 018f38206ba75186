/**
 * A name folded to its transliteration-aware key (see names.ts): a leaf module, so that the
 * name rules and the nickname table (nicknames.ts) can both use it without importing each other.
 */

/** Lower case, no diacritics or dots, and the common romanisation variants folded. */
const FOLDED = new Map<string, string>();

export function foldName(name: string): string {
  const cached = FOLDED.get(name);
  if (cached !== undefined) return cached;
  if (FOLDED.size > 50_000) FOLDED.clear();
  const folded = fold(name);
  FOLDED.set(name, folded);
  return folded;
}

function fold(name: string): string {
  let s = name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[.'’]/g, '');
  s = s
    .replace(/\b(?:al|el|ad|as|ash|at|an)-/g, '')
    // Greek Γ before a front vowel, as in Giannis/Yannis/Yiannis and Giorgos/Yorgos: one sound.
    .replace(/\bgi(?=[aeiou])/g, 'i')
    // Korean 여: "young" in personal romanisation, "yeong" in the official one (Ji-young/Ji-yeong).
    .replace(/ou(?=ng\b)/g, 'eo')
    // A long vowel written with an h (Japanese Ohno/Ono, Itoh/Ito; Sarah/Sara): the h is silent.
    .replace(/([aeiou])h(?=[^aeiouh\s-]|\b)/g, '$1')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/\bye/g, 'e')
    .replace(/([bcdfghjklmnpqrstvwxz])yo/g, '$1e')
    .replace(/eo/g, 'u')
    .replace(/q/g, 'k')
    .replace(/([dg])h/g, '$1')
    .replace(/ks/g, 'x')
    .replace(/ey/g, 'ei')
    .replace(/ay/g, 'ai')
    .replace(/oy/g, 'oi')
    .replace(/y([aeiou])/g, 'i$1')
    .replace(/iy\b/g, 'i')
    .replace(/yi\b/g, 'i')
    .replace(/y\b/g, 'i')
    .replace(/ph/g, 'f')
    .replace(/(\p{L})\1+/gu, '$1');
  return s;
}
