/** Most links one paste or drop may hold: beyond it, the list is likely not meant as links to fetch. */
export const MAX_LINKS = 500;

/**
 * The web links in pasted text or a dropped text/uri-list: one per line, blank lines and
 * `#` comment lines (uri-list's) ignored, each kept once, in order. Lines that are not
 * http(s) links are returned apart so they can be named.
 */
export function linksIn(text: string): { links: string[]; rejected: string[] } {
  const links: string[] = [];
  const rejected: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (isWebLink(line)) {
      if (!links.includes(line)) links.push(line);
    } else rejected.push(line);
  }
  return { links: links.slice(0, MAX_LINKS), rejected };
}

function isWebLink(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
