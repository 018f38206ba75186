import { analyse } from 'chardet';
import type { ExtractedDocument, ExtractResult } from './types';
import { decodeWindows1252 } from './windows-1252';

/** A character encoding this reader can decode, with the name a person knows it by. */
interface Encoding {
  /** The WHATWG label TextDecoder takes. */
  label: string;
  /** Shown in warnings. */
  name: string;
}

const UTF8: Encoding = { label: 'utf-8', name: 'UTF-8' };
const UTF16LE: Encoding = { label: 'utf-16le', name: 'UTF-16 (little-endian)' };
const UTF16BE: Encoding = { label: 'utf-16be', name: 'UTF-16 (big-endian)' };
const WINDOWS_1252: Encoding = { label: 'windows-1252', name: 'Windows-1252 (Western European)' };
const LATIN_1: Encoding = { label: 'windows-1252', name: 'ISO-8859-1 (Latin-1)' };

/**
 * Legacy encodings chardet may name, mapped to the decoder that reads them. Western ones are
 * read as Windows-1252, which is what browsers do with a Latin-1 label: it is a superset.
 */
const LEGACY_ENCODINGS: Record<string, Encoding> = {
  'ISO-8859-1': LATIN_1,
  'windows-1252': WINDOWS_1252,
  'ISO-8859-2': { label: 'iso-8859-2', name: 'ISO-8859-2 (Central European)' },
  'windows-1250': { label: 'windows-1250', name: 'Windows-1250 (Central European)' },
  'ISO-8859-5': { label: 'iso-8859-5', name: 'ISO-8859-5 (Cyrillic)' },
  'windows-1251': { label: 'windows-1251', name: 'Windows-1251 (Cyrillic)' },
  'KOI8-R': { label: 'koi8-r', name: 'KOI8-R (Russian)' },
  'ISO-8859-6': { label: 'iso-8859-6', name: 'ISO-8859-6 (Arabic)' },
  'windows-1256': { label: 'windows-1256', name: 'Windows-1256 (Arabic)' },
  'ISO-8859-7': { label: 'iso-8859-7', name: 'ISO-8859-7 (Greek)' },
  'windows-1253': { label: 'windows-1253', name: 'Windows-1253 (Greek)' },
  'ISO-8859-8': { label: 'iso-8859-8', name: 'ISO-8859-8 (Hebrew)' },
  'windows-1255': { label: 'windows-1255', name: 'Windows-1255 (Hebrew)' },
  'ISO-8859-9': { label: 'windows-1254', name: 'ISO-8859-9 (Turkish)' },
  'windows-1254': { label: 'windows-1254', name: 'Windows-1254 (Turkish)' },
  'windows-1257': { label: 'windows-1257', name: 'Windows-1257 (Baltic)' },
  'windows-1258': { label: 'windows-1258', name: 'Windows-1258 (Vietnamese)' },
  'windows-874': { label: 'windows-874', name: 'Windows-874 (Thai)' },
  Shift_JIS: { label: 'shift_jis', name: 'Shift_JIS (Japanese)' },
  'EUC-JP': { label: 'euc-jp', name: 'EUC-JP (Japanese)' },
  'ISO-2022-JP': { label: 'iso-2022-jp', name: 'ISO-2022-JP (Japanese)' },
  'EUC-KR': { label: 'euc-kr', name: 'EUC-KR (Korean)' },
  GB18030: { label: 'gb18030', name: 'GB18030 (Chinese)' },
  Big5: { label: 'big5', name: 'Big5 (Traditional Chinese)' },
};

const WESTERN = new Set(['ISO-8859-1', 'windows-1252']);

/** File signatures of common binary formats, so the message can say what the file really is. */
const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive or a Word (.docx) document' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Word (.doc) document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
];

/**
 * Decodes a plain-text article: UTF-8 (with or without byte order mark), UTF-16 with a byte
 * order mark, and legacy encodings (Windows-1252 / Latin-1 and others chardet recognises)
 * when the bytes are not valid UTF-8. Any encoding other than UTF-8 is named in a warning.
 */
