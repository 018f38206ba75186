/**
 * parse hostile files (issue 16): the generated hostile corpus (test/helpers/hostile-corpus.ts:
 * zip bombs of six shapes inflating to 400 MB, HTML and Markdown nested 1,000 / 10,000 / 100,000
 * deep, a 10 MB single line, a 200 MB text, NUL bytes, UTF-16 without a BOM), a real article
 * nested 100,000 deep, and the worst texts that pass every limit (just under the line and the
 * character bounds). Each file is parsed by the importer (`parseFile`, what every parser worker
 * runs) in a process of its own (hostile/parse-one.ts), after the parsers are warmed: the time
 * to its answer, and the resident memory at its peak above that warmed baseline. `--tiny`: a
 * lying bomb (40 MB inside) and HTML nested 10,000 deep.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deepArticleHtml, hostileCorpus, nestedHtml, wordText, zipBombs, type HostileFile } from '../../../test/helpers/hostile-corpus';
import type { HostileReading } from '../hostile/reading';
import type { Benchmark, Figure } from '../types';

const run = promisify(execFile);

/**
 * The budget for any one file, whatever it holds: an answer in under 10 s, so that a
 * batch with a bad file in it still finishes while a person watches (the parser's own time
 * budget, 30 s, is the last line for a busy machine, not the expected cost).
 */
const TARGET_MS = 10_000;
/**
 * And under 500 MB above the app's baseline: a laptop with 8 GB runs the app, a browser and an
 * office suite at once, and a Chromium tab (web mode, whose worker heap cannot be bounded) is
 * killed somewhere past 4 GB, so one file must stay an order of magnitude below that.
 */
const TARGET_MB = 500;

const MB = 1024 * 1024;
/** `--tiny` only keeps the harness from rotting: a bomb that lies is refused on its first bytes past what it declared, whatever it holds. */
const TINY_BOMB_MB = 40;

/** The files measured: the hostile corpus at full size, and the worst files the limits let through. */
function files(tiny: boolean): HostileFile[] {
  if (tiny) {
    return [
      ...zipBombs(TINY_BOMB_MB).filter((file) => file.name === 'bomb-lying.docx'),
      { shape: 'HTML nested 10,000 deep', name: 'nested-10000.html', bytes: nestedHtml(10_000) },
    ];
  }
  return [
    ...hostileCorpus(),
    { shape: 'article nested 100,000 deep', name: 'deep-article-100000.html', bytes: deepArticleHtml(100_000) },
    { shape: 'longest line let through (0.95 M characters)', name: 'longest-line.txt', bytes: wordText(0.95, 2_000_000) },
    { shape: 'longest text let through (19 MB)', name: 'longest-text.txt', bytes: wordText(19, 80) },
  ];
}

async function parseAlone(repo: string, path: string): Promise<HostileReading> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/bench/hostile/parse-one.ts', path], {
    cwd: repo,
    env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.node.json' },
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '') as HostileReading;
}

export const parseHostile: Benchmark = {
  name: 'parse hostile files: time to answer and peak memory per file',
  kind: 'node',
  async run(ctx) {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-hostile-'));
    try {
      const chosen = files(ctx.tiny);
      const figures: Figure[] = [];
      for (const file of chosen) {
        const path = join(dir, file.name);
        writeFileSync(path, file.bytes);
        const reading = await parseAlone(ctx.repo, path);
        rmSync(path);
        const size = file.bytes.byteLength >= MB ? `${(file.bytes.byteLength / MB).toFixed(1)} MB` : `${Math.ceil(file.bytes.byteLength / 1024)} KB`;
        ctx.log(`${file.name} (${size}): ${Math.round(reading.ms)} ms, +${reading.peakAboveMb.toFixed(0)} MB${reading.exactPeak ? '' : ' (upper bound)'}; ${reading.answer.slice(0, 160)}`);
        figures.push(
          { name: `hostile ${file.shape}: time to answer`, value: reading.ms, unit: 'ms', baseline: null, ratio: null, target: `< ${TARGET_MS / 1000} s`, met: reading.ms < TARGET_MS },
          { name: `hostile ${file.shape}: peak memory above baseline`, value: reading.peakAboveMb, unit: 'MB', baseline: null, ratio: null, target: `< ${TARGET_MB} MB`, met: reading.peakAboveMb < TARGET_MB },
        );
      }
      return figures;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
