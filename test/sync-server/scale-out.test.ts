import { afterEach, describe, expect, it } from 'vitest';
import { addTag, readTags } from '@shared/sync/codebook-tree';
import { formatDocName } from '@shared/sync/names';
import type { RunningSyncServer } from '../../src/sync-server/server';
import { startPostgres, startRedis, type External } from '../helpers/external-servers';
import { api, connect, makeTeam, startServer, tempDir, waitFor, type Client } from '../helpers/sync-server';

const NOW = 1_764_000_000_000;
const tag = (name: string) => ({ name, color: '#3f86ee', description: '', parentId: null, order: 0 });

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function track<T extends { stop: () => Promise<void> } | Client>(thing: T): T {
  cleanups.push(() => ('destroy' in thing ? thing.destroy() : thing.stop()));
  return thing;
}

describe('several server processes sharing projects through Redis', () => {
  it('lets a member on each server see the other’s edits, and a blind round or a removal on one close connections on the other', async () => {
    const redis: External = track(await startRedis());
    const dir = tempDir('parallax-sync-redis-');
    cleanups.push(() => dir.remove());
    // Two servers on one data folder (the shared token secret) and one store, like two processes behind a load balancer.
    const one: RunningSyncServer = track(await startServer(dir.path, 0, { redisUrl: redis.url }));
    const two: RunningSyncServer = track(await startServer(dir.path, 0, { redisUrl: redis.url }));
    const team = await makeTeam(one.url, dir.path);
    const name = formatDocName({ kind: 'project', projectId: team.projectId });
    const a = track(connect(one.url, name, team.coders[0]!.token));
    const b = track(connect(two.url, name, team.coders[1]!.token));
    await Promise.all([a.synced(), b.synced()]);
    addTag(a.doc, 't1', tag('Actor'), team.coders[0]!.memberId, NOW);
    await waitFor(() => readTags(b.doc).has('t1'), 'the member on server two to see the edit made on server one');
    addTag(b.doc, 't2', tag('Place'), team.coders[1]!.memberId, NOW);
    await waitFor(() => readTags(a.doc).has('t2'), 'the member on server one to see the edit made on server two');

    // A blind round started on server one closes, on server two, a coder's view of another coder's highlights.
    const annHighlights = formatDocName({ kind: 'coder', projectId: team.projectId, memberId: team.coders[0]!.memberId });
    const watching = track(connect(two.url, annHighlights, team.coders[1]!.token));
    await watching.synced();
    await api(one.url, 'POST', `/api/projects/${team.projectId}/round`, team.owner.token, { action: 'start' });
    await waitFor(() => watching.closes.includes('Your access to this document changed.'), 'server two to close the view when server one starts the round');

    const removed = await api(one.url, 'DELETE', `/api/projects/${team.projectId}/members/${team.coders[1]!.memberId}`, team.owner.token);
    expect(removed.status).toBe(200);
    await waitFor(() => b.closes.includes('You were removed from the project.'), 'server two to close the removed member’s connection');
  });
});

describe('the PostgreSQL store (DATABASE_URL)', () => {
  it('stores projects in PostgreSQL: a restarted server, with a fresh data folder’s SQLite unused, serves them', async () => {
    const postgres: External = track(await startPostgres());
    const dir = tempDir('parallax-sync-pg-');
    cleanups.push(() => dir.remove());
    let server = await startServer(dir.path, 0, { databaseUrl: postgres.url });
    const team = await makeTeam(server.url, dir.path);
    const name = formatDocName({ kind: 'project', projectId: team.projectId });
    const a = connect(server.url, name, team.owner.token);
    await a.synced();
    addTag(a.doc, 't1', tag('Actor'), team.owner.memberId, NOW);
    await a.synced();
    a.destroy();
    await server.stop();
    server = track(await startServer(dir.path, 0, { databaseUrl: postgres.url }));
    const fresh = track(connect(server.url, name, team.coders[0]!.token));
    await waitFor(() => readTags(fresh.doc).get('t1')?.name === 'Actor', 'the project from PostgreSQL');
    const { existsSync } = await import('node:fs');
    expect(existsSync(`${dir.path}/parallax-sync.sqlite`)).toBe(false);
  });
});