export function extractTxt(bytes: Uint8Array): ExtractResult {
  const bom = byteOrderMark(bytes);
  if (bom) {
    const text = decodeStrict(bytes.subarray(bom.length), bom.encoding);
    if (text === null) {
      return invalid(
        `This file starts with a ${bom.encoding.name} byte order mark, but the rest of it is not valid ${bom.encoding.name}. It may be damaged; try saving it again as UTF-8.`,
      );
    }
    return decoded(text, bom.encoding);
  }

  const signature = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (signature) {
    return {
      ok: false,
      error: {
        code: 'not-text',
        message: `This file is not plain text: it looks like ${signature.what} that was renamed to .txt. Give it its proper extension and import it again.`,
      },
    };
  }

  const utf16 = bomlessUtf16(bytes);
  if (utf16) {
    const text = decodeStrict(bytes, utf16);
    if (text !== null && !looksBinaryText(text)) return decoded(text, utf16);
  }

  if (looksBinary(bytes)) {
    return {
      ok: false,
      error: {
        code: 'not-text',
        message: 'This file is not plain text: it contains binary data. Is it a renamed document or image?',
      },
    };
  }

  const utf8 = decodeStrict(bytes, UTF8);
  if (utf8 !== null) return decoded(utf8, UTF8);

  // Mostly valid UTF-8 with a few damaged bytes: reading it as a legacy encoding would garble
  // every accented letter, so keep UTF-8 and say how many bytes were lost.
  const scan = scanUtf8(bytes);
  if (scan.multibyte >= 2 && scan.multibyte >= scan.invalid * 2) {
    const text = new TextDecoder('utf-8').decode(bytes);
    return {
      ok: true,
      value: document(text, [
        `This file is UTF-8 with ${scan.invalid === 1 ? 'one damaged byte' : `${scan.invalid} damaged bytes`}; ${scan.invalid === 1 ? 'it is' : 'they are'} shown as \u{FFFD}.`,
      ]),
    };
  }

  const legacy = pickLegacyEncoding(bytes);
  if (!legacy) {
    return invalid(
      'This file is in no text encoding Parallax recognises: it is not UTF-8, UTF-16 or a known legacy encoding. Open it in a text editor and save it as UTF-8.',
    );
  }
  const text = decodeStrict(bytes, legacy);
  if (text === null) {
    return invalid(`This file looks like ${legacy.name} text but could not be read as it. Open it in a text editor and save it as UTF-8.`);
  }
  return decoded(text, legacy);
}

function decoded(text: string, encoding: Encoding): ExtractResult {
  const warnings =
    encoding === UTF8 ? [] : [`This file is encoded as ${encoding.name}, not UTF-8; it was converted to Unicode.`];
  return { ok: true, value: document(text, warnings) };
}

function document(text: string, warnings: string[]): ExtractedDocument {
  return { format: 'txt', text, metadata: {}, provenance: {}, boilerplate: [], warnings, lang: null };
}

function invalid(message: string): ExtractResult {
  return { ok: false, error: { code: 'invalid-encoding', message } };
}

function decodeStrict(bytes: Uint8Array, encoding: Encoding): string | null {
  if (encoding.label === 'windows-1252') return decodeWindows1252(bytes);
  try {
    // ignoreBOM: a byte order mark has already been taken off, or there is none to honour.
    return new TextDecoder(encoding.label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function byteOrderMark(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: UTF8, length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: UTF16LE, length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: UTF16BE, length: 2 };
  return null;
}

/**
 * UTF-16 without a byte order mark: text in the Latin, Greek or Cyrillic ranges has a zero
 * in every other byte, always on the same side.
 */
function bomlessUtf16(bytes: Uint8Array): Encoding | null {
  const sample = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  if (sample.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.05) return UTF16LE;
  if (evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.05) return UTF16BE;
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32 && byte !== 27)) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.1;
}

function looksBinaryText(text: string): boolean {
  const sample = text.slice(0, 4096);
  let controls = 0;
  for (const ch of sample) {
    const code = ch.charCodeAt(0);
    if (code === 0) return true;
    if (code < 9 || (code > 13 && code < 32)) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.1;
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that fit no sequence. */
function scanUtf8(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      multibyte++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

/**
 * Picks the legacy encoding for bytes that are not UTF-8. Western European (Windows-1252) is
 * the default; another encoding is chosen only when chardet is clearly surer of it. Bytes that
 * are mostly outside ASCII and match no encoding with any confidence are refused.
 */
function pickLegacyEncoding(bytes: Uint8Array): Encoding | null {
  const matches = analyse(bytes).filter((m) => m.name in LEGACY_ENCODINGS);
  const western = Math.max(0, ...matches.filter((m) => WESTERN.has(m.name)).map((m) => m.confidence));
  const best = matches[0];
  let highBytes = 0;
  for (const byte of bytes) if (byte >= 0x80) highBytes++;
  const mostlyHigh = highBytes > bytes.length * 0.3;

  if (best && !WESTERN.has(best.name) && best.confidence >= 30 && best.confidence >= western + 15) {
    const encoding = LEGACY_ENCODINGS[best.name];
    if (encoding && decodeStrict(bytes, encoding) !== null) return encoding;
  }
  if (mostlyHigh && (best?.confidence ?? 0) < 20) return null;
  return hasC1Bytes(bytes) ? WINDOWS_1252 : western > 0 && matches[0]?.name === 'ISO-8859-1' ? LATIN_1 : WINDOWS_1252;
}

/** Bytes 0x80-0x9F are printable only in Windows-1252 (curly quotes, dashes, €), not Latin-1. */
function hasC1Bytes(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80 && byte <= 0x9f) return true;
  return false;
}
