import { afterAll, describe, expect, it } from 'vitest';
import { TS_WORKER_BOOTSTRAP } from '../../src/cli/parser';
import { createParserThread } from '../../src/main/ingest/parser-thread';
import { hostileCorpus, tinyFiles } from '../helpers/hostile-corpus';
import { articlesOf } from '@shared/ingest/types';

// Main's parser: the worker script Electron's utilityProcess and the CLI run, supervised the same way.
describe("main's parser on the hostile corpus", () => {
  const parser = createParserThread(TS_WORKER_BOOTSTRAP, { eval: true });
  afterAll(() => parser.dispose());

  it('answers every hostile file without an internal error and without a restart being needed', async () => {
    const corpus = hostileCorpus({ textMb: 60 });
    const outcomes = await Promise.all(corpus.map((file) => parser.parse(file.name, file.bytes, {})));
    outcomes.forEach((outcome, i) => {
      if (!outcome.ok) expect(outcome.error.code, corpus[i]!.shape).not.toMatch(/internal|over-budget/);
    });
    expect(outcomes.filter((o) => o.ok).length).toBeGreaterThan(0);
  }, 300_000);

  it('imports 5,000 tiny files dropped at once, each its own article', async () => {
    const tiny = tinyFiles(5_000);
    const outcomes = await Promise.all(tiny.map((file) => parser.parse(file.name, file.bytes, {})));
    expect(outcomes.filter((o) => o.ok).length).toBe(5_000);
    expect(articlesOf(outcomes[4_999]!)[0]?.text).toContain('number 4999');
  }, 300_000);
});
