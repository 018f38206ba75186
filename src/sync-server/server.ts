/**
 * The Parallax sync server: Hocuspocus with our store, our token and role checks, and the
 * update gate. `startSyncServer` is what `npm run sync-server` and the tests call.
 */
import type { ListenOptions } from 'node:net';
import { join } from 'node:path';
import { Redis } from '@hocuspocus/extension-redis';
import { schema as sqliteSchema, SQLite, upsertQuery } from '@hocuspocus/extension-sqlite';
import { Server, type Extension } from '@hocuspocus/server';
import { parseDocName } from '@shared/sync/names';
import { accessFor } from './access';
import { readAdmin } from './admin-doc';
import type { SyncServerConfig } from './config';
import { guardMessage } from './guard';
import { createApi } from './http-api';
import { MAX_DOCUMENTS_PER_SOCKET, MAX_FRAME_BYTES } from './limits';
import { postgresStore } from './postgres';
import { Projects, type ConnectionContext } from './projects';
import { loadSecrets } from './secrets';
import { verifyToken, type MemberClaims } from './tokens';

export const SQLITE_FILE = 'parallax-sync.sqlite';
/** Store a changed document after a second of quiet, and at least every 5 s while it keeps changing. */
const STORE_DEBOUNCE_MS = 1_000;
const STORE_MAX_DEBOUNCE_MS = 5_000;

export interface RunningSyncServer {
  /** ws://host:port, what a client connects to. */
  url: string;
  port: number;
  server: Server;
  /** What the store is, in words, for the start-up line. */
  store: string;
  stop: () => Promise<void>;
}

class Refusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

interface Store {
  extension: Extension;
  /** Resolves once the store can be read (its table exists). */
  ready: () => Promise<void>;
  close: () => Promise<void>;
}

function sqliteStore(file: string): Store {
  const sqlite = new SQLite({ database: file });
  // The stock store does not wait for the write: ours does, so a document is on disk before the server says it stored it.
  sqlite.configuration.store = ({ documentName, state }) =>
    new Promise<void>((resolve, reject) => sqlite.db?.run(upsertQuery, { $name: documentName, $data: state }, (error) => (error ? reject(error) : resolve())));
  return {
    extension: sqlite,
    // The stock onConfigure creates the table without waiting: run it again and wait (it is idempotent), so no fetch races it.
    ready: () => new Promise<void>((resolve, reject) => sqlite.db?.run(sqliteSchema, (error) => (error ? reject(error) : resolve())) ?? reject(new Error('The SQLite file was not opened.'))),
    close: () => new Promise<void>((resolve) => (sqlite.db ? sqlite.db.close(() => resolve()) : resolve())) };
}

function redisExtension(redisUrl: string): Extension {
  const url = new URL(redisUrl);
  return new Redis({
    host: url.hostname,
    port: Number(url.port || 6379),
    options: {
      username: url.username || undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
      tls: url.protocol === 'rediss:' ? {} : undefined,
    },
  });
}

export interface StartOptions {
  /** Print the address line (the command does; tests do not). */
  quiet?: boolean;
  /** Documents one socket may hold open at once (MAX_DOCUMENTS_PER_SOCKET unless a test lowers it). */
  maxDocumentsPerSocket?: number;
}

