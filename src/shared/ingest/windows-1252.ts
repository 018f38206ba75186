/**
 * Windows-1252's characters for bytes 0x80-0x9F (the other bytes are the same as Latin-1; the
 * five unassigned bytes keep their C1 code points, as the WHATWG Encoding Standard says).
 * Decoded by table because Node 20's TextDecoder reads a "windows-1252" label as Latin-1,
 * turning curly quotes, dashes and the euro sign into control characters. One table for every
 * format that meets the encoding (plain text, HTML, RTF's \'hh).
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Bytes per String.fromCharCode call: well under engines' argument limits. */
const CHUNK = 8192;

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : byte));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** A decoder for the encoding: windows-1252 by the table above, any other by TextDecoder. */
export function textDecoderFor(label: string): { decode(bytes: Uint8Array): string } {
  if (label === 'windows-1252') return { decode: decodeWindows1252 };
  return new TextDecoder(label);
}
