import { describe, expect, it } from 'vitest';
import { errorInWords, UNEXPECTED_ERROR } from '@shared/error-words';
import { describeThrown } from '@shared/result';

/** What the JavaScript engine throws for a few everyday bugs and bad inputs. */
function thrownBy(work: () => unknown): unknown {
  try {
    work();
  } catch (thrown) {
    return thrown;
  }
  throw new Error('expected a throw');
}

describe('errors shown to people', () => {
  it('passes our own sentences through as they are', () => {
    expect(describeThrown(new Error('The disk is full.'))).toBe('The disk is full.');
    expect(describeThrown('The sample corpus is missing from the app folder.')).toBe('The sample corpus is missing from the app folder.');
  });

  it('never shows the engine’s or a parser’s own text', () => {
    const internals = [
      thrownBy(() => JSON.parse('{"format": ')),
      thrownBy(() => (null as unknown as { x: number }).x),
      thrownBy(() => (undefined as unknown as () => void)()),
      thrownBy(() => new Array(-1)),
      thrownBy(() => decodeURIComponent('%E0%A4%A')),
      new Error('End of data reached (data length = 0, asked index = 4). Corrupted zip ?'),
      new Error('Cannot read properties of undefined (reading "getText")'),
      Object.assign(new Error('invalid zip data'), { code: 13, name: 'Error' }),
      { some: 'object' },
      42,
      '',
    ];
    for (const thrown of internals) {
      const words = describeThrown(thrown);
      expect(words, String(thrown)).toBe(UNEXPECTED_ERROR);
    }
  });

  it('says what a storage, file-system or PDF failure means, in words', () => {
    expect(errorInWords(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }))).toBe('the disk is full');
    expect(errorInWords(Object.assign(new Error("EACCES: permission denied, open '/x'"), { code: 'EACCES' }))).toBe('permission denied');
    const quota = Object.assign(new Error('QuotaExceededError: The current transaction exceeded its quota limitations.'), { name: 'QuotaExceededError' });
    expect(errorInWords(quota)).toBe('the storage for Parallax’s data is full');
    expect(errorInWords(Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' }))).toMatch(/database was closed/);
    expect(errorInWords(Object.assign(new Error('No password given'), { name: 'PasswordException' }))).toBe('the file is protected by a password');
    expect(errorInWords(Object.assign(new Error('Invalid PDF structure.'), { name: 'InvalidPDFException' }))).toBe('the file is not a valid PDF');
  });
});
