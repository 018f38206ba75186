/**
 * IPC calls are answered only for the app's own page: a frame whose URL is the renderer's
 * entry (file:// in a build, the dev server in development). Anything else gets refused.
 */
export function createSenderCheck(rendererUrl: string): (frameUrl: string | undefined) => boolean {
  const expected = new URL(rendererUrl);
  return (frameUrl) => {
    if (!frameUrl) return false;
    let actual: URL;
    try {
      actual = new URL(frameUrl);
    } catch {
      return false;
    }
    if (expected.protocol === 'file:') {
      return actual.protocol === 'file:' && actual.pathname === expected.pathname;
    }
    return actual.origin === expected.origin;
  };
}
