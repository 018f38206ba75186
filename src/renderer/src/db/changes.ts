import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreTable, type DBCoreTransaction, type Middleware, type Table } from 'dexie';

/**
 * The one place where every committed change to the corpus is announced.
 *
 * A Dexie DBCore middleware sees every write the repository functions make (put, add, delete,
 * clear, modify: Dexie lowers them all to `mutate`). It records each one against its
 * IndexedDB transaction and announces the whole list once, after the transaction's `complete`
 * event: a transaction that aborts announces nothing, because nothing of it was stored.
 * The sync layer listens with `onCorpusChange`, and writes what other devices sent through
 * `applyRemote`, whose changes are announced with origin `remote` so they are not sent back.
 */

/** Where a committed change came from: this device, or another one through sync. */
export type ChangeOrigin = 'local' | 'remote';

/** One write: which rows of which table. `deleteRange` (a table cleared) names no keys. */
export type CorpusChange =
  | { table: string; kind: 'add' | 'put' | 'delete'; keys: unknown[] }
  | { table: string; kind: 'deleteRange'; range: { lower: unknown; upper: unknown } };

/** Everything one committed transaction changed, in the order it was written. */
export interface CommittedChanges {
  origin: ChangeOrigin;
  changes: CorpusChange[];
}

export type CorpusChangeListener = (committed: CommittedChanges) => void;

interface TransactionLog {
  origin: ChangeOrigin;
  changes: CorpusChange[];
}

/** The log of each open read-write transaction that has written, keyed by the IDBTransaction itself. */
const logs = new WeakMap<object, TransactionLog>();
/** Transactions opened by applyRemote (a WeakMap/WeakSet on tx.idbtrans, so nothing leaks). */
const remoteTransactions = new WeakSet<object>();
const listenersByDb = new WeakMap<Dexie, Set<CorpusChangeListener>>();

/** Subscribes to every committed change to `db`; returns the unsubscribe function. */
export function onCorpusChange(db: Dexie, listener: CorpusChangeListener): () => void {
  let listeners = listenersByDb.get(db);
  if (!listeners) listenersByDb.set(db, (listeners = new Set()));
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Writes what another device sent: `fn` runs in one read-write transaction on `tables`, and
 * its changes are announced with origin `remote`.
 */
export async function applyRemote<T>(db: Dexie, tables: Table[], fn: () => Promise<T>): Promise<T> {
  if (Dexie.currentTransaction) {
    // Joining an outer transaction would mark the outer (local) writes as remote too.
    throw new Error('applyRemote must start its own transaction, not run inside another one.');
  }
  return db.transaction('rw', tables, async (tx) => {
    remoteTransactions.add(tx.idbtrans);
    return fn();
  });
}

function announce(db: Dexie, log: TransactionLog): void {
  if (log.changes.length === 0) return;
  for (const listener of listenersByDb.get(db) ?? []) {
    try {
      listener({ origin: log.origin, changes: log.changes });
    } catch (error) {
      // One listener's failure must not keep the change from the others.
      console.error('A corpus change listener failed', error);
    }
  }
}

/** The keys a mutate actually wrote: a bulk write's failed operations are left out. */
function writtenKeys(keys: readonly unknown[], failures: Record<number, Error>): unknown[] {
  return keys.filter((_, i) => !(i in failures));
}

function record(log: TransactionLog, table: string, req: DBCoreMutateRequest, results: unknown[] | undefined, failures: Record<number, Error>): void {
  if (req.type === 'deleteRange') {
    log.changes.push({ table, kind: 'deleteRange', range: { lower: req.range.lower, upper: req.range.upper } });
    return;
  }
  const keys = req.type === 'delete' ? req.keys : (results ?? req.keys ?? []);
  const written = writtenKeys(keys, failures);
  if (written.length > 0) log.changes.push({ table, kind: req.type, keys: written });
}

/** Attaches the announcement to a transaction the first time it writes. */
function watch(db: Dexie, trans: DBCoreTransaction): TransactionLog | null {
  const idbtrans = trans as unknown as IDBTransaction;
  // Schema upgrades run on every device by themselves: they are not changes to send anywhere.
  if (idbtrans.mode === 'versionchange') return null;
  const known = logs.get(idbtrans);
  if (known) return known;
  const log: TransactionLog = { origin: remoteTransactions.has(idbtrans) ? 'remote' : 'local', changes: [] };
  logs.set(idbtrans, log);
  idbtrans.addEventListener('complete', () => announce(db, log), { once: true });
  // An aborted transaction stored nothing, so it announces nothing.
  idbtrans.addEventListener('abort', () => logs.delete(idbtrans), { once: true });
  return log;
}

/** The middleware, installed once by ParallaxDB's constructor. */
export function changeFunnel(db: Dexie): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'parallax-change-funnel',
    create: (down) => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        return {
          ...table,
          mutate: async (req) => {
            // Watch before writing, so the complete listener is in place whatever happens next.
            const log = watch(db, req.trans);
            const response = await table.mutate(req);
            if (log) record(log, name, req, response.results, response.failures);
            return response;
          },
        };
      },
    }),
  };
}
