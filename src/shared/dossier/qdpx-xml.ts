/**
 * What the REFI-QDA writer needs besides the project's shape: XML escaping, GUIDs and the
 * conversion between Parallax's offsets (UTF-16 code units) and REFI-QDA's (characters, i.e.
 * Unicode code points). Pure.
 */
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

/** Four independent 32-bit hashes of the key (cyrb128): deterministic, well spread, not cryptographic. */
function hash128(key: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < key.length; i++) {
    const k = key.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/**
 * GUIDs in the 8-4-4-4-12 form REFI-QDA requires, derived from a key so that exporting the same
 * corpus twice gives the same GUIDs (a tool importing both sees the same sources and codes).
 * Shaped as RFC 9562 version 8 (custom) UUIDs; distinct keys always get distinct GUIDs.
 */
export class GuidMaker {
  private readonly byKey = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(private readonly salt: string) {}

  for(key: string): string {
    const known = this.byKey.get(key);
    if (known) return known;
    let guid = '';
    for (let attempt = 0; guid === '' || this.used.has(guid); attempt++) {
      const [a, b, c, d] = hash128(`${this.salt}\u0000${key}\u0000${attempt}`);
      const s = hex8(a) + hex8(b) + hex8(c) + hex8(d);
      const variant = ((parseInt(s[16]!, 16) & 0x3) | 0x8).toString(16);
      guid = `${s.slice(0, 8)}-${s.slice(8, 12)}-8${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`.toUpperCase();
    }
    this.used.add(guid);
    this.byKey.set(key, guid);
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
