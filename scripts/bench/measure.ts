import { Bench } from 'tinybench';

export interface Timing {
  /** Median of the measured runs, in ms. */
  median: number;
  /** Every measured run, in ms, in the order they ran. */
  samples: number[];
}

/**
 * Times each task with tinybench: `warmups` unmeasured rounds, then `runs` measured ones. In each
 * round every task runs once, in turn (the order alternating from round to round), so that a load
 * spike from elsewhere on a shared machine falls on ours and the baseline alike rather than on
 * whichever ran during it. No time budget: each run here is a whole workload, not a
 * micro-benchmark. A task that throws fails the benchmark.
 */
export async function timeTasks<K extends string>(
  tasks: Record<K, () => unknown>,
  options: { runs: number; warmups: number },
): Promise<Record<K, Timing>> {
  const entries = Object.entries(tasks) as [K, () => unknown][];
  const samples = new Map<K, number[]>(entries.map(([name]) => [name, []]));
  for (let round = 0; round < options.warmups + options.runs; round++) {
    const bench = new Bench({ iterations: 1, time: 0, warmup: false, retainSamples: true, throws: true });
    for (const [name, fn] of round % 2 ? [...entries].reverse() : entries) bench.add(name, fn);
    await bench.run();
    if (round < options.warmups) continue;
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state !== 'completed') throw new Error(`benchmark task ${task.name} did not complete (${result.state})`);
      samples.get(task.name as K)?.push(...(result.latency.samples ?? []));
    }
  }
  const out = {} as Record<K, Timing>;
  for (const [name, list] of samples) out[name] = { median: median(list), samples: list };
  return out;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The p-th percentile (0..100), nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

/** Lets the event loop turn: linkedom and friends free memory more readily between batches. */
export const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Median CPU time (user + system, ms) of a synchronous task over `runs` runs. On a machine shared
 * with other work the wall-clock figure grows with the load; the CPU time is the task's own cost.
 */
export function cpuTimeMedian(task: () => unknown, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    task();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return median(samples);
}
