import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addTag, readTags } from '@shared/sync/codebook-tree';
import { formatDocName } from '@shared/sync/names';
import { api, connect, freePort, makeTeam, processExited as exited, spawnServerProcess as spawnServer, tempDir, waitFor, type Client } from '../helpers/sync-server';

const NOW = 1_764_000_000_000;
const TAGS = 120;

const children: ChildProcess[] = [];
const clients: Client[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const child of children.splice(0)) {
    child.kill('SIGTERM');
    await exited(child);
  }
});

describe('a sync server killed in the middle of a sync', () => {
  it('loses nothing: clients keep editing through the outage, and after a restart both hold every edit and so does the store', async () => {
    const dir = tempDir('parallax-sync-kill-');
    const port = await freePort();
    let server = await spawnServer(dir.path, port);
    children.push(server);
    const url = `ws://127.0.0.1:${port}`;
    const team = await makeTeam(url, dir.path);
    const name = formatDocName({ kind: 'project', projectId: team.projectId });
    const [ann, ben] = team.coders as [(typeof team.coders)[0], (typeof team.coders)[0]];
    const a = connect(url, name, ann.token);
    const b = connect(url, name, ben.token);
    clients.push(a, b);
    await Promise.all([a.synced(), b.synced()]);

    for (let i = 0; i < TAGS; i++) {
      addTag(i % 2 ? b.doc : a.doc, `t${i}`, { name: `Tag ${i}`, color: '#3f86ee', description: '', parentId: null, order: i }, i % 2 ? ben.memberId : ann.memberId, NOW);
      if (i === TAGS / 3) {
        server.kill('SIGKILL'); // mid-stream: some edits sent, some in flight, none stored since the last debounce
        await exited(server);
      }
      if (i === (2 * TAGS) / 3) {
        server = await spawnServer(dir.path, port);
        children.push(server);
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    const allThere = (client: Client) => readTags(client.doc).size === TAGS;
    await waitFor(() => allThere(a) && allThere(b), 'both clients to hold every tag after the restart', 30_000);

    // Stop gracefully, start again: a fresh client reads every tag from the SQLite file.
    await Promise.all([a.synced(), b.synced()]);
    server.kill('SIGTERM');
    await exited(server);
    server = await spawnServer(dir.path, port);
    children.push(server);
    const fresh = connect(url, name, team.owner.token);
    clients.push(fresh);
    await waitFor(() => allThere(fresh), 'the stored project to hold every tag', 20_000);
    expect([...readTags(fresh.doc).keys()].sort()).toEqual(Array.from({ length: TAGS }, (_, i) => `t${i}`).sort());
    dir.remove();
  }, 120_000);
});

describe('the sync-server command', () => {
  it('prints its address, and create-project asks the running server for a project whose owner token works', async () => {
    const dir = tempDir('parallax-sync-cli-');
    const port = await freePort();
    const server = await spawnServer(dir.path, port);
    children.push(server);
    const { execFile } = await import('node:child_process');
    const stdout = await new Promise<string>((done, fail) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', 'src/sync-server/main.ts', 'create-project', 'Reykjavik study', 'Olga'],
        { cwd: resolve(import.meta.dirname, '../..'), env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.node.json', HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dir.path } },
        (error, out, err) => (error ? fail(new Error(err || String(error))) : done(out)),
      ),
    );
    const created = JSON.parse(stdout) as { projectId: string; role: string; token: string };
    expect(created.role).toBe('owner');
    const info = await api(`ws://127.0.0.1:${port}`, 'GET', `/api/projects/${created.projectId}`, created.token);
    expect(info.body).toMatchObject({ name: 'Reykjavik study', you: { role: 'owner' } });
    dir.remove();
  });
});
