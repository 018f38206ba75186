/**
 * Exposes the bridge contract, and nothing else, as `window.parallax`. Each channel is a
 * named function; no ipcRenderer, no Node, no way to name another channel.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  ipcChannel,
  isMenuCommand,
  MENU_COMMAND_EVENT,
  type MenuCommand,
  type ParallaxBridge,
} from '@shared/bridge';

const api = {
  getAppInfo: () => ipcRenderer.invoke(ipcChannel('getAppInfo')),
  parseBytes: (request) => ipcRenderer.invoke(ipcChannel('parseBytes'), request),
  parseCandidate: (request) => ipcRenderer.invoke(ipcChannel('parseCandidate'), request),
  chooseImport: (request) => ipcRenderer.invoke(ipcChannel('chooseImport'), request),
  loadSeeds: () => ipcRenderer.invoke(ipcChannel('loadSeeds')),
  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    const forward = (_event: Electron.IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_EVENT, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_EVENT, forward);
    };
  },
} satisfies ParallaxBridge;

contextBridge.exposeInMainWorld('parallax', api);
