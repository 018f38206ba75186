import { err, ok, type Result } from '../../../shared/result';

/**
 * An invitation as people pass it around: one line of text that names the sync server, the
 * project and the invitation token the server issued (POST /api/projects/:id/invitations).
 * It is a code, not a URL the app opens, so pasting it anywhere never reaches the network
 * until the person presses Join.
 */
export interface Invitation {
  /** The server's WebSocket address as the owner named it (ws:// or wss://). */
  serverUrl: string;
  projectId: string;
  token: string;
}

/** Marks the text as ours, and its version, so a stray paste is refused in words. */
export const INVITATION_PREFIX = 'parallax-invite-1:';

/** Server-issued ids are short; anything longer is not ours and is refused before any request. */
const MAX_PROJECT_ID_LENGTH = 128;
/** A JWT of a few claims is a few hundred characters; 4 KB leaves room and bounds a paste. */
const MAX_TOKEN_LENGTH = 4096;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(code)) return null;
  try {
    const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** ws(s):// as given; http(s):// (what people copy from a browser) becomes ws(s)://. */
export function normaliseServerUrl(input: string): Result<string> {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return err({ code: 'invitation/server', message: `“${input.trim()}” is not a server address (it should look like wss://sync.example.org).` });
  }
  const scheme = { 'ws:': 'ws:', 'wss:': 'wss:', 'http:': 'ws:', 'https:': 'wss:' }[url.protocol];
  if (!scheme) {
    return err({ code: 'invitation/server', message: `A sync server is reached over ws:// or wss://, not ${url.protocol}//.` });
  }
  if (url.username || url.password) {
    return err({ code: 'invitation/server', message: 'The server address must not carry a user name or password: access rests on the invitation token.' });
  }
  url.protocol = scheme;
  url.search = '';
  url.hash = '';
  return ok(url.toString().replace(/\/$/, ''));
}

/** The admin API lives on the same host under /api, over http(s). */
export function apiBaseUrl(serverUrl: string): string {
  const url = new URL(serverUrl);
  url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:';
  return `${url.toString().replace(/\/$/, '')}/api`;
}

export function formatInvitation(invitation: Invitation): string {
  return INVITATION_PREFIX + toBase64Url(JSON.stringify({ s: invitation.serverUrl, p: invitation.projectId, t: invitation.token }));
}

const refused = (message: string): Result<Invitation> => err({ code: 'invitation/invalid', message });

export function parseInvitation(text: string): Result<Invitation> {
  const trimmed = text.trim();
  if (trimmed === '') return refused('Paste the invitation you were given: it starts with “parallax-invite-1:”.');
  if (!trimmed.startsWith(INVITATION_PREFIX)) {
    return refused('This is not a Parallax invitation: an invitation starts with “parallax-invite-1:”.');
  }
  const json = fromBase64Url(trimmed.slice(INVITATION_PREFIX.length));
  let fields: unknown;
  try {
    fields = json === null ? null : JSON.parse(json);
  } catch {
    fields = null;
  }
  if (typeof fields !== 'object' || fields === null) {
    return refused('The invitation is damaged (part of it was lost in copying?): ask for it again.');
  }
  const { s, p, t } = fields as Record<string, unknown>;
  if (typeof s !== 'string') return refused('The invitation does not name a server: ask for it again.');
  const server = normaliseServerUrl(s);
  if (!server.ok) return refused(`The invitation names a server Parallax cannot use: ${server.error.message}`);
  if (typeof p !== 'string' || p === '' || p.length > MAX_PROJECT_ID_LENGTH || !/^[A-Za-z0-9_-]+$/.test(p)) {
    return refused('The invitation does not name a project Parallax can read: ask for it again.');
  }
  if (typeof t !== 'string' || t.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(t)) {
    return refused('The invitation’s token is damaged: ask for it again.');
  }
  return ok({ serverUrl: server.value, projectId: p, token: t });
}
