/**
 * What the REFI-QDA writer needs besides the project's shape: XML escaping, GUIDs and the
 * conversion between Parallax's offsets (UTF-16 code units) and REFI-QDA's (characters, i.e.
 * Unicode code points). Pure.
 */
import { v5 as uuidV5 } from 'uuid';
import { xmlSafe } from './docx-text';

/** Text for XML content or a double-quoted attribute: escaped, with characters XML forbids replaced. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/gu, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;'));
}

/** An attribute list: ` name="value"` for each value that is not undefined. */
export function attributes(attrs: Record<string, string | number | boolean | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) out += ` ${name}="${escapeXml(String(value))}"`;
  return out;
}

/**
 * The name space of Parallax's REFI-QDA GUIDs (itself a version 5 UUID of
 * "https://parallax.local/refi-qda" in the URL name space), so that they never equal another
 * tool's name-based GUIDs for the same key.
 */
const REFI_QDA_NAMESPACE = '492d10d8-88fd-5d87-bf26-fb71c7329cec';

/**
 * GUIDs in the 8-4-4-4-12 form REFI-QDA requires, derived from a key so that exporting the same
 * corpus twice gives the same GUIDs (a tool importing both sees the same sources and codes):
 * RFC 9562 version 5 (name-based, SHA-1) UUIDs, by the `uuid` library.
 */
export class GuidMaker {
  private readonly byKey = new Map<string, string>();

  constructor(private readonly salt: string) {}

  for(key: string): string {
    let guid = this.byKey.get(key);
    if (!guid) {
      guid = uuidV5(`${this.salt}\u0000${key}`, REFI_QDA_NAMESPACE).toUpperCase();
      this.byKey.set(key, guid);
    }
    return guid;
  }
}

/**
 * Converts UTF-16 offsets into one text to code point offsets. A text without astral characters
 * (no surrogate pairs) needs no table; otherwise one pass builds it.
 */
export function codePointOffsets(text: string): (utf16: number) => number {
  // Without the `u` flag the pattern sees code units: any surrogate at all.
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => offset;
  const table = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = points;
    const code = text.charCodeAt(i);
    // The low half of a pair is not a character of its own.
    const low = code >= 0xdc00 && code <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
    // An offset inside a pair (which Parallax never makes) counts the pair as begun.
    if (!low) points += 1;
  }
  table[text.length] = points;
  return (offset) => table[Math.max(0, Math.min(text.length, offset))]!;
}

/** The inverse: code point offsets into `text` as UTF-16 offsets. */
export function utf16Offsets(text: string): (codePoint: number) => number {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const low = code >= 0xdc00 && code <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
    if (!low) starts.push(i);
  }
  starts.push(text.length);
  return (point) => starts[Math.max(0, Math.min(starts.length - 1, point))]!;
}

/** A timestamp (ms or ISO text) as xsd:dateTime, or undefined when it is not a date. */
export function dateTime(value: number | string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const ms = typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) return undefined;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
