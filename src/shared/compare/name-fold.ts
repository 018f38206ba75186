/**
 * Transliteration-aware keys for names: Sergei/Sergey, Alexei/Aleksei/Aleksey,
 * Zelensky/Zelenskyy/Zelenskiy, Khrushchev/Khrushchyov (Russian ё), Yelena/Elena, Hyeon/Hyun
 * (Korean romanisations), Giannis/Yannis (Greek), Qaddafi/Gaddafi/Kadhafi and Araghchi/Araqchi
 * (Arabic and Persian q, gh, dh), al-/el- articles, fold to one key or to keys one edit apart;
 * an edit distance measures what is left (names.ts).
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
