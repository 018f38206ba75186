/**
 * Fetches one link the way Parallax imports it: http and https only, a timeout, a redirect
 * limit, the size limit, a readable User-Agent. Uses the fetch built into Node and Electron's
 * main process (undici), so the desktop app and the CLI fetch alike. Never used in the renderer.
 */
import { formatOfContentType } from './content-types';
import { FETCH_TIMEOUT_MS, MAX_REDIRECTS } from './limits';
import { type FetchError, fetchError, networkFailure } from './fetch-errors';

export interface FetchedPage {
  /** The link as given. */
  url: string;
  /** Where the page was in the end, after redirects. */
  finalUrl: string;
  /** When it was fetched, ISO 8601. */
  fetchedAt: string;
  contentType: string;
  /** A file name whose extension names the format the bytes are in, for the ingest pipe. */
  fileName: string;
  bytes: Uint8Array;
}

export interface FetchOptions {
  maxBytes: number;
  userAgent: string;
  timeoutMs?: number;
  maxRedirects?: number;
  now?: () => Date;
}

export type FetchResult = { ok: true; page: FetchedPage } | { ok: false; error: FetchError };

export async function fetchPage(link: string, options: FetchOptions): Promise<FetchResult> {
  let current: URL;
  try {
    current = new URL(link.trim());
  } catch {
    return fail('bad-url', `“${link.trim().slice(0, 200)}” is not a web address.`);
  }
  if (!isWebUrl(current)) return fail('bad-url', `Only http and https links can be imported (this one is ${current.protocol}).`);
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { 'User-Agent': options.userAgent, Accept: 'text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5' },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (redirects >= maxRedirects) return fail('too-many-redirects', `The link redirected more than ${maxRedirects} times; it never reached a page.`);
        const next = new URL(response.headers.get('location')!, current);
        if (!isWebUrl(next)) return fail('bad-url', `The link redirected to a ${next.protocol} address, which Parallax does not follow.`);
        current = next;
        continue;
      }
      const refused = statusError(response.status, response.statusText);
      if (refused) {
        await response.body?.cancel();
        return { ok: false, error: refused };
      }
      const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      const format = formatOfContentType(contentType, current.pathname);
      if (!format) {
        await response.body?.cancel();
        return fail('not-an-article', `Not an article: the link gives ${describeContentType(contentType)}.`);
      }
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        await response.body?.cancel();
        return fail('too-large', tooLargeMessage(declared, options.maxBytes));
      }
      const bytes = await readAtMost(response, options.maxBytes);
      if (!bytes) return fail('too-large', tooLargeMessage(null, options.maxBytes));
      return {
        ok: true,
        page: {
          url: link.trim(),
          finalUrl: current.href,
          fetchedAt: (options.now?.() ?? new Date()).toISOString(),
          contentType,
          fileName: `${fileStem(current)}.${format}`,
          bytes,
        },
      };
    }
  } catch (thrown) {
    if (signal.aborted) return fail('timed-out', `The site did not answer within ${Math.round(timeoutMs / 1000)} seconds.`);
    return { ok: false, error: networkFailure(thrown, current.host) };
  }
}

function fail(code: FetchError['code'], message: string): FetchResult {
  return { ok: false, error: fetchError(code, message) };
}

function isWebUrl(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

function statusError(status: number, statusText: string): FetchError | null {
  if (status >= 200 && status < 300) return null;
  const said = `${status}${statusText ? ` ${statusText}` : ''}`;
  if (status === 404 || status === 410) return fetchError('not-found', `Not found: the site has no page at this address (${said}).`);
  if (status === 401 || status === 407) return fetchError('login-wall', `Login wall: the site asks you to sign in before it shows the page (${said}).`);
  if (status === 402) return fetchError('login-wall', `Paywall: the site asks for a subscription before it shows the page (${said}).`);
  if (status === 403 || status === 451) return fetchError('refused', `Refused: the site would not give Parallax the page (${said}).`);
  if (status === 429) return fetchError('refused', `Refused for now: the site says too many requests were made (${said}); try again later.`);
  if (status >= 500) return fetchError('server-error', `The site failed to give the page (${said}); try again later.`);
  return fetchError('http-error', `The site answered ${said} instead of the page.`);
}

/** The body, unless it grows past `maxBytes` (then null, and the download is stopped). */
async function readAtMost(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

function tooLargeMessage(size: number | null, maxBytes: number): string {
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return size === null
    ? `Too large: the page is over the ${mb(maxBytes)} limit for one article (Preferences › largest file).`
    : `Too large: the page is ${mb(size)}, over the ${mb(maxBytes)} limit for one article (Preferences › largest file).`;
}

function describeContentType(contentType: string): string {
  if (!contentType) return 'something that is not a page or a document';
  const kind = contentType.split('/')[0];
  const what = kind === 'image' ? 'an image' : kind === 'video' ? 'a video' : kind === 'audio' ? 'a sound file' : 'a kind of file Parallax does not read';
  return `${what} (${contentType})`;
}

/** "https://example.org/news/harbour-vote?x=1" → "harbour-vote"; a bare host gives the host. */
function fileStem(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  const stem = decodeURIComponentSafe(last).replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 80);
  return stem || url.hostname;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
