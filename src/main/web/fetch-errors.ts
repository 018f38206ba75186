/** Why a link could not be imported, in words; `code` lets the UI and CLI branch on the kind. */
export interface FetchError {
  code: 'bad-url' | 'not-found' | 'refused' | 'timed-out' | 'not-an-article' | 'too-large' | 'login-wall' | 'too-many-redirects' | 'server-error' | 'http-error' | 'network';
  message: string;
}

export function fetchError(code: FetchError['code'], message: string): FetchError {
  return { code, message };
}

/** A failure below HTTP (DNS, a refused connection, TLS), in words. */
export function networkFailure(thrown: unknown, host: string): FetchError {
  const code = causeCode(thrown);
  if (code === 'ECONNREFUSED') return fetchError('refused', `Refused: nothing at ${host} accepts connections (the site may be down).`);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return fetchError('not-found', `Not found: no server answers to ${host} (is the address mistyped, or is the computer offline?).`);
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return fetchError('network', `The connection to ${host} was cut off before the page arrived.`);
  if (code?.startsWith('ERR_TLS') || code?.includes('CERT')) return fetchError('network', `The secure connection to ${host} could not be trusted (${code}).`);
  const message = thrown instanceof Error ? (thrown.cause instanceof Error ? thrown.cause.message : thrown.message) : String(thrown);
  return fetchError('network', `The page could not be fetched from ${host}: ${message}.`);
}

function causeCode(thrown: unknown): string | undefined {
  const cause = thrown instanceof Error ? (thrown.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}
