import { endsLikeSentence, wordCount } from './lines';

/**
 * Marks that make a line a photo caption wherever it stands: a credit in parentheses at its
 * end, "Photo:" at its start, a picture agency's "AFP/Getty Images" or "REUTERS/Name".
 */
const STRONG_MARKS: RegExp[] = [
  /^(?:photo|photograph|image|picture|pic|file photo|caption|credit)s?\s*(?:[:|]|by\b)/i,
  /\((?:credit|photo|photograph|image|picture|pic|source|courtesy|file photo|file)\b[^()]*\)\s*\.?$/i,
  /\((?:AP|AFP|EPA|Reuters|REUTERS|Getty|Xinhua|dpa)\s+(?:Photo|photo|Images?|via)\b[^()]*\)\s*\.?$/,
  /\b(?:AFP|AP|EPA|REUTERS|Reuters|Xinhua|Anadolu|Sputnik|Bloomberg|dpa|PA)\s*\/\s*(?:Getty(?:\s+Images)?|\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3})\s*\.?\)?$/u,
  /\bAFP\s*\/\s*Getty\b/,
  /\b(?:Getty Images|Shutterstock|Alamy|iStock(?:photo)?)\s*\.?\)?$/,
  /\b(?:Photo|Photograph|Image|Picture)(?:\s+credit)?\s*:\s*[^.]{2,80}$/,
];

/** Marks that suggest a caption only near the top, before the story starts. */
const WEAK_MARKS =
  /\((?:left|right|centre|center|L|R|C|L-R|l-r|from left|second left|second right|top|bottom|above|inset|file)\)|\bpictured\b|\bL-R\b|\bin this (?:file )?(?:photo|image|picture)\b|\bphoto(?:graphed)?\b/i;

export interface CaptionContext {
  /** The line stands before the story's first paragraph. */
  top: boolean;
  /** The next line is a byline: a sentence standing just before one is a caption. */
  nextIsByline: boolean;
}

/** Whether a line carries a mark only captions carry, wherever it stands. */
export function hasStrongCaptionMark(line: string): boolean {
  return line.length <= 500 && STRONG_MARKS.some((mark) => mark.test(line));
}

/** Whether a line is a photo caption. */
export function isCaption(line: string, context: CaptionContext): boolean {
  if (line.length > 500) return false;
  if (STRONG_MARKS.some((mark) => mark.test(line))) return true;
  if (!context.top || wordCount(line) > 70) return false;
  if (WEAK_MARKS.test(line) && endsLikeSentence(line)) return true;
  return context.nextIsByline && endsLikeSentence(line);
}
