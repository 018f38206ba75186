import { afterEach, describe, expect, it } from 'vitest';
import { createHighlight } from '../../../src/renderer/src/db/highlights';
import { createTag, renameTag, deleteTag } from '../../../src/renderer/src/db/tags';
import { editArticleMetadata } from '../../../src/renderer/src/db/articles';
import { createNote, deleteNote } from '../../../src/renderer/src/db/notes';
import { addToCollection, createCollection, deleteCollection, removeFromCollection, renameCollection } from '../../../src/renderer/src/db/collections';
import { addCitation } from '../../../src/renderer/src/db/citations';
import { noteContentWithCitation } from '../../../src/renderer/src/editor/summary';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import * as Y from 'yjs';
import { flush, liveEditor } from './live-editor';
import type { ChildProcess } from 'node:child_process';
import { api, freePort, makeTeam, processExited, spawnServerProcess, startServer, tempDir, type Team } from '../../helpers/sync-server';
import type { RunningSyncServer } from '../../../src/sync-server/server';
import { article, eventually, importInto, projectRecord, settle, startDevice, type Device } from './engine-devices';

const TEXT =
  'Foreign ministers met in Reykjavik on Wednesday. “We have differences,” Blinken said. Lavrov called the talks constructive.';

interface Setup {
  server: RunningSyncServer;
  team: Team;
  dir: { path: string; remove: () => void };
  port: number;
}

const devices: Device[] = [];
const setups: Setup[] = [];
const children: ChildProcess[] = [];

afterEach(async () => {
  for (const device of devices.splice(0)) {
    await device.engine.stop();
    await device.db.delete();
    await device.store.delete();
  }
  for (const child of children.splice(0)) {
    child.kill('SIGKILL');
    await processExited(child);
  }
  for (const setup of setups.splice(0)) {
    await setup.server.stop();
    setup.dir.remove();
  }
});

async function setUp(): Promise<Setup> {
  const dir = tempDir('parallax-engine-');
  const port = await freePort();
  const server = await startServer(dir.path, port);
  const team = await makeTeam(server.url, dir.path, 2);
  const setup = { server, team, dir, port };
  setups.push(setup);
  return setup;
}

async function device(setup: Setup, who: 'owner' | 'coder1' | 'coder2' | 'viewer', token?: string): Promise<Device> {
  const { team, server } = setup;
  const member = who === 'owner' ? team.owner : who === 'viewer' ? team.viewer : team.coders[who === 'coder1' ? 0 : 1]!;
  const role = who === 'owner' ? 'owner' : who === 'viewer' ? 'viewer' : 'coder';
  const started = await startDevice(who, projectRecord(server.url, team.projectId, member.memberId, token ?? member.token, role, who));
  devices.push(started);
  return started;
}

const tagNames = async (d: Device) => (await d.db.tags.toArray()).map((t) => t.name).sort();

