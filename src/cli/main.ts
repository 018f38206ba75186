/**
 * `npm run -s cli -- parse FILE...`: the headless face of src/shared. Prints JSON to stdout;
 * exits 1 if any file failed, 2 on a usage error.
 */
import { disposeCliParser } from './parser';
import { runCli } from './run';

/** All of standard input as text (for `parse --files-from -`), read only when asked for. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const { stdout, stderr, exitCode } = await runCli(process.argv.slice(2), { readStdin });
await disposeCliParser();
if (stdout) process.stdout.write(stdout);
if (stderr) process.stderr.write(stderr);
process.exitCode = exitCode;
