/** What parse-one.ts prints for one hostile file. */
export interface HostileReading {
  /** Time from the bytes to the answer, in ms. */
  ms: number;
  /** Resident memory at the parse's peak above the process's warmed-up baseline, in MB. */
  peakAboveMb: number;
  /** Whether the peak is the parse's own (Linux) or the whole process run's, an upper bound. */
  exactPeak: boolean;
  /** The article(s), or the reason in words. */
  answer: string;
}
