/**
 * The app's own sync path (issue 11), end to end in Node: two devices, each a corpus in
 * fake-indexeddb with the real sync engine (src/renderer/src/sync/engine.ts), against
 * `npm run sync-server` as its own process on a free loopback port.
 * - **share**: the owner's corpus of 1,000 articles and 10,000 highlights (20 tags) written into
 *   the project and sent: time until the server holds it all.
 * - **first sync to an empty device**: a coder's empty corpus joins: time until it holds every
 *   article (with its text) and every highlight, and the bytes it received against the texts'
 *   own size (every text once, the rest small).
 * - **round trip**: one highlight made in the owner's corpus until it is in the coder's corpus
 *   (funnel -> engine -> server -> engine -> funnel), median and p95 of 20 (5 when tiny).
 */
import 'fake-indexeddb/auto';
import { addParsedArticles } from '../../../src/renderer/src/db/articles';
import { createHighlight } from '../../../src/renderer/src/db/highlights';
import { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { SyncStore } from '../../../src/renderer/src/db/sync-store';
import { createTag } from '../../../src/renderer/src/db/tags';
import { SyncEngine } from '../../../src/renderer/src/sync/engine';
import { fingerprintText } from '@shared/ingest/fingerprint';
import type { ParsedArticle } from '@shared/ingest/types';
import { articleToEntry, highlightToEntry } from '@shared/sync/mapping';
import type { SyncProjectRecord } from '@shared/sync/project';
import { freePort, makeTeam, processExited, spawnServerProcess, tempDir, TestWebSocket, waitFor } from '../../../test/helpers/sync-server';
import { median, percentile } from '../measure';
import type { Benchmark } from '../types';

const MB = 1024 * 1024;
/** One highlight from one person's corpus to another's should feel live while two people code side by side. */
const ROUND_TRIP_MEDIAN_TARGET_MS = 250;
/**
 * What an empty device must receive is the shared entries themselves (texts, manifest,
 * highlights as JSON): Yjs's encoding and the protocol's messages (each repeating its document's
 * name) come on top, but everything should come once.
 */
const FIRST_SYNC_OVERHEAD = 1.5;
/** Articles written into a corpus per batch while the owner's corpus is made. */
const IMPORT_BATCH = 100;

const sentence = (i: number) => `Reported passage number ${i} says the ministers met for two hours and agreed to keep talking about the Arctic.`;
const articleText = (i: number) => Array.from({ length: 30 }, (_, k) => sentence(i * 31 + k)).join(' ');

async function parsed(i: number): Promise<ParsedArticle> {
  const text = articleText(i);
  return {
    title: `Blinken and Lavrov meet in Reykjavik: report ${i}`, outlet: `Outlet ${i % 40}`, authors: [`Reporter ${i % 97}`], published: '2021-05-19',
    dateline: 'REYKJAVIK, May 19', agencies: [], url: `https://news.example/${i}`, format: 'html', text, fingerprint: await fingerprintText(text),
    warnings: [], provenance: {}, boilerplate: [], lang: 'en',
  };
}

function record(serverUrl: string, projectId: string, memberId: string, token: string, role: 'owner' | 'coder'): SyncProjectRecord {
  return { serverUrl, projectId, projectName: 'bench', memberId, memberName: role, role, token, members: [], round: { blind: false, startedAt: null, revealedAt: null }, joinedAt: Date.now() };
}

export const syncEngine: Benchmark = {
  name: 'sync engine: share 1,000 articles and 10,000 highlights; first sync to an empty device; one highlight between two corpora',
  kind: 'node',
  async run(ctx) {
    const articles = ctx.tiny ? 20 : 1_000;
    const highlightsPerArticle = 10;
    const trips = ctx.tiny ? 5 : 20;
    const dir = tempDir('parallax-bench-engine-');
    const port = await freePort();
    const server = await spawnServerProcess(dir.path, port);
    const url = `ws://127.0.0.1:${port}`;
    const engines: SyncEngine[] = [];
    try {
      const team = await makeTeam(url, dir.path, 1);
      const owner = new ParallaxDB(`bench-owner-${Date.now()}`);
      ctx.log(`making the owner's corpus: ${articles} articles, ${articles * highlightsPerArticle} highlights`);
      const tags: string[] = [];
      for (let t = 0; t < 20; t++) tags.push((await createTag(owner, { name: `Tag ${t}` })).tag.id);
      const ids: string[] = [];
      let textBytes = 0;
      for (let start = 0; start < articles; start += IMPORT_BATCH) {
        const batch = await Promise.all(Array.from({ length: Math.min(IMPORT_BATCH, articles - start) }, (_, k) => parsed(start + k)));
        textBytes += batch.reduce((sum, p) => sum + Buffer.byteLength(p.text), 0);
        const results = await addParsedArticles(owner, batch.map((p) => ({ parsed: p, sourceName: `${p.title}.html` })));
        for (const result of results) if (result.status !== 'duplicate') ids.push(result.article.id);
      }
      for (const [i, articleId] of ids.entries()) {
        await Promise.all(
          Array.from({ length: highlightsPerArticle }, (_, k) => createHighlight(owner, { articleId, start: k * 300, end: k * 300 + 100, tagIds: [tags[(i + k) % tags.length]!] })),
        );
      }

      const shareStart = performance.now();
      const ownerEngine = new SyncEngine({ db: owner, store: new SyncStore(`bench-owner-sync-${Date.now()}`), project: record(url, team.projectId, team.owner.memberId, team.owner.token, 'owner'), WebSocketPolyfill: TestWebSocket });
      engines.push(ownerEngine);
      await ownerEngine.start();
      await ownerEngine.whenSettled();
      const shareMs = performance.now() - shareStart;
      ctx.log(`shared in ${Math.round(shareMs)} ms`);

      let received = 0;
      class CountingWebSocket extends TestWebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols);
          this.on('message', (data: ArrayBuffer | Buffer) => (received += data.byteLength));
        }
      }
      const coder = new ParallaxDB(`bench-coder-${Date.now()}`);
      const coderMember = team.coders[0]!;
      const firstStart = performance.now();
      const coderEngine = new SyncEngine({ db: coder, store: new SyncStore(`bench-coder-sync-${Date.now()}`), project: record(url, team.projectId, coderMember.memberId, coderMember.token, 'coder'), WebSocketPolyfill: CountingWebSocket });
      engines.push(coderEngine);
      await coderEngine.start();
      const total = articles * highlightsPerArticle;
      await waitFor(async () => (await coder.articles.count()) === articles && (await coder.highlights.count()) === total, 'the coder’s corpus to hold everything', 600_000);
      const firstMs = performance.now() - firstStart;
      ctx.log(`first sync in ${Math.round(firstMs)} ms, ${(received / MB).toFixed(2)} MB`);

      const samples: number[] = [];
      const coderArticle = (await coder.articles.toArray())[0]!;
      const ownerArticle = (await owner.articles.where('fingerprint').equals(coderArticle.fingerprint).first())!;
      for (let i = 0; i < trips + 2; i++) {
        const before = await coder.highlights.count();
        const sent = performance.now();
        await createHighlight(owner, { articleId: ownerArticle.id, start: 2_000 + i, end: 2_050 + i, tagIds: [] });
        await waitFor(async () => (await coder.highlights.count()) > before, 'the highlight to arrive', 30_000);
        if (i >= 2) samples.push(performance.now() - sent); // the first two warm the path
      }
      const rtMedian = median(samples);
      const rtP95 = percentile(samples, 95);
      // The baseline: the shared entries as JSON, and the texts (what must come, once).
      const fingerprints = new Map((await owner.articles.toArray()).map((a) => [a.id, a.fingerprint]));
      const entries = (await owner.highlights.toArray()).map((h) => highlightToEntry(h, fingerprints.get(h.articleId)!));
      const manifest = (await owner.articles.toArray()).map((a) => articleToEntry(a, team.owner.memberId, 0));
      const sharedBytes = textBytes + Buffer.byteLength(JSON.stringify(entries)) + Buffer.byteLength(JSON.stringify(manifest));
      const label = `sync engine, ${articles} articles + ${total} highlights`;
      return [
        { name: `${label}: share (owner’s corpus to the server), time`, value: shareMs, unit: 'ms', baseline: null, ratio: null, target: 'reported (no target in the issue)', met: true },
        { name: `${label}: first sync to an empty device, time`, value: firstMs, unit: 'ms', baseline: null, ratio: null, target: 'reported (no target in the issue)', met: true },
        { name: `${label}: first sync, bytes received`, value: received / MB, unit: 'MB', baseline: sharedBytes / MB, ratio: received / sharedBytes, target: `everything once: < ${FIRST_SYNC_OVERHEAD}x the shared entries and texts (baseline)`, met: received < FIRST_SYNC_OVERHEAD * sharedBytes },
        { name: 'sync engine: one highlight corpus A -> server -> corpus B, median', value: rtMedian, unit: 'ms', baseline: null, ratio: null, target: `< ${ROUND_TRIP_MEDIAN_TARGET_MS} ms`, met: rtMedian < ROUND_TRIP_MEDIAN_TARGET_MS },
        { name: 'sync engine: one highlight corpus A -> server -> corpus B, p95', value: rtP95, unit: 'ms', baseline: null, ratio: null, target: 'reported (no target in the issue)', met: true },
      ];
    } finally {
      for (const engine of engines) await engine.stop();
      server.kill('SIGTERM');
      await processExited(server);
      dir.remove();
    }
  },
};
