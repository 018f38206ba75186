/** What a CLI command answers: its output streams and exit code (run.ts prints them). */
export interface CliOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}
