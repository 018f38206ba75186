/**
 * The origins a page must be allowed to connect to for one sync server: its WebSocket (ws/wss)
 * and its admin API on the same host (http/https). Anything that is not a plain ws(s) address
 * is refused, so a CSP is never widened by a crafted string.
 */
export function syncServerOrigins(url: string): string[] | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if ((parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:') || parsed.username || parsed.password || !parsed.host) return null;
  const http = parsed.protocol === 'wss:' ? 'https:' : 'http:';
  return [`${parsed.protocol}//${parsed.host}`, `${http}//${parsed.host}`];
}

/** The policy with the server's origins added to connect-src (and nothing else changed). */
export function policyAllowingSyncServer(policy: string, origins: readonly string[]): string {
  if (origins.length === 0) return policy;
  return policy.replace(/connect-src ([^;]*)/, (_match, sources: string) => `connect-src ${sources} ${origins.join(' ')}`);
}
