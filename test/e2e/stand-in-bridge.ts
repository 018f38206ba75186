import type { BrowserContext } from 'playwright-core';
import type { BridgeChannel, BridgeHandlers } from '@shared/bridge';
import { BRIDGE_CHANNELS } from '@shared/bridge';

/**
 * The renderer as Electron runs it: `window.parallax` is the preload's bridge, stood in for by
 * the real main-process handlers called from the test's Node process. Bytes cross as base64, as
 * structured clone would carry them. Every call's channel is pushed to `calls`.
 */
export async function installStandInBridge(context: BrowserContext, handlers: BridgeHandlers, calls: BridgeChannel[] = []): Promise<void> {
  await context.exposeFunction('__parallaxInvoke', async (channel: BridgeChannel, encoded: string) => {
    calls.push(channel);
    const request = encoded ? decode(JSON.parse(encoded)) : undefined;
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    return JSON.stringify(encode(await handler(request)));
  });
  await context.addInitScript(`(${defineBridgeInPage.toString()})(${JSON.stringify(BRIDGE_CHANNELS)})`);
}

/** Runs in the page before the app: defines window.parallax over the exposed function. */
function defineBridgeInPage(channels: string[]): void {
  const toWire = (value: unknown): unknown => {
    if (value instanceof Uint8Array) {
      let binary = '';
      for (let i = 0; i < value.length; i += 0x8000) binary += String.fromCharCode(...value.subarray(i, i + 0x8000));
      return { __bytes: btoa(binary) };
    }
    if (Array.isArray(value)) return value.map(toWire);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toWire(v)]));
    return value;
  };
  const fromWire = (value: unknown): unknown => {
    if (value && typeof value === 'object' && '__bytes' in value) {
      const binary = atob((value as { __bytes: string }).__bytes);
      return Uint8Array.from(binary, (c) => c.charCodeAt(0));
    }
    if (Array.isArray(value)) return value.map(fromWire);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromWire(v)]));
    return value;
  };
  const invoke = (window as unknown as { __parallaxInvoke: (c: string, r: string) => Promise<string> }).__parallaxInvoke;
  const bridge: Record<string, unknown> = {
    onMenuCommand: () => () => undefined,
  };
  for (const channel of channels) {
    bridge[channel] = async (request?: unknown) =>
      fromWire(JSON.parse(await invoke(channel, request === undefined ? '' : JSON.stringify(toWire(request)))));
  }
  Object.defineProperty(window, 'parallax', { value: Object.freeze(bridge), writable: false });
}

function encode(value: unknown): unknown {
  if (value instanceof Uint8Array) return { __bytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

function decode(value: unknown): unknown {
  if (value && typeof value === 'object' && '__bytes' in value) {
    return new Uint8Array(Buffer.from((value as { __bytes: string }).__bytes, 'base64'));
  }
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
  return value;
}
