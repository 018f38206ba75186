import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { syncServerOrigins } from '@shared/sync/server-origins';

/**
 * The sync server the user named, kept in a file beside the app's data so the page's CSP
 * allows it from the first response after a restart. Only origins that syncServerOrigins
 * accepts are ever stored or read back: a tampered file widens nothing.
 */
export interface SyncServerAllowance {
  origins: () => string[];
  set: (origins: string[]) => void;
}

export function loadSyncServerAllowance(file: string): SyncServerAllowance {
  let origins: string[] = [];
  try {
    const stored: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const ws = Array.isArray(stored) ? stored.find((origin) => typeof origin === 'string' && /^wss?:/.test(origin)) : undefined;
    origins = (typeof ws === 'string' && syncServerOrigins(ws)) || [];
  } catch {
    origins = [];
  }
  return {
    origins: () => origins,
    set: (next) => {
      const ws = next.find((origin) => /^wss?:/.test(origin));
      origins = (ws && syncServerOrigins(ws)) || [];
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(origins));
    },
  };
}
