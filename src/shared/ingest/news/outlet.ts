import { lookupAgency } from './agencies';

/** A name the page gives itself, with the words it was read from. */
export interface OutletFinding {
  name: string;
  source: string;
  evidence: string;
}

/** Short words that read as words, not acronyms, when an all-capitals name is title-cased. */
const SHORT_WORDS = new Set(['THE', 'OF', 'AND', 'FOR', 'NEW', 'DAY', 'SUN', 'AGE', 'WAY', 'NOW', 'TOP', 'ONE', 'OUR', 'BAY', 'SEA', 'OLD', 'RED', 'BIG', 'AIR', 'WEB', 'NET', 'IN', 'ON', 'AT', 'TO', 'A', 'DE', 'LA', 'EL', 'LE', 'DIE', 'DER']);
const LOWER_INSIDE = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'to', 'a', 'de', 'la', 'el', 'le']);

/** "DIPLOMATIC TIMES" → "Diplomatic Times", "BBC NEWS" → "BBC News", "THE HINDU" → "The Hindu". */
export function titleCaseCapitals(name: string): string {
  return name
    .split(/\s+/)
    .map((word, i) => {
      const letters = word.replace(/[^\p{L}]/gu, '');
      if (letters.length <= 3 && !SHORT_WORDS.has(letters)) return word;
      const lower = word.toLowerCase();
      if (i > 0 && LOWER_INSIDE.has(lower)) return lower;
      return lower.replace(/(^|[-'’])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
    })
    .join(' ');
}

/** "Daijiworld.com" → "Daijiworld", "www.example.co.uk" → "example": the name, not the address. */
export function withoutDomain(name: string): string {
  const m = /^(?:www\.)?([\p{L}\p{N}-]+)\.(?:com|net|org|info|news|co|in|uk|co\.uk|com\.au|com\.pk|com\.ng|co\.za|co\.in|ie|ca|de|fr|es|it|ru|cn|jp|pk|ng|za|tv|io|online|press|media)$/iu.exec(name.trim());
  return m?.[1] ?? name.trim();
}

const CORPORATE_SUFFIX = /[,\s]+(?:Pvt\.?\s+Ltd\.?|Private\s+Limited|Ltd\.?|Limited|Inc\.?|LLC|L\.L\.C\.|GmbH|plc|PLC|S\.A\.|AG|Co\.|Corp\.?|Corporation)$/;

/**
 * A copyright line: "© 2021 Daijiworld", "Copyright 2021 The Example Times. All rights
 * reserved." Names an agency ("Copyright 2021 The Associated Press") or an outlet.
 */
export function readCopyright(line: string): { outlet: string | null; agency: string | null } | null {
  if (line.length > 200) return null;
  const m = /^(?:©|\(c\)|copyright\b)\s*(?:©|\(c\))?\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?\s*[,.]?\s*(?:by\s+)?(.*)$/iu.exec(line);
  if (!m) return null;
  let name = (m[1] ?? '')
    .split(/\.\s+|\s+[|–—-]\s+|\s*\ball rights reserved\b/i)[0]!
    .replace(/^©\s*/, '')
    .replace(/[.,\s]+$/, '')
    .trim();
  name = name.replace(CORPORATE_SUFFIX, '').trim();
  if (!name || name.split(/\s+/).length > 6 || !/^[\p{L}\p{N}]/u.test(name)) return { outlet: null, agency: null };
  if (/^(?:the\s+)?(?:author|authors|all rights|respective|owner|owners)\b/i.test(name)) return { outlet: null, agency: null };
  const agency = lookupAgency(name, true);
  if (agency) return { outlet: null, agency };
  return { outlet: withoutDomain(name), agency: null };
}

const NAME = `(?<![\\p{L}\\p{N}])((?:www\\.)?\\p{Lu}[\\p{L}\\p{N}&'’.-]*?(?:\\s\\p{Lu}[\\p{L}\\p{N}&'’.-]*?){0,3})`;
const NOT_NAMES = new Set(['the', 'we', 'this', 'it', 'they', 'he', 'she', 'you', 'i', 'author', 'authors', 'management', 'site', 'website', 'publisher', 'company', 'government', 'editor', 'editors', 'our', 'us', 'hence', 'please']);

/** Sentences in which a site disclaims liability by name. */
const DISCLAIMER_PATTERNS: RegExp[] = [
  new RegExp(`\\bin no way will ${NAME} be held (?:responsible|liable)`, 'u'),
  new RegExp(`${NAME} (?:will|shall|does|do|is|are|cannot|can ?not) (?:not |in no way )?(?:be )?(?:held )?(?:responsible|liable)\\b`, 'u'),
  new RegExp(`\\b(?:obligatory|mandatory|binding) (?:on|upon|for) ${NAME} to\\b`, 'u'),
  new RegExp(`${NAME} (?:does not|do not|doesn['’]t) (?:necessarily )?(?:endorse|reflect|share)\\b`, 'u'),
  new RegExp(`\\bnot (?:necessarily )?(?:reflect|represent) the (?:views|opinions?|position) of ${NAME}`, 'u'),
];

/** The outlet a disclaimer names: "... in no way will Daijiworld.com be held responsible." */
export function readDisclaimerOutlet(text: string): OutletFinding | null {
  for (const pattern of DISCLAIMER_PATTERNS) {
    for (const m of text.matchAll(new RegExp(pattern.source, 'gu'))) {
      const raw = (m[1] ?? '').replace(/[.’']+$/, '');
      const words = raw.split(/\s+/);
      const named = words[0]?.toLowerCase() === 'the' ? words.slice(1) : words;
      if (!named[0] || NOT_NAMES.has(named[0].toLowerCase())) continue;
      return { name: withoutDomain(raw), source: 'disclaimer', evidence: m[0] };
    }
  }
  return null;
}

/** Words that start a newsletter's own name, not an outlet's: "Sign up for the Morning Brief newsletter". */
const NEWSLETTER_WORDS = new Set(['daily', 'morning', 'evening', 'weekly', 'breaking', 'top', 'latest', 'news', 'free', 'our', 'email', 'first', 'weekend', 'today', 'best', 'monthly', 'this']);

/** "Sign up for the Guardian's Fight to Vote newsletter", "Sign up for the Daijiworld newsletter". */
export function readNewsletterOutlet(line: string): OutletFinding | null {
  if (line.length > 250) return null;
  const possessive = /\b(?:sign up|subscribe)\s+(?:for|to)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}\p{N}.&-]*){0,3})['’]s?\s+[^.]{0,60}?\bnewsletters?\b/iu.exec(line);
  const plain = /\b(?:sign up|subscribe)\s+(?:for|to)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}.&-]*)\s+(?:(?:daily|weekly|free|email)\s+)?newsletters?\b/iu.exec(line);
  for (const m of [possessive, plain]) {
    const raw = m?.[1];
    if (!m || !raw || !/^\p{Lu}/u.test(raw)) continue;
    if (m === plain && NEWSLETTER_WORDS.has(raw.toLowerCase())) continue;
    return { name: withoutDomain(raw), source: 'newsletter prompt', evidence: m[0] };
  }
  return null;
}

/**
 * The name as the text writes it when it also writes it without ".com": "Daijiworld" rather than
 * "daijiworld", keeping the text's own capitals.
 */
export function preferredSpelling(name: string, text: string): string {
  if (/^\p{Lu}/u.test(name)) return name;
  const m = new RegExp(`(?<![\\p{L}\\p{N}])(${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})(?![\\p{L}\\p{N}]|\\.[a-z])`, 'giu');
  for (const found of text.matchAll(m)) if (/^\p{Lu}/u.test(found[1] ?? '')) return found[1]!;
  return name;
}
