/**
 * The server's two secrets, made on first start and kept under DATA_DIR (mode 0600):
 * - `token-secret`: the HS256 key every member and invitation token is signed with;
 * - `admin-key`: what `create-project` must present (whoever can read DATA_DIR runs the server).
 * Several processes sharing projects (REDIS_URL) must share these: point them at one DATA_DIR,
 * or copy the two files.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** 256-bit keys: what HS256 wants (RFC 7518 §3.2: a key at least as long as the hash). */
const KEY_BYTES = 32;

function readOrCreate(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const value = randomBytes(KEY_BYTES).toString('base64url');
    try {
      // 'wx': if another process made it meanwhile, use theirs.
      writeFileSync(file, `${value}\n`, { mode: 0o600, flag: 'wx' });
      return value;
    } catch {
      return readFileSync(file, 'utf8').trim();
    }
  }
}

export interface ServerSecrets {
  tokenSecret: Uint8Array;
  adminKey: string;
}

export function loadSecrets(dataDir: string): ServerSecrets {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  return {
    tokenSecret: new TextEncoder().encode(readOrCreate(join(dataDir, 'token-secret'))),
    adminKey: readOrCreate(join(dataDir, 'admin-key')),
  };
}

export const adminKeyFile = (dataDir: string) => join(dataDir, 'admin-key');