export async function startSyncServer(config: SyncServerConfig, { quiet = true, maxDocumentsPerSocket = MAX_DOCUMENTS_PER_SOCKET }: StartOptions = {}): Promise<RunningSyncServer> {
  const secrets = loadSecrets(config.dataDir);
  const store: Store = config.databaseUrl ? { ...(await postgresStore(config.databaseUrl)), ready: async () => {} } : sqliteStore(join(config.dataDir, SQLITE_FILE));
  const storeName = config.databaseUrl ? `PostgreSQL (${new URL(config.databaseUrl).host})` : `SQLite (${join(config.dataDir, SQLITE_FILE)})`;
  const extensions: Extension[] = [store.extension];
  if (config.redisUrl) extensions.unshift(redisExtension(config.redisUrl));

  // The hooks need the projects registry, which needs the server's Hocuspocus instance: filled in right after.
  const late = {} as { projects: Projects; api: ReturnType<typeof createApi> };
  const openBySocket = new Map<string, Set<string>>();

  /** Who the token names and what they may do with the document; the connection's context. */
  async function authenticate(token: string, documentName: string, connectionConfig: { readOnly: boolean }): Promise<ConnectionContext> {
    const name = parseDocName(documentName);
    if (!name.ok) throw new Refusal(name.error.message);
    const check = await verifyToken<MemberClaims>(secrets.tokenSecret, token, 'member');
    if (!check.ok) throw new Refusal(check.reason);
    if (check.claims.pid !== name.value.projectId) throw new Refusal('The token is for another project.');
    if (!(await late.projects.exists(name.value.projectId))) throw new Refusal('There is no such project on this server.');
    const admin = readAdmin(await late.projects.admin(name.value.projectId));
    const member = admin.members.find((candidate) => candidate.id === check.claims.sub);
    if (!member || member.removedAt !== null || member.tokenVersion !== check.claims.tv) throw new Refusal('This token no longer gives access to the project.');
    const access = accessFor(name.value, member, admin.round);
    if (!access.ok) throw new Refusal(access.reason);
    connectionConfig.readOnly = access.readOnly;
    return { projectId: name.value.projectId, memberId: member.id };
  }

  const server = new Server(
    {
      name: 'parallax-sync',
      address: config.host,
      port: config.port,
      quiet: true,
      stopOnSignals: false,
      debounce: STORE_DEBOUNCE_MS,
      maxDebounce: STORE_MAX_DEBOUNCE_MS,
      extensions,
      async onAuthenticate({ token, documentName, connectionConfig, socketId }) {
        // Take the place before the checks (they wait): documents arrive on one socket all at once.
        const open = openBySocket.get(socketId) ?? new Set<string>();
        if (!open.has(documentName) && open.size >= maxDocumentsPerSocket) throw new Refusal(`One connection may hold at most ${maxDocumentsPerSocket} documents open at once.`);
        open.add(documentName);
        openBySocket.set(socketId, open);
        try {
          return await authenticate(token, documentName, connectionConfig);
        } catch (error) {
          open.delete(documentName);
          if (open.size === 0) openBySocket.delete(socketId);
          throw error;
        }
      },
      async onDisconnect({ socketId, documentName }) {
        const open = openBySocket.get(socketId);
        open?.delete(documentName);
        if (open?.size === 0) openBySocket.delete(socketId);
      },
      async beforeHandleMessage({ documentName, context, document, update, connection }) {
        const name = parseDocName(documentName);
        const { projectId, memberId } = context as ConnectionContext;
        const member = name.ok ? await late.projects.member(projectId, memberId) : undefined;
        if (!name.ok || !member || member.removedAt !== null) throw new Refusal('You were removed from the project.');
        guardMessage(name.value, member, document, update, connection.readOnly);
      },
      async onRequest({ request, response }) {
        if (await late.api(request, response)) return Promise.reject();
      },
    },
    { maxPayload: MAX_FRAME_BYTES },
  );
  const projects = new Projects(server.hocuspocus);
  late.projects = projects;
  late.api = createApi({ projects, tokenSecret: secrets.tokenSecret, adminKey: secrets.adminKey });

  // Hocuspocus 3.4.4 passes `{ port, address }` to http's listen, which reads `host`: the address is
  // ignored and the server binds every interface. Bind where HOST says (127.0.0.1 by default).
  const httpListen = server.httpServer.listen.bind(server.httpServer) as (options: ListenOptions, callback: () => void) => void;
  (server.httpServer as unknown as { listen: typeof httpListen }).listen = (options, callback) => httpListen({ port: options.port, host: config.host }, callback);
  await server.listen();
  await store.ready();
  const port = server.address.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `ws://${host}:${port}`;
  if (!quiet) console.log(`Parallax sync server listening on ${url} (HTTP admin API at http://${host}:${port}/api), storing in ${storeName}`);

  return {
    url,
    port,
    server,
    store: storeName,
    stop: async () => {
      // Clients first (so none reopens an admin document), then the admin documents, then the rest;
      // Hocuspocus stores every changed document as it unloads it.
      server.hocuspocus.closeConnections();
      await projects.close();
      for (const document of [...server.hocuspocus.documents.values()]) {
        if (document.getConnectionsCount() === 0) await server.hocuspocus.unloadDocument(document);
      }
      await server.destroy();
      await store.close();
    },
  };
}
