/**
 * One hostile file parsed in a process of its own, for benchmarks/parse-hostile.ts: a process per
 * file, so that each peak is that file's alone. Prints one JSON line (`HostileReading`).
 *
 * Every parser is loaded and warmed on small real files first, so that the libraries are part of
 * the baseline, not of the file's cost. The peak is the process's resident high-water mark
 * (VmHWM), restarted just before the parse (Linux: `5` to /proc/self/clear_refs); elsewhere the
 * whole run's peak (resourceUsage().maxRSS), an upper bound.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { strToU8 } from 'fflate';
import { articlesOf, parseFile } from '@shared/ingest';
import { goodDocx } from '../../../test/helpers/hostile-corpus';
import type { HostileReading } from './reading';

const MB = 1024 * 1024;

function residentHighWater(): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

function restartHighWater(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

const path = process.argv[2];
if (!path) throw new Error('usage: parse-one.ts FILE');
const paragraph = 'Ministers met in Reykjavik on Wednesday for two hours of talks about fishing quotas, and agreed to meet again.';
for (const warm of [
  { name: 'warm.docx', bytes: goodDocx(paragraph) },
  { name: 'warm.html', bytes: strToU8(`<!doctype html><html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`) },
  { name: 'warm.md', bytes: strToU8(`# Talks\n\n> ${paragraph}\n\n- ${paragraph}\n`) },
  { name: 'warm.txt', bytes: strToU8(`Talks\n\n${paragraph}\n`) },
]) {
  await parseFile(warm);
}
const bytes = new Uint8Array(readFileSync(path));
const before = process.memoryUsage().rss;
const exact = restartHighWater();
const started = performance.now();
const outcome = await parseFile({ name: basename(path), bytes });
const ms = performance.now() - started;
const peak = (exact ? residentHighWater() : null) ?? process.resourceUsage().maxRSS * 1024;
const reading: HostileReading = {
  ms,
  peakAboveMb: Math.max(0, (peak - before) / MB),
  exactPeak: exact,
  answer: outcome.ok ? `imported (${articlesOf(outcome).length} article${articlesOf(outcome).length === 1 ? '' : 's'})` : `${outcome.error.code}: ${outcome.error.message}`,
};
process.stdout.write(`${JSON.stringify(reading)}\n`);
