/**
 * IPC calls are answered only for the app's own page: a frame whose URL is the renderer's
 * entry (app://parallax in a build, the dev server in development). Anything else gets
 * refused. Scheme and host are compared rather than `origin`, which is "null" for every
 * non-web scheme and so would not tell app://parallax from any other.
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
    if (actual.protocol !== expected.protocol || actual.host !== expected.host) return false;
    return expected.protocol !== 'file:' || actual.pathname === expected.pathname;
  };
}
