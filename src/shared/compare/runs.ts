/**
 * Runs of capitalised words ("US Secretary of State Antony J. Blinken"), split into the title
 * before the name and the name itself, with the words around them that say what kind of name it
 * is: a title or role noun before it, a speech verb after it, a preposition of place before it.
 */
import {
  LOCATIVE_ADJECTIVES,
  LOCATIVE_NOUNS,
  LOCATIVES,
  MONTHS,
  NON_NAME_STARTERS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from './lexicon';
import { type Word, words } from './words';

export interface NameRun {
  /** Offsets of the name (after the title). */
  start: number;
  /** Where its title starts ("Foreign Minister Sergei Lavrov"), or the name's start. */
  titleStart: number;
  end: number;
  /** The name's words as written, possessive dropped ("Russia's" -> "Russia"). */
  parts: string[];
  /** Offsets of each part. */
  partSpans: { start: number; end: number }[];
  /** Lower-case title words before the name, and role nouns just before the run. */
  roles: string[];
  titled: boolean;
  roleNounBefore: boolean;
  speechVerbAfter: boolean;
  /** "said Darnell Price". */
  speechVerbBefore: boolean;
  /** "Kim Yo-jong, the powerful sister of ...": a role noun in an apposition right after the name. */
  roleAfter: boolean;
  /** "Kim Ji-yeong, 29, ...", "Lama Khouri of the Lebanese Association ...": what follows a person's name only. */
  ageOrAffiliationAfter: boolean;
  /** After "of"/"for" that follows a name or a role noun: part of a body's name, not a person. */
  namesBody: boolean;
  locativeBefore: boolean;
  dateline: boolean;
  /** Index of the previous run when joined to it by "and" / "," / "or". */
  coordinatedWith: number | null;
}

function isCapitalised(w: Word): boolean {
  return /^\p{Lu}/u.test(w.raw);
}

function isAcronym(w: Word): boolean {
  const letters = w.raw.replace(/\./g, '');
  return letters.length >= 2 && letters.length <= 6 && /^\p{Lu}+$/u.test(letters);
}

/** An initial: a single capital letter followed by a dot. */
function isInitial(text: string, w: Word): boolean {
  return w.raw.length === 1 && /\p{Lu}/u.test(w.raw) && text[w.end] === '.';
}

function stripPossessive(raw: string): string {
  return raw.replace(/['’]s$/u, '');
}

/** Lower-case particles inside names: "Osama bin Laden", "Ludwig van Beethoven", "Saif al-Islam". */
export const NAME_PARTICLES = new Set(['bin', 'ibn', 'bint', 'ben', 'abu', 'al', 'el', 'ad', 'as', 'ash', 'ath', 'at', 'an', 'ul', 'van', 'von', 'der', 'den', 'de', 'da', 'del', 'della', 'di', 'du', 'dos', 'das', 'la', 'le']);

/**
 * Words joined by a hyphen become one word when they are one name part: "Jae-myung",
 * "al-Zaidi", "Kim Yo-jong" (a romanised Korean or Chinese given name; an Arabic article).
 */
function joinHyphenated(text: string, ws: Word[]): Word[] {
  const out: Word[] = [];
  for (const w of ws) {
    const prev = out[out.length - 1];
    if (prev && prev.end + 1 === w.start && text[prev.end] === '-' && (isCapitalised(prev) || NAME_PARTICLES.has(prev.lower)) && /^\p{L}/u.test(w.raw)) {
      const raw = text.slice(prev.start, w.end);
      out[out.length - 1] = { start: prev.start, end: w.end, raw, lower: raw.toLowerCase().replace(/’/g, "'") };
    } else out.push(w);
  }
  return out;
}

/** A name part that starts with a particle: "al-Zaidi". */
const isParticlePart = (w: Word) => /^\p{Ll}+-\p{Lu}/u.test(w.raw) && NAME_PARTICLES.has(w.lower.split('-')[0]!);

const DATELINE_AFTER = new RegExp(`^,?\\s+(?:\\(|(?:${[...MONTHS].join('|')})\\b)`, 'i');


/**
 * ", the powerful sister", ", LADE's coordinator", ", 29, a nurse": up to four lower-case words
 * after a determiner or an organisation's possessive, an age allowed before them.
 */
const APPOSITION = /^,\s+(?:\p{N}{1,3},\s+)?(?:(?:the|a|an|his|her|their|its|\p{Lu}[\p{L}.&-]*['’]s)\s+)?((?:\p{Ll}[\p{Ll}-]*\s*){1,4})/u;

/** The role words of an apposition right after a name (", president of Hakata Blue Line,"), or none. */
function appositiveRoles(text: string, end: number): string[] {
  const m = APPOSITION.exec(text.slice(end, end + 80));
  if (!m) return [];
  const ws = m[1]!.trim().split(/\s+/);
  // With no determiner the role must come first: ", president of ..." (", said on Monday" is no apposition).
  const candidates = /^,\s+(?:\p{N}{1,3},\s+)?(?:the|a|an|his|her|their|its|\p{Lu}[\p{L}.&-]*['’]s)\s/u.test(m[0]) ? ws : ws.slice(0, 1);
  return candidates.filter((w) => ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/s$/, '')) || TITLE_WORDS.has(w)).map((w) => (ROLE_NOUNS.has(w) || TITLE_WORDS.has(w) ? w : w.replace(/s$/, '')));
}

/**
 * What news writes right after a person's name and after no other kind of name: an age in
 * commas ("Kim Ji-yeong, 29, said"), or the body the person speaks for ("Lama Khouri of the
 * Lebanese Association ...", "Ivan Petrov of Moscow State University").
 */
const AGE_OR_AFFILIATION = /^(?:,\s+\p{N}{1,3}(?:,|\s+and\b)|\s+of\s+(?:the\s+)?\p{Lu})/u;

/** Kin nouns: "the son of Nabil Chehab" names a person; any other role noun before "of" names a body ("the head of Tripoli Forward"). */
const KIN_NOUNS = new Set(['son', 'daughter', 'wife', 'husband', 'mother', 'father', 'brother', 'sister', 'widow', 'widower', 'grandson', 'granddaughter', 'nephew', 'niece', 'cousin', 'uncle', 'aunt', 'family', 'friend', 'lawyer', 'attorney']);

/**
 * A run that continues an organisation's name or names the body a role belongs to: after "of" or
 * "for" that follows a capitalised word ("the Lebanese Association for Democratic Elections",
 * "the University of Tokyo") or a role noun ("the head of Tripoli Forward", "a spokesman for
 * Hakata Blue Line"); not a person even when a speech verb follows.
 */
function namesABody(text: string, ws: Word[], first: number): boolean {
  const of = ws[first - 1];
  if (!of || (of.lower !== 'of' && of.lower !== 'for') || !/^[ \t]+$/.test(text.slice(of.end, ws[first]!.start))) return false;
  let head = ws[first - 2];
  if (head?.lower === 'the' && ws[first - 3]) head = ws[first - 3];
  if (!head || !/^[ \t]+$/.test(text.slice(head.end, of.start).replace(/\bthe\b/, ''))) return false;
  if (isCapitalised(head) && !NON_NAME_STARTERS.has(head.lower)) return !/^(?:Mr|Mrs|Ms|Dr)\.?$/.test(head.raw);
  const noun = head.lower.replace(/s$/, '');
  return (ROLE_NOUNS.has(head.lower) || ROLE_NOUNS.has(noun)) && !KIN_NOUNS.has(noun);
}

export function nameRuns(text: string): NameRun[] {
  const ws = joinHyphenated(text, words(text));
  const runs: NameRun[] = [];
  let i = 0;
  while (i < ws.length) {
    if (!isCapitalised(ws[i]!)) {
      i++;
      continue;
    }
    // Extend the run over capitalised words separated only by spaces (or an initial's dot),
    // and over "of" inside a title ("Secretary of State").
    let j = i;
    while (j + 1 < ws.length) {
      const cur = ws[j]!;
      const next = ws[j + 1]!;
      if (/['’]s$/u.test(cur.raw)) break;
      const gap = text.slice(cur.end, next.start);
      const okGap = /^[ \t\u00a0]+$/.test(gap) || (isInitial(text, cur) && /^\.[ \t\u00a0]+$/.test(gap)) || (isAcronym(cur) && /^\.?[ \t\u00a0]+$/.test(gap) && cur.raw.includes('.'));
      if (!okGap) break;
      if (isCapitalised(next) || isParticlePart(next)) {
        j++;
        continue;
      }
      const after = ws[j + 2];
      if (NAME_PARTICLES.has(next.lower) && !TITLE_WORDS.has(cur.lower) && after && (isCapitalised(after) || isParticlePart(after)) && /^[ \t]+$/.test(text.slice(next.end, after.start))) {
        j += 2;
        continue;
      }
      if (next.lower === 'of' && TITLE_WORDS.has(cur.lower) && after && isCapitalised(after) && /^[ \t]+$/.test(text.slice(next.end, after.start))) {
        j += 2;
        continue;
      }
      break;
    }
    const runWords = ws.slice(i, j + 1);
    const runStart = i;
    const before = ws[i - 1];
    const before2 = ws[i - 2];
    const before3 = ws[i - 3];
    i = j + 1;

    // Drop sentence starters and titles from the front; keep the titles as roles.
    let k = 0;
    while (k < runWords.length && NON_NAME_STARTERS.has(runWords[k]!.lower) && !TITLE_WORDS.has(runWords[k]!.lower)) k++;
    const titleStart = runWords[k]?.start ?? 0;
    const roles: string[] = [];
    let titled = false;
    // The title ends at the last title or role word before the name ("Riverton Mayor Thomas
    // Whitfield", "Challenger Maria Gonzalez", "US Secretary of State Antony J. Blinken").
    let lastTitle = -1;
    for (let t = k; t < runWords.length - 1; t++) {
      const lower = runWords[t]!.lower.replace(/\.$/, '');
      if (TITLE_WORDS.has(lower) || ROLE_NOUNS.has(lower)) lastTitle = t;
    }
    if (lastTitle < 0 && TITLE_WORDS.has(runWords[runWords.length - 1]!.lower.replace(/\.$/, ''))) lastTitle = runWords.length - 1;
    for (; k <= lastTitle; k++) {
      const lower = runWords[k]!.lower.replace(/\.$/, '');
      if (lower === 'of' || lower === 'the') continue;
      roles.push(lower);
      if (TITLE_WORDS.has(lower) || ROLE_NOUNS.has(lower)) titled = true;
    }
    const nameWords = runWords.slice(k);
    if (nameWords.length === 0 || nameWords.every((w) => TITLE_WORDS.has(w.lower.replace(/\.$/, '')))) continue;
    if (nameWords.every((w) => MONTHS.has(w.lower))) continue;
    const first = nameWords[0]!;
    const last = nameWords[nameWords.length - 1]!;
    const parts = nameWords.map((w) => stripPossessive(w.raw));
    // "Jr." and "Sr." keep their dot: the suffix is part of the name as written.
    const end = last.start + stripPossessive(last.raw).length + (/^(?:Jr|Sr)$/.test(last.raw) && text[last.end] === '.' ? 1 : 0);

    const prevLower = before?.lower ?? '';
    const roleNounBefore =
      !!before && k === 0 && /^,?[ \t]+$/.test(text.slice(before.end, first.start)) && (ROLE_NOUNS.has(prevLower) || ROLE_NOUNS.has(prevLower.replace(/s$/, '')));
    if (roleNounBefore) roles.push(prevLower.replace(/s$/, ''));
    const appositive = appositiveRoles(text, end);
    roles.push(...appositive);
    // a speech verb right after the name, allowing one adverb ("Lavrov also said")
    const afterWords = ws.slice(i, i + 2);
    const speechVerbAfter =
      afterWords.length > 0 &&
      /^[ \t]*$/.test(text.slice(end, afterWords[0]!.start).replace(/['’]s/, 'x')) &&
      ((SPEECH_VERBS.has(afterWords[0]!.lower) && /^\p{Ll}/u.test(afterWords[0]!.raw)) || (/ly$|also|then|later|has|had|had/.test(afterWords[0]!.lower) && !!afterWords[1] && SPEECH_VERBS.has(afterWords[1].lower)));
    let locativeBefore = false;
    if (k === 0 && before) {
      const gap = text.slice(before.end, first.start);
      if (/^[ \t]+$/.test(gap)) {
        if (LOCATIVES.has(prevLower)) locativeBefore = true;
        else if (LOCATIVE_ADJECTIVES.has(prevLower) && before2 && (LOCATIVES.has(before2.lower) || LOCATIVE_ADJECTIVES.has(before2.lower))) {
          locativeBefore = LOCATIVES.has(before2.lower) || (!!before3 && LOCATIVES.has(before3.lower));
        } else if (prevLower === 'of' && before2 && LOCATIVE_NOUNS.has(before2.lower)) locativeBefore = true;
      } else if (/^,[ \t]+$/.test(gap) && LOCATIVE_NOUNS.has(prevLower)) locativeBefore = true;
    }
    const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
    const dateline = /^\s*$/.test(text.slice(lineStart, first.start)) && DATELINE_AFTER.test(text.slice(end, end + 14));

    let coordinatedWith: number | null = null;
    const prevRun = runs[runs.length - 1];
    if (prevRun && k === 0 && /^(?:,\s*|\s+and\s+|\s+or\s+|,\s+and\s+|,\s+or\s+)$/.test(text.slice(prevRun.end, first.start))) {
      coordinatedWith = runs.length - 1;
    }

    runs.push({
      start: first.start,
      titleStart,
      end,
      parts,
      partSpans: nameWords.map((w) => ({ start: w.start, end: w.start + stripPossessive(w.raw).length })),
      roles,
      titled,
      roleNounBefore,
      speechVerbAfter: !!speechVerbAfter,
      speechVerbBefore: k === 0 && !!before && SPEECH_VERBS.has(prevLower) && /^\p{Ll}/u.test(before.raw) && /^[ \t]+$/.test(text.slice(before.end, first.start)),
      locativeBefore,
      dateline,
      coordinatedWith,
      roleAfter: appositive.length > 0,
      ageOrAffiliationAfter: AGE_OR_AFFILIATION.test(text.slice(end, end + 24)),
      namesBody: k === 0 && namesABody(text, ws, runStart),
    });
  }
  return runs;
}
