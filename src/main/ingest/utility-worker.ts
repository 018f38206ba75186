/**
 * Electron's parser: each generation a utilityProcess (a separate, Chromium-sandboxable
 * process) under the shared supervisor. Its heap is bounded with V8's --max-old-space-size (a
 * utilityProcess has no resourceLimits); past it V8 ends the process, the supervisor answers
 * that file and forks a fresh one. Node's permission model keeps it off the file system: it
 * may read the folder its own code is in, and write, spawn or load addons not at all.
 */
import { createSupervisedParser, type ParseFile, type SpawnParserWorker } from '@shared/ingest/supervisor';

/** The slice of Electron's utilityProcess API the parser uses (so this module is tested without Electron). */
export interface UtilityChild {
  postMessage(message: unknown, transfer?: unknown[]): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}
export type ForkUtility = (modulePath: string, args: string[], options: UtilityForkOptions) => UtilityChild;
export interface UtilityForkOptions {
  serviceName: string;
  execArgv: string[];
  stdio: 'ignore';
  env: Record<string, string>;
}

/** Exit codes V8 and Chromium use when a process runs out of memory (abort; Windows' OOM status). */
const OUT_OF_MEMORY_EXITS = new Set([134, 5, -1073741571, 3221225477]);

/**
 * The options each parser process is forked with: the whole of its sandbox, in one place.
 * `codeDirs` are the folders its code is loaded from (the built out/ and the app's
 * node_modules, which electron-vite leaves external): the only paths it may read.
 */
export function parserProcessOptions(codeDirs: readonly string[], memoryMb: number): UtilityForkOptions {
  return {
    serviceName: 'Parallax parser',
    execArgv: [`--max-old-space-size=${memoryMb}`, '--permission', ...codeDirs.map((dir) => `--allow-fs-read=${dir}`)],
    stdio: 'ignore',
    // Nothing from the user's environment (proxies, NODE_OPTIONS, tokens) reaches the parser.
    env: {},
  };
}

export function spawnUtilityWorker(fork: ForkUtility, modulePath: string, codeDirs: readonly string[]): SpawnParserWorker {
  return (memoryMb, events) => {
    const child = fork(modulePath, [], parserProcessOptions(codeDirs, memoryMb));
    child.on('message', (message) => events.reply(message as Parameters<typeof events.reply>[0]));
    child.on('exit', (code) => events.exit(OUT_OF_MEMORY_EXITS.has(code) ? { kind: 'out-of-memory' } : { kind: 'crashed', detail: `exit code ${code}` }));
    return {
      // Structured clone (utilityProcess transfers only MessagePorts): the bytes are the request's own copy.
      post: (request) => child.postMessage(request),
      terminate: () => void child.kill(),
    };
  };
}

export function createParserProcess(fork: ForkUtility, modulePath: string, codeDirs: readonly string[]): { parse: ParseFile; dispose: () => Promise<void> } {
  const supervised = createSupervisedParser(spawnUtilityWorker(fork, modulePath, codeDirs));
  return { parse: supervised.parse, dispose: async () => supervised.dispose() };
}
