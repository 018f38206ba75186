/** One printed line of the benchmark table, and the JSON `npm run bench -- --json FILE` writes. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The baseline measured in the same run, in the same unit, when there is one. */
  baseline: number | null;
  /** As the target states it: ours/baseline for times, baseline/ours for throughput ratios, and so on. */
  ratio: number | null;
  /** The target from issue 7, as text. */
  target: string;
  met: boolean;
}

export interface BenchContext {
  /** Tiny sizes and one measured run: for CI, so that the harness cannot rot. */
  tiny: boolean;
  /** Measured runs per benchmark (medians are reported). */
  runs: number;
  /** Unmeasured warm-up runs before them. */
  warmups: number;
  /** Absolute path of the repository. */
  repo: string;
  /** Progress for people watching (stderr), not part of the table. */
  log: (message: string) => void;
}

export interface Benchmark {
  /** The figure's name in issue 7; `--only` matches against it. */
  name: string;
  kind: 'node' | 'browser';
  /** Why this benchmark cannot run yet (what it measures does not exist), or null when it can. */
  unavailable?: (ctx: BenchContext) => Promise<string | null> | string | null;
  run: (ctx: BenchContext) => Promise<Figure[]>;
}
