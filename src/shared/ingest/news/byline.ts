import { lookupAgency } from './agencies';
import { datesIn, type DateMatch } from './dates';
import { titleCaseCapitals } from './outlet';

/** What a byline line says: "By Gary Raynaldo DIPLOMATIC TIMES", "By Jane Doe, Reuters". */
export interface Byline {
  authors: string[];
  /** An outlet named in capitals after the author, title-cased, with the words it came from. */
  outlet: { name: string; evidence: string } | null;
  agencies: string[];
  date: DateMatch | null;
}

const BYLINE = /^(?:By|BY|Written by|Words by|Story by|Reported by)\s*:?\s+(.+)$/u;
/** A word of a person's name: "Gary", "O'Neil", "al-Sisi", "J.", "DeSantis". */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}'’]*(?:[-'’]\p{L}[\p{Ll}\p{M}'’]*)*(?:\p{Lu}\p{Ll}+)?|\p{Lu}\.(?:-?\p{Lu}\.)*|\p{Lu})$/u;
const PARTICLE = /^(?:de|da|do|dos|das|van|von|der|den|del|della|di|du|le|la|bin|binti|ibn|al|el|y|ter|zu)$/;
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
const CAPITAL_WORD = /^[\p{Lu}&'’.-]*\p{Lu}[\p{Lu}&'’.-]*$/u;
/** Words of a job title, which a byline may add after the name: "Jane Doe, Staff Writer". */
const ROLE = /\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|bureau|chief|senior|special|desk|team|agencies|agency|online|news\s+service|photographer|analyst|in\s+\p{Lu}\p{L}+)\b/iu;

/** Reads a byline line, or returns null if the line is not one. */
export function readByline(line: string): Byline | null {
  if (line.length > 200) return null;
  const m = BYLINE.exec(line);
  if (!m?.[1]) return null;
  let rest = m[1].trim();

  // A date after the names: "By Jane Doe | May 19, 2021" or "By Jane Doe Published May 19".
  const date = datesIn(rest)[0] ?? null;
  if (date) rest = rest.slice(0, date.index).replace(/\b(?:published|updated|posted|on)\s*:?\s*$/i, '');
  rest = rest.replace(/[\s|•·,–—-]+$/u, '').trim();

  const byline: Byline = { authors: [], outlet: null, agencies: [], date };
  const parts = rest.split(/\s*[|•·]\s*|\s+[-–—]\s+/u).filter(Boolean);
  const [first, ...others] = parts;
  if (!first) return null;
  const pieces = [...first.split(/\s*,\s*|\s+(?:and|&)\s+/u), ...others].filter(Boolean);
  for (const [i, raw] of pieces.entries()) {
    const piece = raw.replace(/\s+in\s+\p{Lu}[\p{L}\p{M}. '’-]*$/u, '').trim();
    if (i > 0 && ROLE.test(piece)) continue;
    const agency = lookupAgency(piece, true);
    if (agency) {
      byline.agencies.push(agency);
      continue;
    }
    const withTail = nameWithCapitalTail(piece);
    if (withTail) {
      byline.authors.push(withTail.name);
      const tailAgency = lookupAgency(withTail.tail, true);
      if (tailAgency) byline.agencies.push(tailAgency);
      else byline.outlet ??= { name: titleCaseCapitals(withTail.tail), evidence: withTail.tail };
      continue;
    }
    const name = personName(piece);
    if (name) {
      byline.authors.push(name);
      continue;
    }
    // "By the time he arrived, ..." is prose, not a byline: the first piece must be a name.
    if (i === 0 || piece.split(/\s+/).length > 4) return null;
  }
  if (byline.authors.length === 0 && byline.agencies.length === 0) return null;
  return byline;
}

/** A person's name: two to five name words, or all in capitals ("GARY RAYNALDO"). */
function personName(piece: string): string | null {
  const words = piece.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 5) return null;
  if (words.every((w) => CAPITAL_WORD.test(w) && /\p{L}{2}/u.test(w))) return titleCaseCapitals(piece);
  if (!words.every((w, i) => NAME_WORD.test(w) || (i > 0 && (PARTICLE.test(w) || SUFFIX.test(w))))) return null;
  if (!NAME_WORD.test(words[words.length - 1]!) && !SUFFIX.test(words[words.length - 1]!)) return null;
  return words.join(' ');
}

/** "Gary Raynaldo DIPLOMATIC TIMES": a mixed-case name followed by an all-capitals tail. */
function nameWithCapitalTail(piece: string): { name: string; tail: string } | null {
  const words = piece.split(/\s+/).filter(Boolean);
  for (let k = 2; k < words.length; k++) {
    const head = words.slice(0, k);
    const tail = words.slice(k);
    if (!head.every((w) => /\p{Ll}/u.test(w) || /^\p{Lu}\.?$/u.test(w) || PARTICLE.test(w))) return null;
    if (tail.every((w) => CAPITAL_WORD.test(w) && /\p{Lu}{2}|^&$/u.test(w))) {
      const name = personName(head.join(' '));
      return name ? { name, tail: tail.join(' ') } : null;
    }
  }
  return null;
}
