/**
 * What the sync-server tests share: servers on free loopback ports in temp folders, the admin
 * API, Node providers (ws), and a raw hostile client that sends whatever bytes it likes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';

/**
 * ws emits 'error' when a socket is closed before its handshake ends (a provider destroyed while
 * it is still connecting, as a test's teardown does); the provider has let go of its handlers by
 * then, so the event would surface as an uncaught exception and fail the run. The socket's own
 * listener keeps that teardown quiet; the provider still sees every error while it listens.
 */
export class TestWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}
import * as Y from 'yjs';
import type { SyncServerConfig } from '../../src/sync-server/config';
import { startSyncServer, type RunningSyncServer, type StartOptions } from '../../src/sync-server/server';

export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const REPO = resolve(import.meta.dirname, '../..');

/**
 * What `npm run sync-server` runs, as one node process (tsx as a loader, not a wrapper process),
 * so that killing it kills the server. Resolves once it prints its address.
 */
export async function spawnServerProcess(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/sync-server/main.ts'], {
    cwd: REPO,
    env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.node.json', HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '', REDIS_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(() => output.includes(`listening on ws://127.0.0.1:${port}`) || child.exitCode !== null, 'the server process to listen', 30_000);
  if (child.exitCode !== null) throw new Error(`The server did not start: ${output}`);
  return child;
}

export function processExited(child: ChildProcess): Promise<void> {
  return new Promise((done) => (child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done())));
}

export function serverConfig(dataDir: string, port = 0, extra: Partial<SyncServerConfig> = {}): SyncServerConfig {
  return { host: '127.0.0.1', port, dataDir, databaseUrl: null, redisUrl: null, ...extra };
}

export async function startServer(dataDir: string, port = 0, extra: Partial<SyncServerConfig> = {}, options: StartOptions = {}): Promise<RunningSyncServer> {
  return startSyncServer(serverConfig(dataDir, port, extra), options);
}

export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export const httpBase = (wsUrl: string) => wsUrl.replace(/^ws/, 'http');

/** Each endpoint answers its own JSON shape; tests read the fields they check. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export async function api(wsUrl: string, method: string, path: string, token: string | null, body?: unknown): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${httpBase(wsUrl)}${path}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

export interface Team {
  projectId: string;
  owner: { memberId: string; token: string };
  coders: { memberId: string; token: string }[];
  viewer: { memberId: string; token: string };
}

/** A project with an owner, `coders` coders and a viewer, made through the admin API as a client would. */
export async function makeTeam(wsUrl: string, dataDir: string, coders = 2): Promise<Team> {
  const adminKey = readFileSync(join(dataDir, 'admin-key'), 'utf8').trim();
  const created = await api(wsUrl, 'POST', '/api/projects', adminKey, { name: 'Reykjavik study', ownerName: 'Olga' });
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  const { projectId, memberId, token } = created.body;
  const joinAs = async (role: string, name: string) => {
    const invitation = await api(wsUrl, 'POST', `/api/projects/${projectId}/invitations`, token, { role });
    const joined = await api(wsUrl, 'POST', `/api/projects/${projectId}/join`, null, { invitation: invitation.body.token, name });
    if (joined.status !== 201) throw new Error(JSON.stringify(joined.body));
    return { memberId: joined.body.memberId as string, token: joined.body.token as string };
  };
  const coderList = [];
  for (let i = 0; i < coders; i++) coderList.push(await joinAs('coder', `Coder ${i + 1}`));
  return { projectId, owner: { memberId, token }, coders: coderList, viewer: await joinAs('viewer', 'Vera') };
}

export interface Client {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  refusals: string[];
  closes: string[];
  synced: () => Promise<void>;
  destroy: () => void;
}

