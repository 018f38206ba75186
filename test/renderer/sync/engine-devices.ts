/**
 * Devices for the sync engine's tests: each one a corpus (fake-indexeddb), its own sync store,
 * and an engine connected to a real sync server on 127.0.0.1 over `ws`.
 */
import { addParsedArticle } from '../../../src/renderer/src/db/articles';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { SyncStore } from '../../../src/renderer/src/db/sync-store';
import { SyncEngine } from '../../../src/renderer/src/sync/engine';
import type { SyncState } from '../../../src/renderer/src/sync/sync-status';
import { fingerprintText } from '@shared/ingest/fingerprint';
import type { ParsedArticle } from '@shared/ingest/types';
import type { SyncProjectRecord, SyncRole } from '@shared/sync/project';
import { TestWebSocket, waitFor } from '../../helpers/sync-server';
import { freshDb } from '../db/test-db';

export interface Device {
  name: string;
  db: ParallaxDB;
  store: SyncStore;
  engine: SyncEngine;
  states: SyncState[];
  problems: string[];
  project: SyncProjectRecord;
}

let stores = 0;

export function projectRecord(serverUrl: string, projectId: string, memberId: string, token: string, role: SyncRole, name: string): SyncProjectRecord {
  return {
    serverUrl, projectId, projectName: 'Reykjavik study', memberId, memberName: name, role, token,
    members: [], round: { blind: false, startedAt: null, revealedAt: null }, joinedAt: Date.now(),
  };
}

export async function startDevice(name: string, project: SyncProjectRecord, existing?: Pick<Device, 'db' | 'store'>): Promise<Device> {
  const db = existing?.db ?? freshDb();
  const store = existing?.store ?? new SyncStore(`parallax-sync-test-${++stores}-${Math.random().toString(36).slice(2)}`);
  const states: SyncState[] = [];
  const problems: string[] = [];
  const device: Device = { name, db, store, states, problems, project, engine: null as unknown as SyncEngine };
  device.engine = new SyncEngine({
    db, store, project, WebSocketPolyfill: TestWebSocket,
    onState: (state) => states.push(state),
    onProblem: (message) => problems.push(message),
    onProjectInfo: (info) => (device.project = { ...device.project, members: info.members, round: info.round }),
  });
  await device.engine.start();
  return device;
}

export async function article(title: string, text: string, outlet = 'Reuters'): Promise<ParsedArticle> {
  return {
    title, outlet, authors: [], published: '2021-05-19', dateline: null, agencies: [], url: null,
    format: 'txt', text, fingerprint: await fingerprintText(text), warnings: [], provenance: {}, boilerplate: [], lang: 'en',
  };
}

export async function importInto(device: Device, parsed: ParsedArticle): Promise<string> {
  const result = await addParsedArticle(device.db, parsed, `${parsed.title}.txt`);
  if (result.status === 'duplicate') throw new Error('duplicate');
  return result.article.id;
}

export function settle(...devices: Device[]): Promise<void> {
  return Promise.all(devices.map((device) => device.engine.whenSettled())).then(() => undefined);
}

export async function eventually(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  let ok = false;
  await waitFor(async () => (ok = await check()), what, timeoutMs).catch((error: unknown) => {
    if (!ok) throw error;
  });
}
