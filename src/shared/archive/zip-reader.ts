/**
 * The one zip reader for files Parallax did not write (a .docx today; any archive an importer
 * adds later). It reads the central directory itself, checks every declared size, ratio and
 * the entry count against `ZipLimits` before inflating a byte, then inflates only the entries
 * asked for, streamed through fflate's `Inflate` in small chunks with a hard cap on the bytes
 * actually produced (per entry, in total, and never past what the entry declared), and never
 * opens an archive inside the archive. Returns problems as values, never throws.
 */
import { Inflate } from 'fflate';
import { INFLATE_CHUNK_BYTES, type ZipLimits } from './limits';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else is refused when read. */
  method: number;
  compressedSize: number;
  /** The inflated size the archive declares (a bomb may lie: it is checked while inflating). */
  declaredSize: number;
  encrypted: boolean;
  localHeaderOffset: number;
}

export type ZipProblem =
  | { kind: 'not-zip'; detail: string }
  | { kind: 'too-many-entries'; count: number; limit: number }
  | { kind: 'entry-too-large'; entry: string; bytes: number; limit: number }
  | { kind: 'total-too-large'; bytes: number; limit: number }
  | { kind: 'ratio'; entry: string; ratio: number; limit: number }
  | { kind: 'size-lie'; entry: string; declared: number }
  | { kind: 'nested-archive'; entry: string }
  | { kind: 'unsupported'; entry: string; detail: string }
  | { kind: 'damaged'; entry: string; detail: string };

export type ZipOutcome<T> = { ok: true; value: T } | { ok: false; problem: ZipProblem };

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH_WINDOW = 22 + 0xffff;

/** Magic numbers of archives and compressed streams: such an entry is never opened. */
const ARCHIVE_MAGICS: readonly number[][] = [
  [0x50, 0x4b, 0x03, 0x04], // zip
  [0x50, 0x4b, 0x05, 0x06], // empty zip
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // rar
  [0x42, 0x5a, 0x68], // bzip2
  [0xfd, 0x37, 0x7a, 0x58], // xz
];

/** The entries an archive declares, checked against the limits; nothing is inflated. */
export function listZip(bytes: Uint8Array, limits: ZipLimits): ZipOutcome<ZipEntry[]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return { ok: false, problem: { kind: 'not-zip', detail: 'no end-of-archive record' } };
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_EOCD_LOCATOR) {
    // A document never needs zip64 (it is for archives past 4 GB or 65,535 entries).
    return { ok: false, problem: { kind: 'unsupported', entry: '', detail: 'zip64 archives are not read' } };
  }
  const count = view.getUint16(end + 10, true);
  if (count > limits.maxEntries) return { ok: false, problem: { kind: 'too-many-entries', count, limit: limits.maxEntries } };
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      return { ok: false, problem: { kind: 'not-zip', detail: 'the list of entries is cut short' } };
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.byteLength) return { ok: false, problem: { kind: 'not-zip', detail: 'an entry name runs past the end' } };
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    const problem = checkDeclared(entry, limits);
    if (problem) return { ok: false, problem };
    total += entry.declaredSize;
    if (total > limits.maxTotalBytes) return { ok: false, problem: { kind: 'total-too-large', bytes: total, limit: limits.maxTotalBytes } };
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, value: entries };
}

function checkDeclared(entry: ZipEntry, limits: ZipLimits): ZipProblem | null {
  if (entry.declaredSize > limits.maxEntryBytes) {
    return { kind: 'entry-too-large', entry: entry.name, bytes: entry.declaredSize, limit: limits.maxEntryBytes };
  }
  if (entry.declaredSize > limits.ratioFloorBytes) {
    const ratio = entry.declaredSize / Math.max(1, entry.compressedSize);
    if (ratio > limits.maxRatio) return { kind: 'ratio', entry: entry.name, ratio, limit: limits.maxRatio };
  }
  return null;
}

function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_SEARCH_WINDOW);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

/**
 * Lists the archive and inflates the entries `wanted` picks, all within `limits`: the total
 * cap counts every byte produced, so many entries that each pass still cannot add up past it.
 */
