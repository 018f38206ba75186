import { describe, expect, it } from 'vitest';
import { BRIDGE_CHANNELS, ipcChannel, isMenuCommand, MENU_COMMANDS } from '@shared/bridge';

describe('the bridge contract', () => {
  it('names each channel once, under the parallax: prefix', () => {
    expect(new Set(BRIDGE_CHANNELS).size).toBe(BRIDGE_CHANNELS.length);
    expect(BRIDGE_CHANNELS.map(ipcChannel).every((c) => c.startsWith('parallax:'))).toBe(true);
  });

  it('recognises only the menu commands it declares', () => {
    expect(MENU_COMMANDS.every(isMenuCommand)).toBe(true);
    expect(isMenuCommand('delete-everything')).toBe(false);
    expect(isMenuCommand(42)).toBe(false);
  });
});
