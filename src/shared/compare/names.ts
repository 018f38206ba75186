/**
 * Which names are one person's: given names (spellings, initials, nicknames) and family names
 * compared on their folded keys (fold-name.ts), what is left measured by edit distance.
 * Hyphens and spaces inside a name do not count: "Lee Jae-myung" and "Lee Jae Myung" have one
 * compact key.
 */
import { foldName } from './fold-name';
import { isNicknameOf } from './nicknames';

export { foldName } from './fold-name';

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

const VOWEL = /^[aeiou]$/;

/**
 * Two given names of one person: the same after folding, an initial of the other, a nickname of
 * the other (Bill/William, see nicknames.ts), or one edit apart (a first vowel may differ:
 * Usama/Osama; a first consonant may not: Hillary/Chelsea, Li Qiang/Li Keqiang stay apart).
 */
export function givenNamesMatch(a: string, b: string): boolean {
  // Hyphens and spaces inside a given name do not count: Abdul-Rahman/Abdulrahman, Jae-myung/Jaemyung.
  const fa = foldName(a).replace(/[^\p{L}]/gu, '');
  const fb = foldName(b).replace(/[^\p{L}]/gu, '');
  if (!fa || !fb) return false;
  if (fa === fb) return true;
  if (isNicknameOf(fa, fb)) return true;
  if (fa.length === 1 || fb.length === 1) return fa[0] === fb[0];
  if (fa[0] !== fb[0] && !(VOWEL.test(fa[0]!) && VOWEL.test(fb[0]!))) return false;
  return Math.min(fa.length, fb.length) >= 4 && editDistance(fa, fb, 1) <= 1;
}

/** Family names long enough that one edit left after folding is a spelling, not another family: Vorobyova/Vorobyeva. */
export const MIN_SURNAME_FOR_EDIT = 6;

/** Two family names of one person, once the given names agree. */
export function surnamesMatch(a: string, b: string): boolean {
  let fa = foldName(a).replace(/[^\p{L}]/gu, '');
  let fb = foldName(b).replace(/[^\p{L}]/gu, '');
  if (fa === fb) return true;
  if (Math.min(fa.length, fb.length) < MIN_SURNAME_FOR_EDIT) return false;
  // One Arabic sound (ش) written "ch" in French and "sh" in English: Chehab/Shehab/Shihab.
  if (/^[cs]h/.test(fa) && /^[cs]h/.test(fb)) [fa, fb] = [fa.replace(/^ch/, 'sh'), fb.replace(/^ch/, 'sh')];
  if (fa[0] !== fb[0] && !/^[gkc]$/.test(fa[0]!) ) return false;
  if (fa[0] !== fb[0] && !/^[gkc]$/.test(fb[0]!)) return false; // Gaddafi/Kadhafi: g, k and c start one sound
  return editDistance(fa, fb, 1) <= 1;
}

/**
 * A whole name with spaces and hyphens gone: "Lee Jae-myung", "Lee Jae Myung" and "Lee Jaemyung"
 * meet. Each part is folded alone, so an article inside the name goes whatever its spelling:
 * "Abdel Rahman el-Hajj" and "Abdelrahman al-Hajj" meet (a particle written apart, "Al Hajj",
 * is left out by the caller, which knows the particles).
 */
export function compactKey(parts: readonly string[]): string {
  return parts.map((p) => foldName(p)).join('').replace(/[^\p{L}]/gu, '');
}

/**
 * One syllable of a romanised East Asian name as the romanisation systems disagree on it: an
 * initial consonant voiced in one and voiceless in another (Baek/Paik, Gim/Kim, Jung/Chung) and
 * the vowel ae written ai or ea. Used only when the rest of the name agrees exactly.
 */
function looseSyllable(part: string): string {
  return foldName(part)
    .replace(/^b/, 'p')
    .replace(/^d/, 't')
    .replace(/^g/, 'k')
    .replace(/^(?:j|ch)/, 'c')
    .replace(/ae|ai|ea/g, 'e');
}

/** Parts this short are a syllable or two, where the romanisations differ (Baek, Paik, Jung). */
export const MAX_LOOSE_PART = 5;

/**
 * Two-part names with one part the same hyphenated given name ("Seung-ho", romanised Korean or
 * Chinese) and the other, a short family name, spelt by another romanisation: Baek/Paik Seung-ho.
 * The hyphenated part must agree exactly, which an English or European pair of names rarely does.
 */
export function romanisedPairMatch(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== 2 || b.length !== 2) return false;
  for (const [same, other] of [[0, 1], [1, 0]] as const) {
    if (!a[same]!.includes('-') || compactKey([a[same]!]) !== compactKey([b[same]!])) continue;
    const [x, y] = [a[other]!, b[other]!];
    if (x.length <= MAX_LOOSE_PART && y.length <= MAX_LOOSE_PART && looseSyllable(x) === looseSyllable(y)) return true;
  }
  return false;
}

/** A generational suffix: it names a different person from the same name without it or with another. */
export const GENERATIONAL = /^(?:jr|sr|ii|iii|iv|v)\.?$/i;

/** Two spellings of one place: the same after folding, or (long names) one edit apart. */
export function placeNamesMatch(a: string, b: string): boolean {
  const fa = foldName(a).replace(/[^\p{L}\p{N}]/gu, '');
  const fb = foldName(b).replace(/[^\p{L}\p{N}]/gu, '');
  if (a === b) return true;
  if (fa === fb) return true;
  if (fa[0] !== fb[0] || Math.min(fa.length, fb.length) < 7) return false;
  return editDistance(fa, fb, 1) <= 1;
}
