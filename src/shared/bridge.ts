/**
 * The one typed contract between the renderer and whatever parses files for it: Electron's
 * main process (through the preload) or, in web mode, a Web Worker. Main registers handlers
 * typed by `BridgeHandlers`, the preload exposes `ParallaxBridge` as `window.parallax`, and
 * the web implementation satisfies the same type, so a drift on any side is a type error.
 */
import type { ParsedFile } from './ingest/types';
import type { Result } from './result';

/** A file's bytes, as read from a drop or a picker in the renderer. */
export interface FileBytes {
  name: string;
  bytes: Uint8Array;
}

/**
 * A file the user chose in a dialog. The renderer never names paths: main hands out an
 * opaque token per chosen file and reads only files it handed tokens for.
 */
export interface ImportCandidate {
  token: string;
  name: string;
  /** Path relative to the chosen folder (or just the name), for messages. */
  displayPath: string;
  size: number;
}

export interface SkippedFile {
  displayPath: string;
  reason: string;
}

export interface ImportSelection {
  candidates: ImportCandidate[];
  skipped: SkippedFile[];
}

export interface AppInfo {
  name: string;
  version: string;
  mode: 'electron' | 'web';
  platform: string;
}

export interface ParseOptions {
  /** Password for an encrypted PDF. */
  password?: string;
  /** The per-file size limit the user set (default 50 MB). */
  maxBytes?: number;
  /** The parse budgets the user set (src/shared/ingest/budget.ts; clamped there). */
  timeBudgetMs?: number;
  memoryBudgetMb?: number;
}

/** What an export writes: the dossier formats and the complete JSON backup. */
export const EXPORT_FORMATS = ['html', 'pdf', 'md', 'docx', 'csv', 'w3c', 'qdpx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file an export wrote. */
export interface SavedFile {
  /** Where it went, for the message: the full path in Electron, the downloaded file's name in web mode. */
  location: string;
}

/** A backup file the user chose to restore, read as text. */
export interface BackupFile {
  name: string;
  text: string;
}

/** Why an automatic backup was written: the rolling daily one, or the safety copy a restore makes first. */
export type AutoBackupReason = 'daily' | 'before-restore';

export interface AutoBackupInfo {
  /** Opaque to the renderer: pass it back to readAutoBackup. */
  id: string;
  /** ISO 8601. */
  createdAt: string;
  reason: AutoBackupReason;
  bytes: number;
}

export interface AutoBackupList {
  /** Where the automatic backups are kept, for people who want to copy them; null in web mode (the browser's storage). */
  folder: string | null;
  /** Newest first. */
  backups: AutoBackupInfo[];
}

/** What the library held when last seen (src/shared/platform/corpus-marker.ts). */
export interface CorpusMarker {
  articles: number;
  /** ISO 8601. */
  at: string;
}

/** Channel name -> request and response. Every call answers a Result, never throws across the boundary. */
export interface BridgeContract {
  getAppInfo: { request: void; response: AppInfo };
  /** Bytes the renderer already holds (dropped files). */
  parseBytes: { request: { file: FileBytes; options?: ParseOptions }; response: ParsedFile };
  /** A file chosen in a dialog, by its token. */
  parseCandidate: { request: { token: string; options?: ParseOptions }; response: ParsedFile };
  /**
   * Fetches a link (in main: http/https, timeout, redirect and size limits) and parses the page
   * as a saved file would be; a link that cannot be fetched answers an error in words. Web mode
   * refuses: a browser may not fetch another site's pages.
   */
  fetchUrl: { request: { url: string; options?: ParseOptions }; response: ParsedFile };
  /** Shows the open dialog; null when the user cancels. */
  chooseImport: { request: { kind: 'files' | 'folder' }; response: ImportSelection | null };
  /** The seed corpus shipped with the app, for the first launch. */
  loadSeeds: { request: void; response: FileBytes[] };
  /** Shows the save dialog (Electron) or downloads (web) and writes the bytes; null when the user cancels. */
  saveExport: { request: { suggestedName: string; format: ExportFormat; bytes: Uint8Array }; response: SavedFile | null };
  /**
   * Prints a self-contained HTML document (a dossier) to an A4 PDF with page numbers. Null in web
   * mode, where the document goes to the browser's print dialog ("Save as PDF") instead.
   */
  printToPdf: { request: { html: string }; response: Uint8Array | null };
  /** Shows the open dialog for a JSON backup and reads it; null when the user cancels. */
  chooseBackup: { request: void; response: BackupFile | null };
  /** Keeps a backup in the app's data (rolling: the newest seven of each reason are kept). */
  writeAutoBackup: { request: { reason: AutoBackupReason; json: string }; response: AutoBackupInfo };
  listAutoBackups: { request: void; response: AutoBackupList };
  /**
   * Names the team's sync server (ws:// or wss://), the one address besides its own that the
   * app's page may connect to (its WebSocket and its admin API); null forgets it. Answers the
   * origins now allowed.
   */
  allowSyncServer: { request: { url: string | null }; response: { origins: string[] } };
  readAutoBackup: { request: { id: string }; response: BackupFile };
  /** The corpus marker, kept outside IndexedDB (a file in Electron, localStorage in web mode); null when none was kept. */
  readCorpusMarker: { request: void; response: CorpusMarker | null };
  writeCorpusMarker: { request: CorpusMarker; response: null };
}

export type BridgeChannel = keyof BridgeContract;
export type BridgeRequest<C extends BridgeChannel> = BridgeContract[C]['request'];
export type BridgeResponse<C extends BridgeChannel> = BridgeContract[C]['response'];

export type BridgeMethod<C extends BridgeChannel> = BridgeRequest<C> extends void
  ? () => Promise<Result<BridgeResponse<C>>>
  : (request: BridgeRequest<C>) => Promise<Result<BridgeResponse<C>>>;

export type BridgeHandlers = { [C in BridgeChannel]: BridgeMethod<C> };

/** Commands the native menu (or the web menu bar) sends to the renderer. */
export const MENU_COMMANDS = [
  'undo',
  'redo',
  'import-files',
  'import-folder',
  'import-web',
  'export-dossier',
  'restore-backup',
  'share-project',
  'join-project',
  'project-members',
  'toggle-theme',
  'compare',
  'agreement',
  'focus-search',
  'search-corpus',
  'preferences',
  'about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** What `window.parallax` is, in Electron and in web mode alike. */
export type ParallaxBridge = BridgeHandlers & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

export const BRIDGE_CHANNELS = [
  'getAppInfo',
  'parseBytes',
  'parseCandidate',
  'fetchUrl',
  'chooseImport',
  'loadSeeds',
  'saveExport',
  'printToPdf',
  'chooseBackup',
  'writeAutoBackup',
  'listAutoBackups',
  'readAutoBackup',
  'allowSyncServer',
  'readCorpusMarker',
  'writeCorpusMarker',
] as const satisfies readonly BridgeChannel[];

// A compile-time check that BRIDGE_CHANNELS names every channel of the contract.
type MissingChannels = Exclude<BridgeChannel, (typeof BRIDGE_CHANNELS)[number]>;
const everyChannelListed: MissingChannels extends never ? true : MissingChannels = true;
void everyChannelListed;

export const IPC_PREFIX = 'parallax:';
export const ipcChannel = (channel: BridgeChannel): string => `${IPC_PREFIX}${channel}`;
export const MENU_COMMAND_EVENT = 'parallax:menu-command';
