/**
 * Words with their offsets, and the normalised keys used to compare wordings: case and
 * punctuation folded, contractions expanded ("we'll" -> "we will"), a light suffix stemmer and
 * the transliteration fold of names, so "discussions" meets "discussion" and "Sergey" "Sergei".
 */
import { SPEECH_VERBS } from './lexicon';
import { foldName } from './names';
import { isStopword } from './stopwords';

export interface Word {
  /** Offsets of the surface word in the text. */
  start: number;
  end: number;
  raw: string;
  /** Lower-cased, apostrophes straightened, diacritics kept. */
  lower: string;
}

/** One comparison token: several may come from one word ("we'll" -> we, will). */
export interface Token {
  key: string;
  content: boolean;
  /** Index of the word it came from. */
  word: number;
  /** A reporting verb ("said", "stressed"): content inside a quote, not in a reported passage. */
  speech: boolean;
}

const WORD_RE = /%|(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}]*(?:['’][\p{L}]+)*|\p{N}+(?:[.,]\p{N}+)*/gu;

export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(slice); m; m = WORD_RE.exec(slice)) {
    const raw = m[0];
    const lower = raw === '%' ? 'percent' : raw.toLowerCase().replace(/’/g, "'");
    out.push({ start: from + m.index, end: from + m.index + raw.length, raw, lower });
  }
  return out;
}

const IS_PRONOUNS = new Set(['it', 'that', 'he', 'she', 'there', 'what', 'here', 'who', 'where', 'how', 'this', 'everything', 'nothing', 'someone', 'something']);
const IRREGULAR: Record<string, string[]> = {
  "can't": ['can', 'not'],
  "won't": ['will', 'not'],
  "shan't": ['shall', 'not'],
  "let's": ['let', 'us'],
  "i'm": ['i', 'am'],
  cannot: ['can', 'not'],
};

/** A word's lower-case form with contractions expanded and possessives dropped. */
export function expand(lower: string): string[] {
  const irregular = IRREGULAR[lower];
  if (irregular) return irregular;
  const apo = lower.indexOf("'");
  if (apo < 0) return [lower];
  const base = lower.slice(0, apo);
  const tail = lower.slice(apo + 1);
  if (tail === 't' && base.endsWith('n')) return [base.slice(0, -1), 'not'];
  switch (tail) {
    case 'll':
      return [base, 'will'];
    case 're':
      return [base, 'are'];
    case 've':
      return [base, 'have'];
    case 'm':
      return [base, 'am'];
    case 'd':
      return [base, 'would'];
    case 's':
      return IS_PRONOUNS.has(base) ? [base, 'is'] : [base];
    default:
      return [lower.replace(/'/g, '')];
  }
}

/** Acronyms with or without dots ("U.S.", "US") share a key that no lower-case word has. */
function acronymKey(raw: string): string | null {
  if (raw.length < 2) return null;
  const letters = raw.replace(/\./g, '');
  if (letters.length >= 2 && /^\p{Lu}+$/u.test(letters) && letters.length <= 6) return `${letters.toLowerCase()}#`;
  return null;
}

/** A light English stemmer: enough to meet plural, -ed, -ing, -ly, -ation and British -ise. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /^\d/.test(w)) return w;
  w = w.replace(/isation(s?)$/, 'ization$1').replace(/is(e|ed|es|ing)$/, 'iz$1');
  if (w === 'towards') return 'toward';
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 6 && w.endsWith('ation')) w = `${w.slice(0, -5)}ate`;
  else if (w.length > 6 && w.endsWith('ssion')) w = w.slice(0, -3);
  else if (w.length > 6 && w.endsWith('ction')) w = w.slice(0, -3);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 4 && /([^lsz])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

const KEY_CACHE = new Map<string, string>();

/** The comparison tokens of words. */
export function tokens(list: Word[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < list.length; i++) {
    const word = list[i]!;
    const acronym = acronymKey(word.raw);
    if (acronym) {
      out.push({ key: acronym, content: true, word: i, speech: false });
      continue;
    }
    for (const part of expand(word.lower)) {
      if (!part) continue;
      const stop = isStopword(part);
      let key = part;
      if (!stop) {
        const cached = KEY_CACHE.get(part);
        if (cached !== undefined) key = cached;
        else {
          key = foldName(stem(part));
          if (KEY_CACHE.size > 50_000) KEY_CACHE.clear();
          KEY_CACHE.set(part, key);
        }
      }
      out.push({ key, content: !stop && (part.length > 1 || /\d/.test(part)), word: i, speech: SPEECH_VERBS.has(part) && /^\p{Ll}/u.test(word.raw) });
    }
  }
  return out;
}

export function tokensOf(text: string, from = 0, to = text.length): Token[] {
  return tokens(words(text, from, to));
}