export function readZip(
  bytes: Uint8Array,
  limits: ZipLimits,
  wanted: (entry: ZipEntry) => boolean,
): ZipOutcome<{ entries: ZipEntry[]; files: Map<string, Uint8Array> }> {
  const listed = listZip(bytes, limits);
  if (!listed.ok) return listed;
  const files = new Map<string, Uint8Array>();
  let produced = 0;
  for (const entry of listed.value) {
    if (entry.name.endsWith('/') || !wanted(entry)) continue;
    const read = inflateEntry(bytes, entry, limits, limits.maxTotalBytes - produced);
    if (!read.ok) return read;
    produced += read.value.byteLength;
    files.set(entry.name, read.value);
  }
  return { ok: true, value: { entries: listed.value, files } };
}

function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limits: ZipLimits, totalLeft: number): ZipOutcome<Uint8Array> {
  if (entry.encrypted) return { ok: false, problem: { kind: 'unsupported', entry: entry.name, detail: 'it is encrypted' } };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.byteLength || view.getUint32(header, true) !== LOCAL_SIGNATURE) {
    return { ok: false, problem: { kind: 'damaged', entry: entry.name, detail: 'its header is missing' } };
  }
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const stop = start + entry.compressedSize;
  if (stop > bytes.byteLength) return { ok: false, problem: { kind: 'damaged', entry: entry.name, detail: 'its data runs past the end of the file' } };
  const data = bytes.subarray(start, stop);

  if (entry.method === 0) {
    if (entry.compressedSize !== entry.declaredSize) return { ok: false, problem: { kind: 'size-lie', entry: entry.name, declared: entry.declaredSize } };
    return checkInflated(entry, data.slice(), totalLeft, limits);
  }
  if (entry.method !== 8) return { ok: false, problem: { kind: 'unsupported', entry: entry.name, detail: `compression method ${entry.method}` } };

  // The cap is what the entry declared (already within the limits): one byte more is a lie.
  const cap = Math.min(entry.declaredSize, totalLeft);
  const out = new Uint8Array(cap);
  let length = 0;
  let overflow = false;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    if (length + chunk.byteLength > cap) {
      overflow = true;
      return;
    }
    out.set(chunk, length);
    length += chunk.byteLength;
    if (final) finished = true;
  });
  try {
    for (let at = 0; at < data.byteLength && !overflow && !finished; at += INFLATE_CHUNK_BYTES) {
      const end = Math.min(data.byteLength, at + INFLATE_CHUNK_BYTES);
      inflater.push(data.subarray(at, end), end === data.byteLength);
    }
  } catch (thrown) {
    return { ok: false, problem: { kind: 'damaged', entry: entry.name, detail: thrown instanceof Error ? thrown.message : String(thrown) } };
  }
  if (overflow) {
    if (cap < entry.declaredSize) return { ok: false, problem: { kind: 'total-too-large', bytes: limits.maxTotalBytes + 1, limit: limits.maxTotalBytes } };
    return { ok: false, problem: { kind: 'size-lie', entry: entry.name, declared: entry.declaredSize } };
  }
  if (length !== entry.declaredSize) return { ok: false, problem: { kind: 'damaged', entry: entry.name, detail: `it holds ${length} bytes, not the ${entry.declaredSize} it declares` } };
  return checkInflated(entry, out, totalLeft, limits);
}

function checkInflated(entry: ZipEntry, data: Uint8Array, totalLeft: number, limits: ZipLimits): ZipOutcome<Uint8Array> {
  if (data.byteLength > totalLeft) return { ok: false, problem: { kind: 'total-too-large', bytes: limits.maxTotalBytes + 1, limit: limits.maxTotalBytes } };
  if (isArchive(data)) return { ok: false, problem: { kind: 'nested-archive', entry: entry.name } };
  return { ok: true, value: data };
}

/** Whether these bytes begin like an archive or a compressed stream. */
export function isArchive(data: Uint8Array): boolean {
  return ARCHIVE_MAGICS.some((magic) => magic.length <= data.byteLength && magic.every((byte, i) => data[i] === byte));
}
