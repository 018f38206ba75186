import { dateAtStart } from '../news/dates';
import type { ArticleMetadata, MetadataField, Provenance } from '../types';
import type { ExportPiece } from './types';
import { emptyFields } from './types';

/** Splits export text into trimmed lines, keeping blank lines (they separate paragraphs). */
export function linesOf(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/[\u00A0\t ]+/g, ' ').trim());
}

/** Joins lines into paragraphs: blank lines separate them, runs of blank lines count once. */
export function paragraphsOf(lines: readonly string[]): string {
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * A line that is a date and at most a weekday, a time and a zone after it: "January 11, 2010
 * Monday", "July 2, 2019 Tuesday 9:33 AM GMT", "3 June 2021". Returns the ISO date.
 */
export function dateLineOf(line: string): string | null {
  const found = dateAtStart(line);
  if (!found || !/^\d{4}-|^--/.test(found.iso)) return null;
  const rest = line.slice(found.text.length);
  const AFTER_DATE = /^[\s,]*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)?[\s,]*(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)?\s*(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2})?\s*$/i;
  return AFTER_DATE.test(rest) ? found.iso : null;
}

/** "LENGTH: 412 words", "Length: 412 words", "WC 412 words": the number. */
export function wordsOf(value: string | null): number | null {
  const m = value ? /(\d[\d,.]*)\s*words?\b/i.exec(value) : null;
  return m ? Number(m[1]!.replace(/[,.]/g, '')) : null;
}

/** Words that name a job, not a person: "Staff Writer", "Our Correspondent", "Special to the Times". */
const ROLE_WORDS = /^(?:(?:staff|senior|chief|special|foreign|political|business|sports|our|own|bureau|news|city|desk|writer|writers|reporter|reporters|correspondent|correspondents|editor|editors|columnist|contributor|to|the|a|an|of)\b\s*)+$/i;
/** Bylines that name nobody. */
const NOBODY = /^(?:anonymous|anon\.?|unknown|n\/a|none|unattributed)$/i;

/** "By Mara Ellison and Tom Reyes", "JANE DOUGLAS, Staff Writer", "Ola Nordmann in Bergen": the people, as written. */
export function authorsOf(value: string | null): string[] {
  if (!value) return [];
  return value
    .replace(/^by\s+/i, '')
    .split(/\s*(?:;|\band\b|&|,)\s*/u)
    .map((name) => name.replace(/\s+in\s+\p{Lu}[\p{L}\s-]*$/u, '').replace(/\s+/g, ' ').trim())
    .filter((name) => name.length > 1 && name.length < 80 && !ROLE_WORDS.test(name) && !NOBODY.test(name));
}

/** Builds a piece, recording where each value came from ("Nexis Uni export: Byline:"). */
export class PieceBuilder {
  private readonly piece: ExportPiece = { body: '', metadata: {}, provenance: {}, fields: emptyFields(), warnings: [], damage: null };

  constructor(private readonly layoutName: string) {}

  set<F extends MetadataField>(field: F, value: ArticleMetadata[F] | null | undefined, where: string, evidence: string): this {
    const present = Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined && value !== '';
    if (!present) return this;
    (this.piece.metadata as Record<string, unknown>)[field] = value;
    const provenance: Provenance = { source: `${this.layoutName} export: ${where}`, evidence: evidence.slice(0, 200) };
    this.piece.provenance[field] = provenance;
    return this;
  }

  fields(fields: Partial<ExportPiece['fields']>): this {
    Object.assign(this.piece.fields, fields);
    return this;
  }

  body(body: string): this {
    this.piece.body = body;
    return this;
  }

  warn(warning: string): this {
    this.piece.warnings.push(warning);
    return this;
  }

  damaged(reason: string): this {
    this.piece.damage ??= reason;
    return this;
  }

  build(): ExportPiece {
    return this.piece;
  }
}
