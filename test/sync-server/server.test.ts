import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTag, readTags } from '@shared/sync/codebook-tree';
import { CODER, PROJECT, type HighlightEntry } from '@shared/sync/layout';
import { formatDocName } from '@shared/sync/names';
import type { RunningSyncServer } from '../../src/sync-server/server';
import { signToken } from '../../src/sync-server/tokens';
import { api, connect, makeTeam, openSession, RawClient, startServer, tempDir, waitFor, type Client, type Session, type Team } from '../helpers/sync-server';

const NOW = 1_764_000_000_000;
const FP = 'a'.repeat(64);

const highlight = (id: string): HighlightEntry => ({
  id, article: FP, start: 4, end: 12, exact: 'minister', prefix: 'The ', suffix: ' met', tagIds: ['t1'], createdAt: NOW, updatedAt: NOW,
});

const tag = (name: string) => ({ name, color: '#3f86ee', description: '', parentId: null, order: 0 });

let dir: ReturnType<typeof tempDir>;
let server: RunningSyncServer;
let team: Team;
const clients: Client[] = [];
const raws: RawClient[] = [];
const sessions: Session[] = [];

function client(name: string, token: string, doc?: Y.Doc): Client {
  const made = connect(server.url, name, token, doc);
  clients.push(made);
  return made;
}

async function raw(name: string, token: string): Promise<RawClient> {
  const made = await RawClient.open(server.url, name, token);
  raws.push(made);
  return made;
}

beforeEach(async () => {
  dir = tempDir('parallax-sync-');
  server = await startServer(dir.path);
  team = await makeTeam(server.url, dir.path);
});

afterEach(async () => {
  for (const made of clients.splice(0)) made.destroy();
  for (const made of raws.splice(0)) made.close();
  for (const made of sessions.splice(0)) made.destroy();
  await server.stop();
  dir.remove();
});

const projectDoc = () => formatDocName({ kind: 'project', projectId: team.projectId });
const coderDoc = (memberId: string) => formatDocName({ kind: 'coder', projectId: team.projectId, memberId });

