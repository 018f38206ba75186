/**
 * `npm run sync-server`: starts the server (settings from the environment, see config.ts).
 * `npm run sync-server -- create-project NAME OWNER`: asks the running server (same HOST, PORT
 * and DATA_DIR) for a new project and prints the owner's token; the owner's app does the rest
 * (invitations, members, rounds) through the admin API.
 */
import { readFileSync } from 'node:fs';
import { configFromEnv } from './config';
import { adminKeyFile } from './secrets';
import { startSyncServer } from './server';

async function createProject(name: string | undefined, ownerName: string | undefined): Promise<void> {
  if (!name || !ownerName) throw new Error('Usage: npm run sync-server -- create-project "Project name" "Owner name"');
  const config = configFromEnv(process.env);
  const adminKey = readFileSync(adminKeyFile(config.dataDir), 'utf8').trim();
  const response = await fetch(`http://${config.host}:${config.port}/api/projects`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, ownerName }),
  });
  const body = (await response.json()) as { error?: { message: string } };
  if (!response.ok) throw new Error(body.error?.message ?? `The server answered ${response.status}.`);
  console.log(JSON.stringify(body, null, 2));
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'create-project') return createProject(args[0], args[1]);
  if (command !== undefined) throw new Error(`Unknown command “${command}”. Commands: (none) to start the server, create-project NAME OWNER.`);
  const running = await startSyncServer(configFromEnv(process.env), { quiet: false });
  const shutdown = () => {
    void running.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