describe('the sync engine between two devices and a real server', () => {
  it('brings an article, its text, the codebook, a correction and a highlight from one member to another', async () => {
    const setup = await setUp();
    const owner = await device(setup, 'owner');
    const coder = await device(setup, 'coder1');
    const id = await importInto(owner, await article('Blinken, Lavrov meet', TEXT));
    const { tag } = await createTag(owner.db, { name: 'Diplomacy' });
    await editArticleMetadata(owner.db, id, 'outlet', 'Reuters (corrected)');
    const start = TEXT.indexOf('We have differences');
    await createHighlight(owner.db, { articleId: id, start, end: start + 'We have differences'.length, tagIds: [tag.id] });

    await eventually('the coder to hold the article', async () => (await coder.db.articles.count()) === 1);
    await eventually('the coder to hold the owner’s highlight', async () => (await coder.db.highlights.count()) === 1);
    const [received] = await coder.db.articles.toArray();
    expect(received!.title).toBe('Blinken, Lavrov meet');
    expect(received!.edits.outlet).toBe('Reuters (corrected)');
    expect((await coder.db.articleTexts.get(received!.id))!.text).toBe(TEXT);
    expect(await tagNames(coder)).toEqual(['Diplomacy']);
    const [highlight] = await coder.db.highlights.toArray();
    expect(highlight!.coderId).toBe(setup.team.owner.memberId);
    expect(highlight!.articleId).toBe(received!.id);
    expect(highlight!.selectors.quote.exact).toBe('We have differences');
    expect(highlight!.tagIds).toEqual([tag.id]);

    // And back: the coder's own highlight reaches the owner, marked as the coder's.
    const end = TEXT.indexOf(' constructive');
    await createHighlight(coder.db, { articleId: received!.id, start: TEXT.indexOf('Lavrov called'), end, tagIds: [tag.id] });
    await eventually('the owner to hold the coder’s highlight', async () => (await owner.db.highlights.count()) === 2);
    const fromCoder = (await owner.db.highlights.toArray()).find((h) => h.coderId !== undefined);
    expect(fromCoder!.coderId).toBe(setup.team.coders[0]!.memberId);
    expect(fromCoder!.articleId).toBe(id);
    await settle(owner, coder);
    expect(owner.engine.syncState.kind).toBe('synced');
    expect(owner.problems).toEqual([]);
    expect(coder.problems).toEqual([]);
  });

  it('keeps working through an outage: both edit the codebook offline and converge with nothing lost once the server is back', async () => {
    // A real outage: the server's process is killed (its sockets drop), then started again on its data.
    const dir = tempDir('parallax-engine-outage-');
    const port = await freePort();
    let child = await spawnServerProcess(dir.path, port);
    children.push(child);
    const url = `ws://127.0.0.1:${port}`;
    const team = await makeTeam(url, dir.path, 1);
    const setup = { team, server: { url } } as unknown as Setup;
    const owner = await device(setup, 'owner');
    const coder = await device(setup, 'coder1');
    const { tag: shared } = await createTag(owner.db, { name: 'Sanctions' });
    await eventually('the coder to hold the tag', async () => (await tagNames(coder)).includes('Sanctions'));
    await settle(owner, coder);

    child.kill('SIGKILL');
    await processExited(child);
    await eventually('the owner to see the outage', async () => ['offline', 'unreachable'].includes(owner.engine.syncState.kind));
    // Offline: each edits; nothing waits on the network.
    await renameTag(owner.db, shared.id, 'Economic sanctions');
    await createTag(owner.db, { name: 'Arctic' });
    await createTag(coder.db, { name: 'Human rights' });
    const { tag: doomed } = await createTag(coder.db, { name: 'Temporary' });
    await deleteTag(coder.db, doomed.id);
    expect(await tagNames(owner)).toEqual(['Arctic', 'Economic sanctions']);
    expect(owner.engine.syncState.kind === 'offline' || owner.engine.syncState.kind === 'unreachable').toBe(true);

    child = await spawnServerProcess(dir.path, port);
    children.push(child);
    const expected = ['Arctic', 'Economic sanctions', 'Human rights'];
    const same = async (d: Device) => JSON.stringify(await tagNames(d)) === JSON.stringify(expected);
    await eventually('both to converge', async () => (await same(owner)) && (await same(coder)), 40_000);
    await settle(owner, coder);
    expect(owner.engine.syncState.kind).toBe('synced');
    expect(coder.engine.syncState.kind).toBe('synced');
    dir.remove();
  }, 90_000);

  it('sends on the next start what was written while the app was closed (a crash with unsent changes)', async () => {
    const setup = await setUp();
    const owner = await device(setup, 'owner');
    await createTag(owner.db, { name: 'Before the crash' });
    await settle(owner);
    // The engine is gone (the app crashed or was closed); the corpus is written on regardless.
    await owner.engine.stop();
    devices.splice(devices.indexOf(owner), 1);
    await createTag(owner.db, { name: 'Written while closed' });
    const reopened = await startDevice('owner again', owner.project, owner);
    devices.push(reopened);
    await settle(reopened);
    const coder = await device(setup, 'coder1');
    await eventually('a new member to receive both tags', async () => (await tagNames(coder)).length === 2);
    expect(await tagNames(coder)).toEqual(['Before the crash', 'Written while closed']);
  });

  it('never sends a viewer’s local changes, and says so', async () => {
    const setup = await setUp();
    const owner = await device(setup, 'owner');
    const viewer = await device(setup, 'viewer');
    await createTag(owner.db, { name: 'Shared' });
    await eventually('the viewer to receive the tag', async () => (await tagNames(viewer)).includes('Shared'));
    await createTag(viewer.db, { name: 'Viewer’s own' });
    await settle(viewer, owner);
    const coder = await device(setup, 'coder1');
    await eventually('a coder to receive the shared tag', async () => (await tagNames(coder)).includes('Shared'));
    await settle(coder);
    expect(await tagNames(coder)).toEqual(['Shared']);
    expect(await tagNames(owner)).toEqual(['Shared']);
  });

  it('says in words when the server refuses the token', async () => {
    const setup = await setUp();
    const forged = await device(setup, 'coder1', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
    await eventually('the refusal', async () => forged.engine.syncState.kind === 'refused');
    const state = forged.engine.syncState;
    expect(state.kind === 'refused' && state.reason.length > 10).toBe(true);
  });

  it('hides other coders’ highlights during a blind round and brings them back on reveal', async () => {
    const setup = await setUp();
    const owner = await device(setup, 'owner');
    const ann = await device(setup, 'coder1');
    const ben = await device(setup, 'coder2');
    const id = await importInto(owner, await article('Talks', TEXT));
    await eventually('both coders to hold the article', async () => (await ann.db.articles.count()) === 1 && (await ben.db.articles.count()) === 1);
    const annArticle = (await ann.db.articles.toArray())[0]!.id;
    const benArticle = (await ben.db.articles.toArray())[0]!.id;
    await createHighlight(ann.db, { articleId: annArticle, start: 0, end: 16, tagIds: [] });
    await eventually('Ben to see Ann’s highlight', async () => (await ben.db.highlights.count()) === 1);

    const round = await api(setup.server.url, 'POST', `/api/projects/${setup.team.projectId}/round`, setup.team.owner.token, { action: 'start' });
    expect(round.status).toBe(200);
    await eventually('Ben to lose sight of Ann’s highlight', async () => (await ben.db.highlights.count()) === 0, 40_000);
    await createHighlight(ben.db, { articleId: benArticle, start: 17, end: 27, tagIds: [] });
    await createHighlight(ann.db, { articleId: annArticle, start: 30, end: 40, tagIds: [] });
    // The owner sees everyone's coding throughout.
    await eventually('the owner to see both coders’ highlights', async () => (await owner.db.highlights.count()) === 3, 30_000);
    await settle(ann, ben);
    expect(await ben.db.highlights.filter((h) => h.coderId !== undefined).count()).toBe(0);
    expect(await ann.db.highlights.filter((h) => h.coderId !== undefined).count()).toBe(0);

    await api(setup.server.url, 'POST', `/api/projects/${setup.team.projectId}/round`, setup.team.owner.token, { action: 'reveal' });
    await eventually('Ben to see Ann’s two highlights again', async () => (await ben.db.highlights.filter((h) => h.coderId === setup.team.coders[0]!.memberId).count()) === 2, 40_000);
    expect(id).toBeTruthy();
  }, 90_000);

  it('shares notes: a note written before sharing arrives with its citation, a re-anchored citation and a live edit on one device reach the other, and a deletion too', async () => {
    const setup = await setUp();
    const owner = await device(setup, 'owner');
    const id = await importInto(owner, await article('Talks', TEXT));
    const citation = {
      articleId: id, start: 0, end: 16, quote: TEXT.slice(0, 16), sourceLabel: 'Reuters', highlightId: null,
      selectors: { position: { type: 'TextPositionSelector' as const, start: 0, end: 16 }, quote: { type: 'TextQuoteSelector' as const, exact: TEXT.slice(0, 16), prefix: '', suffix: '' } },
    };
    const row = await addCitation(owner.db, citation);
    const note = await createNote(owner.db, { articleId: id, content: noteContentWithCitation(row.id) });
    const coder = await device(setup, 'coder1');
    await eventually('the coder to hold the article and the note', async () => (await coder.db.notes.count()) === 1 && (await coder.db.articles.count()) === 1, 30_000);
    const coderArticle = (await coder.db.articles.toArray())[0]!;
    // The citation points at the coder's own copy of the article (once both are there).
    await eventually('the note to cite the coder’s copy', async () => (await coder.db.notes.get(note.id))!.citedArticleIds.includes(coderArticle.id), 30_000);
    const received = (await coder.db.notes.get(note.id))!;
    expect(received.plainText).toContain(TEXT.slice(0, 16));
    expect(received.citedArticleIds).toEqual([coderArticle.id]);
    expect(received.articleId).toBe(coderArticle.id);
    // The link names the same citation row on both devices; the coder's row points at the coder's article.
    expect(received.content).toContain(row.id);
    const coderRow = (await coder.db.citations.get(row.id))!;
    expect(coderRow).toMatchObject({ articleId: coderArticle.id, start: 0, end: 16, quote: TEXT.slice(0, 16), sourceLabel: 'Reuters' });

    // A citation row changes on the owner's device (as re-anchoring does): the coder's row follows.
    await owner.db.citations.update(row.id, { sourceLabel: 'Reuters, 19 May' });
    await eventually('the coder’s citation to follow the owner’s', async () => (await coder.db.citations.get(row.id))?.sourceLabel === 'Reuters, 19 May', 30_000);

    // The coder types in the note (their editor is bound to the note's document): the owner's corpus follows.
    const doc = coder.engine.noteDoc(note.id)!.doc;
    // A live editor starts from the document (as CollaborationPlugin's does on sync) and writes into it.
    const fresh = new Y.Doc();
    const bound = liveEditor(fresh);
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc));
    flush(bound);
    bound.update(() => $getRoot().append($createParagraphNode().append($createTextNode('Ben adds: Arctic cooperation.'))), { discrete: true });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(fresh, Y.encodeStateVector(doc)), 'live-editor');
    await eventually('the owner to hold the coder’s paragraph', async () => ((await owner.db.notes.get(note.id))?.plainText ?? '').includes('Ben adds: Arctic cooperation.'), 30_000);

    await deleteNote(owner.db, note.id);
    await eventually('the coder to lose the deleted note', async () => (await coder.db.notes.count()) === 0, 30_000);
  }, 90_000);

  it('shares collections: made with its articles on one device, articles put in on both at once kept, a rename, a taking out and a deletion reach the other', async () => {
    const setup = await setUp();
    const owner = await device(setup, 'owner');
    const coder = await device(setup, 'coder1');
    const first = await importInto(owner, await article('Blinken, Lavrov meet', TEXT));
    const second = await importInto(owner, await article('Talks in Reykjavik', `${TEXT} A second report.`));
    const third = await importInto(owner, await article('Arctic Council ends', `${TEXT} A third report.`));
    const made = await createCollection(owner.db, 'Week one', [first]);
    if (!made.ok) throw new Error(made.error.message);
    const id = made.value.after!.id;
    const titlesIn = async (d: Device) => {
      const collection = await d.db.collections.get(id);
      if (!collection) return null;
      const articles = await d.db.articles.bulkGet(collection.articleIds);
      return { name: collection.name, titles: articles.map((a) => a?.title ?? '?') };
    };
    await eventually('the coder to hold the collection with its article', async () => JSON.stringify(await titlesIn(coder)) === JSON.stringify({ name: 'Week one', titles: ['Blinken, Lavrov meet'] }));
    await settle(owner, coder);

    // Both put an article in at once: both stay (each is its own entry in the shared collection).
    const coderIds = new Map((await coder.db.articles.toArray()).map((a) => [a.title, a.id]));
    await Promise.all([addToCollection(owner.db, id, [second]), addToCollection(coder.db, id, [coderIds.get('Arctic Council ends')!])]);
    const both = async (d: Device) => ((await titlesIn(d))?.titles ?? []).slice().sort().join(' | ');
    const expected = 'Arctic Council ends | Blinken, Lavrov meet | Talks in Reykjavik';
    await eventually('both to hold all three', async () => (await both(owner)) === expected && (await both(coder)) === expected);

    await renameCollection(coder.db, id, 'Opening week');
    await removeFromCollection(coder.db, id, [coderIds.get('Blinken, Lavrov meet')!]);
    await eventually('the owner to see the rename and the article taken out', async () => (await titlesIn(owner))?.name === 'Opening week' && (await both(owner)) === 'Arctic Council ends | Talks in Reykjavik');
    expect(await owner.db.articles.count()).toBe(3);
    expect(third).toBeTruthy();

    await deleteCollection(owner.db, id);
    await eventually('the coder to lose the collection', async () => (await coder.db.collections.count()) === 0);
    await settle(owner, coder);
    expect(await coder.db.articles.count()).toBe(3);
    expect(owner.problems).toEqual([]);
    expect(coder.problems).toEqual([]);
  }, 60_000);
});
