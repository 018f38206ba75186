import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_ZIP_LIMITS, listZip, readZip, type ZipLimits } from '@shared/archive';
import { deflatedZeros, rawZip, zipBombs } from '../../helpers/hostile-corpus';

const MB = 1024 * 1024;
const everything = () => true;

function problemOf(bytes: Uint8Array, limits: ZipLimits = DOCUMENT_ZIP_LIMITS) {
  const read = readZip(bytes, limits, everything);
  if (read.ok) throw new Error('expected the archive to be refused');
  return read.problem;
}

describe('readZip', () => {
  it('reads the entries of an ordinary archive, deflated and stored', () => {
    const bytes = zipSync({ 'a.xml': strToU8('<a>alpha</a>'.repeat(1000)), 'b.txt': [strToU8('beta'), { level: 0 }] });
    const read = readZip(bytes, DOCUMENT_ZIP_LIMITS, everything);
    expect(read.ok && new TextDecoder().decode(read.value.files.get('a.xml'))).toBe('<a>alpha</a>'.repeat(1000));
    expect(read.ok && new TextDecoder().decode(read.value.files.get('b.txt'))).toBe('beta');
  });

  it('inflates only the entries asked for', () => {
    const bytes = zipSync({ 'keep.xml': strToU8('<k/>'), 'skip.bin': strToU8('x') });
    const read = readZip(bytes, DOCUMENT_ZIP_LIMITS, (entry) => entry.name.endsWith('.xml'));
    expect(read.ok && [...read.value.files.keys()]).toEqual(['keep.xml']);
  });

  it('refuses an archive that declares a part larger than the per-part limit, before inflating it', () => {
    const bomb = rawZip([{ name: 'big.xml', data: new Uint8Array(10), method: 8, declaredSize: 300 * MB }]);
    expect(problemOf(bomb)).toMatchObject({ kind: 'entry-too-large', entry: 'big.xml', bytes: 300 * MB });
  });

  it('refuses a part that packs tighter than the ratio limit', () => {
    const bomb = rawZip([{ name: 'dense.xml', data: deflatedZeros(50), method: 8, declaredSize: 50 * MB }]);
    expect(problemOf(bomb)).toMatchObject({ kind: 'ratio', entry: 'dense.xml' });
  });

  it('refuses parts that each pass but together declare more than the total limit', () => {
    const limits = { ...DOCUMENT_ZIP_LIMITS, maxTotalBytes: 10 * MB, maxRatio: 10_000 };
    const parts = [0, 1, 2].map((i) => ({ name: `p${i}.xml`, data: deflatedZeros(4), method: 8 as const, declaredSize: 4 * MB }));
    expect(problemOf(rawZip(parts), limits)).toMatchObject({ kind: 'total-too-large', limit: 10 * MB });
  });

  it('stops inflating a part that produces more than it declared, after at most one chunk past it', () => {
    const lying = rawZip([{ name: 'word/document.xml', data: deflatedZeros(64), method: 8, declaredSize: 1024 }]);
    expect(problemOf(lying)).toEqual({ kind: 'size-lie', entry: 'word/document.xml', declared: 1024 });
  });

  it('refuses a stored part whose size differs from its declared size', () => {
    const lying = rawZip([{ name: 'a.xml', data: strToU8('<a>more than declared</a>'), method: 0, declaredSize: 3 }]);
    expect(problemOf(lying)).toMatchObject({ kind: 'size-lie', entry: 'a.xml' });
  });

  it('refuses an archive with more entries than the limit without reading them', () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({ name: `e${i}`, data: strToU8('x'), method: 0 as const, declaredSize: 1 }));
    expect(problemOf(rawZip(entries), { ...DOCUMENT_ZIP_LIMITS, maxEntries: 20 })).toEqual({ kind: 'too-many-entries', count: 30, limit: 20 });
  });

  it('refuses an archive inside the archive', () => {
    const inner = zipSync({ 'x.xml': strToU8('<x/>') });
    expect(problemOf(zipSync({ 'word/document.xml': [inner, { level: 0 }] }))).toEqual({ kind: 'nested-archive', entry: 'word/document.xml' });
  });

  it('counts overlapping entries (many records pointing at the same data) towards the total', () => {
    const limits = { ...DOCUMENT_ZIP_LIMITS, maxTotalBytes: 5 * MB };
    const shared = { name: 'a.xml', data: strToU8('<a/>'.repeat(300_000)), method: 0 as const, declaredSize: 1_200_000 };
    const copies = Array.from({ length: 10 }, (_, i) => ({ ...shared, name: `copy${i}.xml`, sharesDataWith: 0 }));
    expect(problemOf(rawZip([shared, ...copies]), limits)).toMatchObject({ kind: 'total-too-large' });
  });

  it('says a file that is not a zip is not one', () => {
    expect(listZip(strToU8('plain text, not an archive'), DOCUMENT_ZIP_LIMITS)).toMatchObject({ ok: false, problem: { kind: 'not-zip' } });
  });

  it('refuses every generated bomb shape', () => {
    for (const bomb of zipBombs(64)) expect(readZip(bomb.bytes, DOCUMENT_ZIP_LIMITS, everything).ok, bomb.shape).toBe(false);
  });
});
