const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * The address a person typed for a link, made absolute ("example.com/x" → "https://example.com/x"),
 * or null when it is empty or uses a scheme notes do not link to (javascript:, file:, data:…).
 */
export function normaliseLinkUrl(input: string): string | null {
  const text = input.trim();
  if (!text || /\s/u.test(text)) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/iu.test(text);
  const candidate = hasScheme ? text : `https://${text.replace(/^\/+/u, '')}`;
  try {
    const url = new URL(candidate);
    if (!ALLOWED_SCHEMES.has(url.protocol)) return null;
    if (url.protocol !== 'mailto:' && !url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return hasScheme ? text : candidate;
  } catch {
    return null;
  }
}

export function isAllowedLinkUrl(url: string): boolean {
  return normaliseLinkUrl(url) === url.trim();
}
