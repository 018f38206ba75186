/**
 * The benchmark harness (issue 7): `npm run bench [-- --tiny] [--only NAME] [--json FILE]`.
 *
 * Prints the machine, then one line per figure: name, value and unit, the baseline measured in
 * the same run and the ratio where there is one, the target and whether it is met. A missed
 * target is a figure, not a failure: the exit code is non-zero only when a benchmark could not
 * run (an error), never because a target was missed.
 *
 *   --tiny         every benchmark at a tiny size, one measured run (CI runs this so it cannot rot)
 *   --only NAME    only benchmarks whose name contains NAME (case-insensitive; repeatable)
 *   --json FILE    also write the figures as a JSON array
 *   --runs N       measured runs (default 3; 1 with --tiny); --warmups N (default 1; 0 with --tiny)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { BENCHMARKS } from './registry';
import type { BenchContext, Figure } from './types';

interface Args {
  tiny: boolean;
  only: string[];
  json: string | null;
  runs: number | null;
  warmups: number | null;
}

const USAGE = 'usage: npm run bench -- [--tiny] [--only NAME]... [--json FILE] [--runs N] [--warmups N]';

function parseArgs(argv: string[]): Args {
  const args: Args = { tiny: false, only: [], json: null, runs: null, warmups: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    const count = (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${arg} needs a whole number, not ${v}`);
      return n;
    };
    if (arg === '--tiny') args.tiny = true;
    else if (arg === '--only') args.only.push(value().toLowerCase());
    else if (arg === '--json') args.json = value();
    else if (arg === '--runs') args.runs = Math.max(1, count(value()));
    else if (arg === '--warmups') args.warmups = count(value());
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  return args;
}

function formatNumber(n: number | null): string {
  if (n === null) return '-';
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1000) return n.toLocaleString('en-US', { maximumFractionDigits: 0 });
  if (abs >= 100) return n.toFixed(0);
  if (abs >= 10) return n.toFixed(1);
  if (Number.isInteger(n)) return String(n);
  return n.toFixed(2);
}

function table(figures: Figure[]): string {
  const header = ['figure', 'value', 'baseline', 'ratio', 'target', 'met'];
  const rows = figures.map((f) => [
    f.name,
    `${formatNumber(f.value)} ${f.unit}`,
    f.baseline === null ? '-' : `${formatNumber(f.baseline)} ${f.unit}`,
    f.ratio === null ? '-' : `${f.ratio.toFixed(2)}x`,
    f.target,
    f.met ? 'yes' : 'no',
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 1 || c === 2 || c === 3 ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const ctx: BenchContext = {
    tiny: args.tiny,
    runs: args.runs ?? (args.tiny ? 1 : 3),
    warmups: args.warmups ?? (args.tiny ? 0 : 1),
    repo: resolve(import.meta.dirname, '../..'),
    log: (message) => process.stderr.write(`  … ${message}\n`),
  };
  const cpuList = cpus();
  console.log(`Parallax benchmarks${ctx.tiny ? ' (tiny size: a smoke run, not figures to quote)' : ''}`);
  console.log(
    `machine: ${cpuList.length} cpus (${cpuList[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version} on ${process.platform}-${process.arch}; ${new Date().toISOString()}`,
  );
  console.log(`method: ${ctx.warmups} warm-up run${ctx.warmups === 1 ? '' : 's'}, then the median of ${ctx.runs} measured run${ctx.runs === 1 ? '' : 's'}; ours and the baseline take turns, run by run`);
  console.log('');

  const selected = BENCHMARKS.filter((b) => args.only.length === 0 || args.only.some((o) => b.name.toLowerCase().includes(o)));
  if (selected.length === 0) throw new Error(`no benchmark matches ${args.only.join(', ')}; there are: ${BENCHMARKS.map((b) => b.name).join('; ')}`);

  const figures: Figure[] = [];
  const notes: string[] = [];
  let failed = 0;
  for (const benchmark of selected) {
    const reason = await benchmark.unavailable?.(ctx);
    if (reason) {
      notes.push(`not measured: ${benchmark.name}: ${reason}`);
      continue;
    }
    process.stderr.write(`${benchmark.name} (${benchmark.kind})\n`);
    const t = performance.now();
    try {
      const got = await benchmark.run(ctx);
      figures.push(...got);
      for (const f of got) process.stderr.write(`  = ${f.name}: ${formatNumber(f.value)} ${f.unit}\n`);
    } catch (error) {
      failed++;
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      notes.push(`ERROR: ${benchmark.name}: ${message}`);
      process.stderr.write(`  ! failed: ${message}\n`);
    }
    process.stderr.write(`  (${((performance.now() - t) / 1000).toFixed(1)} s)\n`);
  }

  console.log(table(figures));
  if (notes.length) console.log(['', ...notes].join('\n'));
  console.log(`\n${figures.length} figures, ${figures.filter((f) => f.met).length} targets met; ${((performance.now() - started) / 1000).toFixed(1)} s`);

  if (args.json) {
    const file = resolve(process.cwd(), args.json);
    mkdirSync(dirname(file), { recursive: true });
    const json = figures.map(({ name, value, unit, baseline, ratio, target, met }) => ({ name, value, unit, baseline, ratio, target, met }));
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`figures written to ${file}`);
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
