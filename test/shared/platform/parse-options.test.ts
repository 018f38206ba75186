import { describe, expect, it } from 'vitest';
import { MAX_CONFIGURABLE_BYTES } from '@shared/ingest/errors';
import { ingestOptionsOf } from '@shared/platform/parse-options';

const DEFAULT = 50 * 1024 * 1024;

describe('the ingest options of a parse request (main and web mode alike)', () => {
  it('uses the size limit the user set when it is within what Preferences allows', () => {
    expect(ingestOptionsOf({ maxBytes: 10_000 }, DEFAULT).maxBytes).toBe(10_000);
  });

  it('falls back to the default for a missing, negative, absurd or non-numeric limit', () => {
    for (const maxBytes of [undefined, -5, 0, Number.NaN, MAX_CONFIGURABLE_BYTES + 1, '100' as unknown as number]) {
      expect(ingestOptionsOf({ maxBytes }, DEFAULT).maxBytes).toBe(DEFAULT);
    }
  });

  it('passes a password on, and no password when none was typed', () => {
    expect(ingestOptionsOf({ password: 'asdfasdf' }, DEFAULT).password).toBe('asdfasdf');
    expect('password' in ingestOptionsOf({ password: '' }, DEFAULT)).toBe(false);
    expect('password' in ingestOptionsOf(undefined, DEFAULT)).toBe(false);
  });

  it('always carries a time and memory budget', () => {
    const options = ingestOptionsOf(undefined, DEFAULT);
    expect(options.timeBudgetMs).toBeGreaterThan(0);
    expect(options.memoryBudgetMb).toBeGreaterThan(0);
  });
});
