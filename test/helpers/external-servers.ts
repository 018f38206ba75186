/**
 * Redis and PostgreSQL for the sync-server tests, started by the test on free loopback ports
 * in temp folders and stopped by it. PostgreSQL refuses to run as root, so as root it runs as a
 * throwaway system user (made here if .ci/run has not made it).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, tempDir, waitFor } from './sync-server';

export const PG_TEST_USER = 'parallax-pg-test';

export interface External {
  url: string;
  stop: () => Promise<void>;
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function startRedis(): Promise<External> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.once('error', (error) => (output += String(error)));
  await waitFor(() => /Ready to accept connections/.test(output) || child.exitCode !== null, 'redis-server to start');
  if (child.exitCode !== null) throw new Error(`redis-server did not start: ${output}`);
  return { url: `redis://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

/** PostgreSQL's server binaries: on PATH, or where Debian's postgresql package puts them. */
function pgBin(name: string): string {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim();
  } catch {
    const root = '/usr/lib/postgresql';
    const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
    for (const version of versions) if (existsSync(join(root, version, 'bin', name))) return join(root, version, 'bin', name);
    throw new Error(`PostgreSQL's ${name} was not found (apt-get install postgresql; .ci/run does).`);
  }
}

function asPgUser(): { prefix: string[]; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  try {
    execFileSync('id', ['-u', PG_TEST_USER], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', PG_TEST_USER]);
  }
  const uid = Number(execFileSync('id', ['-u', PG_TEST_USER], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', PG_TEST_USER], { encoding: 'utf8' }).trim());
  return { prefix: ['runuser', '-u', PG_TEST_USER, '--'], uid, gid };
}

export async function startPostgres(): Promise<External> {
  const dir = tempDir('parallax-pg-');
  const data = join(dir.path, 'data');
  const user = asPgUser();
  if (user) {
    chownSync(dir.path, user.uid, user.gid);
    chmodSync(dir.path, 0o700);
  }
  const run = (command: string[]) => (user ? [...user.prefix, ...command] : command);
  const [initCommand, ...initArgs] = run([pgBin('initdb'), '-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  execFileSync(initCommand!, initArgs, { stdio: 'ignore' });
  const port = await freePort();
  const [command, ...args] = run([pgBin('postgres'), '-D', data, '-p', String(port), '-k', dir.path, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off']);
  const child = spawn(command!, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  await waitFor(async () => {
    if (child.exitCode !== null) return true;
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return true;
    } catch {
      return false;
    }
  }, 'PostgreSQL to accept connections', 30_000);
  if (child.exitCode !== null) throw new Error(`postgres did not start: ${output}`);
  return {
    url,
    stop: async () => {
      await stopChild(child);
      dir.remove();
    },
  };
}
