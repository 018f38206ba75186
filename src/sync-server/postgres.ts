/**
 * Stores documents in PostgreSQL (DATABASE_URL), through Hocuspocus's Database extension:
 * one row per document holding its whole state as one Yjs update, replaced on every store.
 * The same layout as the SQLite extension's table, so moving a team between the two is a copy.
 */
import { Database } from '@hocuspocus/extension-database';
import type { Extension } from '@hocuspocus/server';
import pg from 'pg';

const SCHEMA = `CREATE TABLE IF NOT EXISTS parallax_documents (
  name text PRIMARY KEY,
  data bytea NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
)`;

/** Connections per server process: documents are stored debounced, a few at a time. */
const POOL_SIZE = 5;

export interface PostgresStore {
  extension: Extension;
  close: () => Promise<void>;
}

export async function postgresStore(databaseUrl: string): Promise<PostgresStore> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_SIZE });
  await pool.query(SCHEMA);
  const extension = new Database({
    fetch: async ({ documentName }) => {
      const result = await pool.query<{ data: Buffer }>('SELECT data FROM parallax_documents WHERE name = $1', [documentName]);
      const row = result.rows[0];
      return row ? new Uint8Array(row.data) : null;
    },
    store: async ({ documentName, state }) => {
      await pool.query(
        'INSERT INTO parallax_documents (name, data) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET data = EXCLUDED.data, updated_at = now()',
        [documentName, state],
      );
    },
  });
  return { extension, close: () => pool.end() };
}
