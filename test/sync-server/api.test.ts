import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { NOTE, TEXT } from '@shared/sync/layout';
import { formatDocName } from '@shared/sync/names';
import type { RunningSyncServer } from '../../src/sync-server/server';
import { api, connect, makeTeam, RawClient, startServer, tempDir, waitFor, type Client, type Team } from '../helpers/sync-server';

let dir: ReturnType<typeof tempDir>;
let server: RunningSyncServer;
let team: Team;
const clients: Client[] = [];
const raws: RawClient[] = [];

beforeEach(async () => {
  dir = tempDir('parallax-sync-api-');
  server = await startServer(dir.path);
  team = await makeTeam(server.url, dir.path);
});

afterEach(async () => {
  for (const made of clients.splice(0)) made.destroy();
  for (const made of raws.splice(0)) made.close();
  await server.stop();
  dir.remove();
});

describe('the admin API', () => {
  it('creates a project only with the server’s admin key', async () => {
    const refused = await api(server.url, 'POST', '/api/projects', team.owner.token, { name: 'x', ownerName: 'y' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe('Creating a project needs the server’s admin key (DATA_DIR/admin-key).');
  });

  it('lets only the owner invite, and refuses a withdrawn invitation in words', async () => {
    const byCoder = await api(server.url, 'POST', `/api/projects/${team.projectId}/invitations`, team.coders[0]!.token, { role: 'coder' });
    expect(byCoder.status).toBe(403);
    expect(byCoder.body.error.message).toBe('Only the project’s owner can do this.');
    const invitation = await api(server.url, 'POST', `/api/projects/${team.projectId}/invitations`, team.owner.token, { role: 'viewer' });
    const withdrawn = await api(server.url, 'DELETE', `/api/projects/${team.projectId}/invitations/${invitation.body.invitationId}`, team.owner.token);
    expect(withdrawn.status).toBe(200);
    const join = await api(server.url, 'POST', `/api/projects/${team.projectId}/join`, null, { invitation: invitation.body.token, name: 'Late' });
    expect(join.status).toBe(403);
    expect(join.body.error.message).toBe('The owner has withdrawn this invitation.');
  });

  it('gives a joining member the invitation’s role, and lists members to any member', async () => {
    const info = await api(server.url, 'GET', `/api/projects/${team.projectId}`, team.viewer.token);
    expect(info.status).toBe(200);
    expect(info.body.you).toEqual({ memberId: team.viewer.memberId, role: 'viewer' });
    expect(info.body.members.map((member: { role: string }) => member.role).sort()).toEqual(['coder', 'coder', 'owner', 'viewer']);
  });

  it('lets a member leave the project, but not remove someone else, and not the owner leave', async () => {
    const [ann, ben] = team.coders as [Team['coders'][0], Team['coders'][0]];
    const other = await api(server.url, 'DELETE', `/api/projects/${team.projectId}/members/${ben.memberId}`, ann.token);
    expect(other.body.error.message).toBe('Only the project’s owner can do this.');
    const leave = await api(server.url, 'DELETE', `/api/projects/${team.projectId}/members/${ann.memberId}`, ann.token);
    expect(leave.status).toBe(200);
    expect((await api(server.url, 'GET', `/api/projects/${team.projectId}`, ann.token)).status).toBe(403);
    const ownerLeaves = await api(server.url, 'DELETE', `/api/projects/${team.projectId}/members/${team.owner.memberId}`, team.owner.token);
    expect(ownerLeaves.body.error.message).toBe('The owner cannot leave their own project.');
  });

  it('answers the app’s cross-origin calls: a preflight, and every answer readable from another origin', async () => {
    const base = server.url.replace('ws', 'http');
    const preflight = await fetch(`${base}/api/projects/${team.projectId}/invitations`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:5178', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Authorization, Content-Type');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('DELETE');
    const refused = await fetch(`${base}/api/projects/${team.projectId}`, { headers: { Origin: 'http://127.0.0.1:5178' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('explains a bad role, a bad body and an unknown project', async () => {
    const badRole = await api(server.url, 'POST', `/api/projects/${team.projectId}/invitations`, team.owner.token, { role: 'admin' });
    expect(badRole.body.error.message).toBe('The role must be owner, coder or viewer.');
    const response = await fetch(`${server.url.replace('ws', 'http')}/api/projects/${team.projectId}/join`, { method: 'POST', body: '{not json' });
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe('The request body is not a JSON object.');
    const unknown = await api(server.url, 'GET', '/api/projects/00000000-0000-0000-0000-000000000000', team.owner.token);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('There is no such project on this server.');
  });
});

describe('article texts and notes', () => {
  const text = 'The ministers met in Reykjavik.';
  const fingerprint = createHash('sha256').update(text).digest('hex');

  it('stores an article text once under its fingerprint, refuses a text that does not match it, and refuses changing it', async () => {
    const name = formatDocName({ kind: 'text', projectId: team.projectId, fingerprint });
    const liar = await RawClient.open(server.url, name, team.coders[0]!.token);
    raws.push(liar);
    const wrong = new Y.Doc();
    wrong.getMap(TEXT.body).set('text', 'Other words.');
    liar.sendSync(2, Y.encodeStateAsUpdate(wrong));
    await waitFor(() => liar.refused, 'the mismatching text to be refused');

    const sharer = connect(server.url, name, team.coders[0]!.token);
    clients.push(sharer);
    await sharer.synced();
    sharer.doc.getMap(TEXT.body).set('text', text);
    await sharer.synced();
    const reader = connect(server.url, name, team.viewer.token);
    clients.push(reader);
    await waitFor(() => reader.doc.getMap(TEXT.body).get('text') === text, 'the viewer to fetch the text');

    const rewriter = await RawClient.open(server.url, name, team.coders[1]!.token);
    raws.push(rewriter);
    const changed = new Y.Doc();
    Y.applyUpdate(changed, Y.encodeStateAsUpdate(sharer.doc));
    const before = Y.encodeStateVector(changed);
    changed.getMap(TEXT.body).set('text', 'Rewritten.');
    rewriter.sendSync(2, Y.encodeStateAsUpdate(changed, before));
    await waitFor(() => rewriter.refused, 'the rewrite to be refused');
    expect(reader.doc.getMap(TEXT.body).get('text')).toBe(text);
  });

  it('accepts a member re-sending a note another member wrote (what members do after the server lost its last edits)', async () => {
    const name = formatDocName({ kind: 'note', projectId: team.projectId, noteId: 'n2' });
    const relay = await RawClient.open(server.url, name, team.coders[1]!.token);
    raws.push(relay);
    const doc = new Y.Doc();
    doc.getMap(NOTE.meta).set('createdBy', team.coders[0]!.memberId);
    relay.sendSync(2, Y.encodeStateAsUpdate(doc));
    const reader = connect(server.url, name, team.viewer.token);
    clients.push(reader);
    await waitFor(() => reader.doc.getMap(NOTE.meta).get('createdBy') === team.coders[0]!.memberId, 'the relayed note to arrive');
    expect(relay.refused).toBe(false);
  });

  it('refuses rewriting who wrote a note, in words', async () => {
    const name = formatDocName({ kind: 'note', projectId: team.projectId, noteId: 'n1' });
    const author = connect(server.url, name, team.coders[0]!.token);
    clients.push(author);
    await author.synced();
    author.doc.getMap(NOTE.meta).set('createdBy', team.coders[0]!.memberId);
    await author.synced();
    const forger = await RawClient.open(server.url, name, team.coders[1]!.token);
    raws.push(forger);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(author.doc));
    const before = Y.encodeStateVector(doc);
    doc.getMap(NOTE.meta).set('createdBy', team.coders[1]!.memberId);
    forger.sendSync(2, Y.encodeStateAsUpdate(doc, before));
    await waitFor(() => forger.refused, 'the rewrite to be refused');
    const message = forger.received.find((received) => received.type === 7);
    expect(new TextDecoder().decode(message?.bytes)).toContain('Who wrote a note cannot be changed.');
  });
});