export function connect(wsUrl: string, name: string, token: string, doc = new Y.Doc()): Client {
  const refusals: string[] = [];
  const closes: string[] = [];
  const provider = new HocuspocusProvider({
    url: wsUrl,
    name,
    token,
    document: doc,
    WebSocketPolyfill: TestWebSocket,
    // Reconnect quickly: the fault tests restart the server.
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
    onAuthenticationFailed: ({ reason }) => refusals.push(reason),
    onClose: ({ event }) => closes.push(String(event.reason ?? event.code)),
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  return {
    provider,
    doc,
    refusals,
    closes,
    synced: () => waitFor(() => provider.isSynced && !provider.hasUnsyncedChanges, `${name} to sync`),
    destroy: () => provider.destroy(),
  };
}

/**
 * A client that speaks the wire protocol by hand, so a test can send what a real provider
 * never would. Messages: varString document name, varUint type, then the type's payload.
 */
export class RawClient {
  readonly received: { type: number; bytes: Uint8Array }[] = [];
  closed = false;
  private constructor(private readonly socket: WebSocket, private readonly documentName: string) {
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(decoder);
      this.received.push({ type: decoding.readVarUint(decoder), bytes: new Uint8Array(data) });
    });
    socket.on('close', () => (this.closed = true));
  }

  static async open(wsUrl: string, documentName: string, token: string): Promise<RawClient> {
    const socket = new WebSocket(wsUrl);
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const client = new RawClient(socket, documentName);
    const auth = encoding.createEncoder();
    encoding.writeVarString(auth, documentName);
    encoding.writeVarUint(auth, 2); // Auth
    encoding.writeVarUint(auth, 0); // Token
    encoding.writeVarString(auth, token);
    socket.send(encoding.toUint8Array(auth));
    // Authenticated (Auth message, type 2) or refused.
    await waitFor(() => client.received.some((message) => message.type === 2), 'the raw client to be answered');
    return client;
  }

  /** Sends a y-protocols sync message of the given step (1 = step 2, 2 = update) carrying `payload`. */
  sendSync(step: number, payload: Uint8Array): void {
    const message = encoding.createEncoder();
    encoding.writeVarString(message, this.documentName);
    encoding.writeVarUint(message, 0); // Sync
    encoding.writeVarUint(message, step);
    encoding.writeVarUint8Array(message, payload);
    this.socket.send(encoding.toUint8Array(message));
  }

  /** True once the server has closed this document's connection (a Close message, type 7) or the socket. */
  get refused(): boolean {
    return this.closed || this.received.some((message) => message.type === 7);
  }

  close(): void {
    this.socket.close();
  }
}

export interface Session {
  /** One Y.Doc per document name, in the order given. */
  docs: Map<string, Y.Doc>;
  /** Bytes received on the one WebSocket all documents share. */
  bytesReceived: () => number;
  /** Why the server refused a document, per document name. */
  refusals: Map<string, string>;
  synced: () => Promise<void>;
  destroy: () => void;
}

/**
 * Many documents over one WebSocket, as the app will open a project (Hocuspocus multiplexes
 * documents on a socket), counting the bytes that arrive. Pass `docs` to resume with documents
 * that already hold state (a client that synced before).
 */
export function openSession(wsUrl: string, names: readonly string[], token: string, docs = new Map<string, Y.Doc>()): Session {
  let received = 0;
  class CountingWebSocket extends TestWebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      // The provider asks for ArrayBuffers; byteLength counts either kind.
      this.on('message', (data: ArrayBuffer | Buffer) => (received += data.byteLength));
    }
  }
  const socket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: CountingWebSocket } as ConstructorParameters<typeof HocuspocusProviderWebsocket>[0]);
  const refusals = new Map<string, string>();
  const providers = names.map((name) => {
    const doc = docs.get(name) ?? new Y.Doc();
    docs.set(name, doc);
    const provider = new HocuspocusProvider({ websocketProvider: socket, name, token, document: doc, onAuthenticationFailed: ({ reason }) => refusals.set(name, reason) });
    provider.attach();
    return provider;
  });
  return {
    docs,
    bytesReceived: () => received,
    refusals,
    synced: () => waitFor(() => providers.every((provider) => provider.isSynced && !provider.hasUnsyncedChanges), 'every document to sync', 120_000),
    destroy: () => {
      for (const provider of providers) provider.destroy();
      socket.destroy();
    },
  };
}