describe('the sync server', () => {
  it('listens on the loopback address by default, not on every interface', () => {
    expect(server.server.httpServer.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('lets two members see each other’s codebook edits', async () => {
    const [ann, ben] = team.coders as [Team['coders'][0], Team['coders'][0]];
    const a = client(projectDoc(), ann.token);
    const b = client(projectDoc(), ben.token);
    await Promise.all([a.synced(), b.synced()]);
    addTag(a.doc, 't1', tag('Actor'), ann.memberId, NOW);
    await waitFor(() => readTags(b.doc).get('t1')?.name === 'Actor', 'B to see A’s tag');
    addTag(b.doc, 't2', tag('Place'), ben.memberId, NOW);
    await waitFor(() => readTags(a.doc).has('t2'), 'A to see B’s tag');
  });

  it('keeps the stored project across a restart (SQLite file)', async () => {
    const a = client(projectDoc(), team.owner.token);
    await a.synced();
    addTag(a.doc, 't1', tag('Actor'), team.owner.memberId, NOW);
    await a.synced();
    a.destroy();
    await server.stop();
    server = await startServer(dir.path);
    const fresh = client(projectDoc(), team.coders[0]!.token);
    await waitFor(() => readTags(fresh.doc).get('t1')?.name === 'Actor', 'the restarted server to serve the stored tag');
  });

  it('refuses a wrong token, a token signed with another secret, and an expired one, in words', async () => {
    const wrong = client(projectDoc(), 'not-a-token');
    const forged = client(projectDoc(), await signToken(new TextEncoder().encode('another server’s secret'), { typ: 'member', pid: team.projectId, sub: team.owner.memberId, tv: 1 }, 1));
    await waitFor(() => wrong.refusals.length > 0 && forged.refusals.length > 0, 'the refusals');
    expect(wrong.refusals[0]).toBe('The token is not valid for this server.');
    expect(forged.refusals[0]).toBe('The token is not valid for this server.');
    const { readFileSync } = await import('node:fs');
    const secret = new TextEncoder().encode(readFileSync(`${dir.path}/token-secret`, 'utf8').trim());
    const expired = await signToken(secret, { typ: 'member', pid: team.projectId, sub: team.owner.memberId, tv: 1 }, -1);
    const late = client(projectDoc(), expired);
    await waitFor(() => late.refusals.length > 0, 'the expired token’s refusal');
    expect(late.refusals[0]).toBe('The token has expired.');
  });

  it('closes a removed member’s connection and refuses their token afterwards', async () => {
    const ben = team.coders[1]!;
    const b = client(projectDoc(), ben.token);
    await b.synced();
    const removed = await api(server.url, 'DELETE', `/api/projects/${team.projectId}/members/${ben.memberId}`, team.owner.token);
    expect(removed.status).toBe(200);
    await waitFor(() => b.closes.includes('You were removed from the project.'), 'the removed member’s connection to be closed, in words');
    const retry = client(projectDoc(), ben.token);
    await waitFor(() => retry.refusals.length > 0, 'the removed member’s token to be refused');
    expect(retry.refusals[0]).toBe('This token no longer gives access to the project.');
    const again = await api(server.url, 'GET', `/api/projects/${team.projectId}`, ben.token);
    expect(again.status).toBe(403);
    expect(again.body.error.message).toBe('This token no longer gives access to the project.');
  });

  it('gives a viewer a read-only connection: their edits reach neither other members nor the store', async () => {
    const v = client(projectDoc(), team.viewer.token);
    const a = client(projectDoc(), team.owner.token);
    await Promise.all([v.synced(), a.synced()]);
    addTag(v.doc, 'tv', tag('Viewer’s tag'), team.viewer.memberId, NOW);
    addTag(a.doc, 't1', tag('Owner’s tag'), team.owner.memberId, NOW);
    await waitFor(() => readTags(v.doc).has('t1'), 'the viewer to still receive edits');
    await waitFor(() => v.provider.hasUnsyncedChanges, 'the viewer’s change to stay unsent');
    expect(readTags(a.doc).has('tv')).toBe(false);
    await server.stop();
    server = await startServer(dir.path);
    const fresh = client(projectDoc(), team.owner.token);
    await waitFor(() => readTags(fresh.doc).has('t1'), 'the stored project');
    expect(readTags(fresh.doc).has('tv')).toBe(false);
  });

  it('withholds other coders’ highlights during a blind round, and sends them after the owner reveals', async () => {
    const [ann, ben] = team.coders as [Team['coders'][0], Team['coders'][0]];
    const annOwn = client(coderDoc(ann.memberId), ann.token);
    await annOwn.synced();
    annOwn.doc.getMap(CODER.highlights).set('h1', highlight('h1'));
    await annOwn.synced();
    const benWatching = client(coderDoc(ann.memberId), ben.token);
    await waitFor(() => benWatching.doc.getMap(CODER.highlights).has('h1'), 'ben to see ann’s highlights before the round');

    const started = await api(server.url, 'POST', `/api/projects/${team.projectId}/round`, team.owner.token, { action: 'start' });
    expect(started.body.round.blind).toBe(true);
    await waitFor(() => benWatching.closes.includes('Your access to this document changed.'), 'ben’s connection to ann’s highlights to be closed');
    annOwn.doc.getMap(CODER.highlights).set('h2', highlight('h2'));
    await annOwn.synced();

    const benLate = client(coderDoc(ann.memberId), ben.token);
    await waitFor(() => benLate.refusals.length > 0, 'ben to be refused');
    expect(benLate.refusals[0]).toBe('A blind coding round is on: other coders’ highlights are hidden until the owner reveals them.');
    expect(benLate.doc.getMap(CODER.highlights).has('h2')).toBe(false);
    expect(benWatching.doc.getMap(CODER.highlights).has('h2')).toBe(false);
    const viewer = client(coderDoc(ann.memberId), team.viewer.token);
    const owner = client(coderDoc(ann.memberId), team.owner.token);
    await waitFor(() => viewer.refusals.length > 0 && owner.doc.getMap(CODER.highlights).has('h2'), 'the viewer refused, the owner served');

    await api(server.url, 'POST', `/api/projects/${team.projectId}/round`, team.owner.token, { action: 'reveal' });
    const benAfter = client(coderDoc(ann.memberId), ben.token);
    await waitFor(() => benAfter.doc.getMap(CODER.highlights).has('h2'), 'ben to see ann’s highlights after the reveal');
  });

  it('refuses a connection more open documents than its cap, in words', async () => {
    await server.stop();
    server = await startServer(dir.path, 0, {}, { maxDocumentsPerSocket: 2 });
    const notes = ['n1', 'n2', 'n3'].map((noteId) => formatDocName({ kind: 'note', projectId: team.projectId, noteId }));
    const session = openSession(server.url, notes, team.coders[0]!.token);
    sessions.push(session);
    await waitFor(() => session.refusals.size === 1, 'one of the three documents to be refused');
    expect([...session.refusals.values()]).toEqual(['One connection may hold at most 2 documents open at once.']);
  });

  it('makes another coder’s highlights read-only: a coder cannot write in them', async () => {
    const [ann, ben] = team.coders as [Team['coders'][0], Team['coders'][0]];
    const intruder = await raw(coderDoc(ann.memberId), ben.token);
    const doc = new Y.Doc();
    doc.getMap(CODER.highlights).set('h9', highlight('h9'));
    intruder.sendSync(2, Y.encodeStateAsUpdate(doc));
    const annOwn = client(coderDoc(ann.memberId), ann.token);
    await annOwn.synced();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(annOwn.doc.getMap(CODER.highlights).has('h9')).toBe(false);
  });
});

describe('the update gate', () => {
  async function storedTags(): Promise<Map<string, unknown>> {
    await server.stop();
    server = await startServer(dir.path);
    const fresh = client(projectDoc(), team.owner.token);
    await fresh.synced();
    return readTags(fresh.doc);
  }

  async function seedOneTag(): Promise<void> {
    const a = client(projectDoc(), team.owner.token);
    await a.synced();
    addTag(a.doc, 't1', tag('Actor'), team.owner.memberId, NOW);
    await a.synced();
  }

  it.each([
    ['bytes that are not a Yjs update', () => new Uint8Array([0xff, 0xff, 0xff, 0x01, 0x02, 0x03])],
    ['an update over the size limit', () => {
      const doc = new Y.Doc();
      addTag(doc, 'big', { ...tag('x'), description: 'x'.repeat(19_000) }, 'm', NOW);
      doc.getMap(PROJECT.corpus).set('description', 'y'.repeat(9 * 1024 * 1024));
      return Y.encodeStateAsUpdate(doc);
    }],
    ['a tag whose colour is CSS, not #rrggbb', () => {
      const doc = new Y.Doc();
      addTag(doc, 'evil', { ...tag('Evil'), color: 'red;background:url(//x)' }, 'm', NOW);
      return Y.encodeStateAsUpdate(doc);
    }],
    ['a part of the document the layout does not have', () => {
      const doc = new Y.Doc();
      doc.getMap('payload').set('x', 'y');
      return Y.encodeStateAsUpdate(doc);
    }],
  ])('refuses %s and leaves the stored project as it was', async (_, makeUpdate) => {
    await seedOneTag();
    const hostile = await raw(projectDoc(), team.coders[0]!.token);
    hostile.sendSync(2, makeUpdate());
    await waitFor(() => hostile.refused, 'the server to refuse the update');
    const watcher = client(projectDoc(), team.coders[1]!.token);
    await watcher.synced();
    expect([...readTags(watcher.doc).keys()]).toEqual(['t1']);
    const stored = await storedTags();
    expect([...stored.keys()]).toEqual(['t1']);
  });

  it('goes on accepting valid edits to a document after refusing a bad one', async () => {
    await seedOneTag();
    const hostile = await raw(projectDoc(), team.coders[0]!.token);
    const bad = new Y.Doc();
    addTag(bad, 'evil', { ...tag('Evil'), color: 'javascript:alert(1)' }, 'm', NOW);
    hostile.sendSync(2, Y.encodeStateAsUpdate(bad));
    await waitFor(() => hostile.refused, 'the refusal');
    const writer = client(projectDoc(), team.coders[1]!.token);
    await writer.synced();
    addTag(writer.doc, 't2', tag('Place'), team.coders[1]!.memberId, NOW);
    await writer.synced();
    expect([...(await storedTags()).keys()].sort()).toEqual(['t1', 't2']);
  });

  it('refuses a coder removing a tag instead of tombstoning it', async () => {
    await seedOneTag();
    const coder = client(projectDoc(), team.coders[0]!.token);
    await coder.synced();
    const before = Y.encodeStateVector(coder.doc);
    const local = new Y.Doc();
    Y.applyUpdate(local, Y.encodeStateAsUpdate(coder.doc));
    local.getMap(PROJECT.tags).delete('t1');
    const hostile = await raw(projectDoc(), team.coders[0]!.token);
    hostile.sendSync(2, Y.encodeStateAsUpdate(local, before));
    await waitFor(() => hostile.refused, 'the refusal');
    expect([...(await storedTags()).keys()]).toEqual(['t1']);
  });

  it('refuses a coder renaming the project (only the owner may)', async () => {
    const hostile = await raw(projectDoc(), team.coders[0]!.token);
    const doc = new Y.Doc();
    doc.getMap(PROJECT.corpus).set('name', 'Taken over');
    hostile.sendSync(2, Y.encodeStateAsUpdate(doc));
    await waitFor(() => hostile.refused, 'the refusal');
  });
});
