/**
 * Whether the library is still loading its first rows, so that heavy start-up work (restoring
 * the search index: at 100,000 articles a few hundred megabytes read and imported on the main
 * thread) waits until the library is on screen instead of holding it back.
 */

/** Past this the waiting work starts anyway: a library that never loads must not keep search from starting. */
const LIBRARY_WAIT_LIMIT_MS = 15_000;

let loading = 0;
let waiters: Array<() => void> = [];

/** Marks the library as loading; the function returned marks it shown (calling it twice counts once). */
export function libraryLoading(): () => void {
  loading += 1;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    loading -= 1;
    if (loading > 0) return;
    const ready = waiters;
    waiters = [];
    ready.forEach((resolve) => resolve());
  };
}

/** Resolves once no library is loading (at once when none is), or after LIBRARY_WAIT_LIMIT_MS. */
export function whenLibraryShown(limitMs: number = LIBRARY_WAIT_LIMIT_MS): Promise<void> {
  if (loading === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, limitMs);
    waiters.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
