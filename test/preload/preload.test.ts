import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS, MENU_COMMAND_EVENT } from '@shared/bridge';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null }));
const listeners = new Map<string, (event: unknown, payload: unknown) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => listeners.set(channel, listener),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

describe('the preload', () => {
  beforeEach(async () => {
    await import('../../src/preload/index');
  });

  it('exposes exactly the bridge contract as window.parallax, as named functions', () => {
    const api = exposed['parallax'] as Record<string, unknown>;
    expect(Object.keys(exposed)).toEqual(['parallax']);
    expect(Object.keys(api).sort()).toEqual([...BRIDGE_CHANNELS, 'onMenuCommand'].sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });

  it('sends each call on its own channel', async () => {
    const api = exposed['parallax'] as Record<string, (request?: unknown) => Promise<unknown>>;
    await api['chooseImport']!({ kind: 'files' });
    expect(invoke).toHaveBeenLastCalledWith('parallax:chooseImport', { kind: 'files' });
  });

  it('passes on only known menu commands, and unsubscribes', () => {
    const api = exposed['parallax'] as { onMenuCommand: (l: (c: string) => void) => () => void };
    const received: string[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    listeners.get(MENU_COMMAND_EVENT)!({}, 'about');
    listeners.get(MENU_COMMAND_EVENT)!({}, 'rm -rf');
    expect(received).toEqual(['about']);
    unsubscribe();
    expect(listeners.has(MENU_COMMAND_EVENT)).toBe(false);
  });
});
