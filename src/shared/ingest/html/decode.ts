/**
 * Turns the bytes of an HTML file into a string the way a browser would, minus the network:
 * a byte-order mark wins; bytes that are valid UTF-8 with non-ASCII characters are UTF-8;
 * otherwise a declared charset (<meta charset>, http-equiv Content-Type, XML declaration) in
 * the first bytes, then UTF-8; bytes that are not valid UTF-8 are read as windows-1252, the
 * encoding of most undeclared legacy pages.
 */
import { decodeWindows1252 } from '../windows-1252';

export interface DecodedHtml {
  html: string;
  /** The WHATWG name of the encoding used. */
  encoding: string;
  warnings: string[];
}

const SNIFF_BYTES = 4096;

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const bom = encodingFromBom(bytes);
  if (bom) {
    return { html: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding, warnings: [] };
  }
  const warnings: string[] = [];
  const declared = declaredCharset(bytes);
  const decoder = declared ? decoderFor(declared) : null;
  if (declared && !decoder) {
    warnings.push(`The page declares the character set "${declared}", which Parallax cannot read; it was read as UTF-8.`);
  }
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null && (!decoder || decoder.encoding === 'utf-8' || hasNonAscii(bytes))) {
    // Text in a legacy encoding is almost never also valid UTF-8 with non-ASCII characters,
    // so valid UTF-8 wins over a stale declaration (pages re-saved as UTF-8 often keep their old <meta>).
    if (decoder && decoder.encoding !== 'utf-8') {
      warnings.push(`The page declares the character set "${declared}" but its bytes are UTF-8; it was read as UTF-8.`);
    }
    return { html: utf8, encoding: 'utf-8', warnings };
  }
  if (decoder && decoder.encoding === 'windows-1252') return { html: decodeWindows1252(bytes), encoding: 'windows-1252', warnings };
  if (decoder && decoder.encoding !== 'utf-8') return { html: decoder.decode(bytes), encoding: decoder.encoding, warnings };
  const note = decoder
    ? 'The page says it is UTF-8 but is not valid UTF-8; it was read as windows-1252.'
    : 'The page does not declare its character set and is not valid UTF-8; it was read as windows-1252.';
  return { html: decodeWindows1252(bytes), encoding: 'windows-1252', warnings: [...warnings, note] };
}

export { decodeWindows1252 };

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

function encodingFromBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

interface Decoder {
  readonly encoding: string;
  decode(bytes: Uint8Array): string;
}

function decoderFor(label: string): Decoder | null {
  try {
    const decoder = new TextDecoder(label);
    // A page cannot honestly declare UTF-16 in ASCII-compatible bytes; browsers read it as UTF-8.
    return decoder.encoding.startsWith('utf-16') ? new TextDecoder('utf-8') : decoder;
  } catch {
    return null;
  }
}

/** The charset the page declares in its first bytes, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 keeps every byte as one character, so ASCII markup reads the same whatever the encoding.
  const head = decodeWindows1252(bytes.subarray(0, SNIFF_BYTES)).replace(/<!--[\s\S]*?-->/g, '');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const attributes = new Map<string, string>();
    for (const [, name, , double, single, bare] of tag.matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
      if (name) attributes.set(name.toLowerCase(), (double ?? single ?? bare ?? '').trim());
    }
    // <meta charset=x>, or <meta http-equiv=Content-Type content="text/html; charset=x">.
    const charset = attributes.get('charset');
    if (charset) return charset;
    if (attributes.get('http-equiv')?.toLowerCase() === 'content-type') {
      const inContent = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(attributes.get('content') ?? '');
      if (inContent?.[1]) return inContent[1];
    }
  }
  return null;
}
