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
  fetchUrl: (request) => ipcRenderer.invoke(ipcChannel('fetchUrl'), request),
  chooseImport: (request) => ipcRenderer.invoke(ipcChannel('chooseImport'), request),
  loadSeeds: () => ipcRenderer.invoke(ipcChannel('loadSeeds')),
  saveExport: (request) => ipcRenderer.invoke(ipcChannel('saveExport'), request),
  printToPdf: (request) => ipcRenderer.invoke(ipcChannel('printToPdf'), request),
  chooseBackup: () => ipcRenderer.invoke(ipcChannel('chooseBackup')),
  writeAutoBackup: (request) => ipcRenderer.invoke(ipcChannel('writeAutoBackup'), request),
  listAutoBackups: () => ipcRenderer.invoke(ipcChannel('listAutoBackups')),
  readAutoBackup: (request) => ipcRenderer.invoke(ipcChannel('readAutoBackup'), request),
  allowSyncServer: (request) => ipcRenderer.invoke(ipcChannel('allowSyncServer'), request),
  readCorpusMarker: () => ipcRenderer.invoke(ipcChannel('readCorpusMarker')),
  writeCorpusMarker: (request) => ipcRenderer.invoke(ipcChannel('writeCorpusMarker'), request),
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
