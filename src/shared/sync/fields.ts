/**
 * Checks for every field a peer can set in a shared project. The server runs them on every
 * update and the client on everything it receives: a peer is never trusted. Each check returns
 * null when the value is fine, or the problem in words.
 */

/** Ids are our random UUIDs, or any short token of letters, digits, '-' and '_' (no '/', which separates document names). */
const SYNC_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Fingerprints are SHA-256 in lower-case hex (see ParsedArticle.fingerprint). */
const FINGERPRINT = /^[0-9a-f]{64}$/;
/** Tag colours are stored as #rrggbb (the palette's form), so no CSS expression ever reaches a style. */
const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** Longest tag name, corpus name or metadata value: a headline is rarely over 300 characters. */
export const MAX_SHORT_TEXT = 2_000;
/** Longest tag or corpus description. */
export const MAX_DESCRIPTION = 20_000;
/**
 * Longest article text shared: 2 million characters, a whole book, about 100 times a long
 * feature. A text is sent in one update, so at up to 3 bytes a character in UTF-8 it must fit
 * the server's per-update cap (MAX_UPDATE_BYTES, 8 MB).
 */
export const MAX_ARTICLE_TEXT = 2_000_000;
/** Longest highlight, in UTF-16 code units: a whole long article. */
export const MAX_SPAN_LENGTH = MAX_ARTICLE_TEXT;
/** Tags on one highlight: far above any real coding, low enough to bound work. */
export const MAX_TAGS_PER_HIGHLIGHT = 200;
/** Authors or agencies of one article. */
export const MAX_LIST_ITEMS = 200;
/** The quote context kept around a highlight (TextQuoteSelector keeps up to 32). */
export const MAX_QUOTE_CONTEXT = 64;

export type Problem = string | null;

export const isSyncId = (value: unknown): value is string => typeof value === 'string' && SYNC_ID.test(value);
export const isFingerprint = (value: unknown): value is string => typeof value === 'string' && FINGERPRINT.test(value);

export function checkId(value: unknown, what: string): Problem {
  return isSyncId(value) ? null : `${what} is not a valid id.`;
}

export function checkFingerprint(value: unknown, what: string): Problem {
  return isFingerprint(value) ? null : `${what} is not an article fingerprint (64 hex digits).`;
}

export function checkColour(value: unknown, what: string): Problem {
  return typeof value === 'string' && HEX_COLOUR.test(value) ? null : `${what} is not a colour of the form #rrggbb.`;
}

export function checkText(value: unknown, what: string, max: number, { nullable = false } = {}): Problem {
  if (value === null && nullable) return null;
  if (typeof value !== 'string') return `${what} is not text.`;
  if (value.length > max) return `${what} is longer than ${max} characters.`;
  return null;
}

export function checkTextList(value: unknown, what: string): Problem {
  if (!Array.isArray(value)) return `${what} is not a list.`;
  if (value.length > MAX_LIST_ITEMS) return `${what} has more than ${MAX_LIST_ITEMS} entries.`;
  for (const item of value) {
    const problem = checkText(item, `An entry of ${what.toLowerCase()}`, MAX_SHORT_TEXT);
    if (problem) return problem;
  }
  return null;
}

/** A whole number in [min, max]: offsets, lengths, counters. */
export function checkInteger(value: unknown, what: string, min: number, max: number): Problem {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) return `${what} is not a whole number.`;
  if (value < min || value > max) return `${what} is outside ${min}..${max}.`;
  return null;
}

/** A time in milliseconds since 1970 (Date.now()), not before 2000 nor absurdly far ahead. */
export function checkTime(value: unknown, what: string): Problem {
  return checkInteger(value, what, 946_684_800_000, 32_503_680_000_000);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

/** Fields a record must not have beyond the known ones: an unknown key is refused, not carried along. */
export function checkKeys(value: Record<string, unknown>, allowed: readonly string[], what: string): Problem {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) return `${what} has an unknown field “${key.slice(0, 40)}”.`;
  return null;
}

/** The first problem of a list of checks, or null. */
export function firstProblem(...problems: Problem[]): Problem {
  for (const problem of problems) if (problem) return problem;
  return null;
}
