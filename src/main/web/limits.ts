/**
 * The limits of fetching a link, in one place. The size limit is the person's own (Preferences
 * › largest file), passed with each request.
 */

/** A page that has not fully arrived after this long is given up: a slow server must not hang an import. */
export const FETCH_TIMEOUT_MS = 20_000;

/** More redirects than this is a loop or a tracking chain, not an article. */
export const MAX_REDIRECTS = 5;

/** Says who is asking, so a site's staff can see it is one person's research tool, not a crawler. */
export function userAgent(version: string): string {
  return `Parallax/${version} (research workbench; fetches one article a person asked for)`;
}
