/**
 * `npm run -s cli -- parse FILE...`: the headless face of src/shared. Prints JSON to stdout;
 * exits 1 if any file failed, 2 on a usage error.
 */
import { disposeCliParser } from './parser';
import { runCli } from './run';

const { stdout, stderr, exitCode } = await runCli(process.argv.slice(2));
await disposeCliParser();
if (stdout) process.stdout.write(stdout);
if (stderr) process.stderr.write(stderr);
process.exitCode = exitCode;
