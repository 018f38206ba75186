import { describe, expect, it } from 'vitest';
import { libraryLoading, whenLibraryShown } from '../../../src/renderer/src/app/library-readiness';

const settledWithin = async (promise: Promise<void>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);

describe('waiting for the library to show its first rows', () => {
  it('does not wait when no library is loading', async () => {
    expect(await settledWithin(whenLibraryShown(), 5)).toBe(true);
  });

  it('waits while a library loads and goes on once it is shown, even if marked shown twice', async () => {
    const shown = libraryLoading();
    const waiting = whenLibraryShown();
    expect(await settledWithin(waiting, 20)).toBe(false);
    shown();
    shown();
    expect(await settledWithin(waiting, 5)).toBe(true);
    expect(await settledWithin(whenLibraryShown(), 5)).toBe(true);
  });

  it('goes on after its limit when the library never shows', async () => {
    const shown = libraryLoading();
    expect(await settledWithin(whenLibraryShown(30), 200)).toBe(true);
    shown();
  });
});
