import { describe, expect, it } from 'vitest';
import { BRIDGE_CHANNELS, ipcChannel, type BridgeHandlers } from '@shared/bridge';
import { err, ok } from '@shared/result';
import { registerBridge } from '../../src/main/ipc';
import { createSenderCheck } from '../../src/main/security/sender-check';

type Listener = (event: { senderFrame: { url: string } | null }, request: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const registered = new Map<string, Listener>();
  return { registered, ipcMain: { handle: (channel: string, listener: Listener) => void registered.set(channel, listener) } };
}

const handlers: BridgeHandlers = {
  getAppInfo: async () => ok({ name: 'Parallax', version: '1', mode: 'electron', platform: 'linux' }),
  parseBytes: async () => {
    throw new Error('parser exploded');
  },
  parseCandidate: async () => err({ code: 'empty', message: 'empty' }),
  fetchUrl: async () => err({ code: 'unused', message: 'not in this test' }),
  chooseImport: async () => ok(null),
  loadSeeds: async () => ok([]),
  saveExport: async () => ok(null),
  printToPdf: async () => ok(null),
  chooseBackup: async () => ok(null),
  writeAutoBackup: async () => ok({ id: 'a', createdAt: '2026-01-01T00:00:00.000Z', reason: 'daily', bytes: 0 }),
  listAutoBackups: async () => ok({ folder: null, backups: [] }),
  readAutoBackup: async () => ok({ name: 'a', text: '{}' }),
  allowSyncServer: async () => ok({ origins: [] }),
  readCorpusMarker: async () => ok(null),
  writeCorpusMarker: async () => ok(null),
};

describe('the IPC wiring', () => {
  const appUrl = 'file:///opt/parallax/out/renderer/index.html';
  const isTrusted = createSenderCheck(appUrl);

  it('registers one handler for every channel of the contract', () => {
    const { registered, ipcMain } = fakeIpcMain();
    registerBridge(ipcMain as never, handlers, isTrusted);
    expect([...registered.keys()].sort()).toEqual(BRIDGE_CHANNELS.map(ipcChannel).sort());
  });

  it('answers the app’s own page', async () => {
    const { registered, ipcMain } = fakeIpcMain();
    registerBridge(ipcMain as never, handlers, isTrusted);
    const answer = await registered.get('parallax:getAppInfo')!({ senderFrame: { url: appUrl } }, undefined);
    expect(answer).toMatchObject({ ok: true, value: { name: 'Parallax' } });
  });

  it('refuses calls from any other page or frame', async () => {
    const { registered, ipcMain } = fakeIpcMain();
    registerBridge(ipcMain as never, handlers, isTrusted);
    for (const url of ['https://evil.example/', 'file:///tmp/article.html', 'about:blank']) {
      const answer = await registered.get('parallax:loadSeeds')!({ senderFrame: { url } }, undefined);
      expect(answer).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    }
    expect(await registered.get('parallax:loadSeeds')!({ senderFrame: null }, undefined)).toMatchObject({ ok: false });
  });

  it('turns a handler that throws into an error value with its message', async () => {
    const { registered, ipcMain } = fakeIpcMain();
    registerBridge(ipcMain as never, handlers, isTrusted);
    const answer = await registered.get('parallax:parseBytes')!({ senderFrame: { url: appUrl } }, {});
    expect(answer).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong in Parallax: parser exploded' } });
  });

  it('trusts only the dev server’s origin in development', () => {
    const dev = createSenderCheck('http://localhost:5173/');
    expect(dev('http://localhost:5173/index.html')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
    expect(dev('not a url')).toBe(false);
  });
});
