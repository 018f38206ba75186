/**
 * The sync server's settings, from the environment (see the README's "Running a sync server").
 */
import { resolve } from 'node:path';

export interface SyncServerConfig {
  host: string;
  port: number;
  /** Where the SQLite file, the signing secret and the admin key live. */
  dataDir: string;
  /** postgres://… to store documents in PostgreSQL instead of the SQLite file. */
  databaseUrl: string | null;
  /** redis://… to let several server processes share projects. */
  redisUrl: string | null;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 1234;
export const DEFAULT_DATA_DIR = './sync-data';

export function configFromEnv(env: Record<string, string | undefined>): SyncServerConfig {
  const port = env.PORT === undefined || env.PORT === '' ? DEFAULT_PORT : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number (0-65535), not “${env.PORT}”.`);
  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error('DATABASE_URL must start with postgres:// (only PostgreSQL is supported).');
  const redisUrl = env.REDIS_URL || null;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new Error('REDIS_URL must start with redis:// or rediss://.');
  return { host: env.HOST || DEFAULT_HOST, port, dataDir: resolve(env.DATA_DIR || DEFAULT_DATA_DIR), databaseUrl, redisUrl };
}
