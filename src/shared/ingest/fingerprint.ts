/**
 * SHA-256 of the normalised text, as hex. Web Crypto exists in browsers, workers and Node 20+,
 * so the same fingerprint is computed wherever parsing runs.
 */
export async function fingerprintText(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
