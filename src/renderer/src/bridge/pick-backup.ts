import { pickWithInput } from './pick-files';

/** Web mode's open dialog for a backup: one JSON file, or null when the picker is closed without one. */
export async function pickBackupFile(doc: Document = document): Promise<File | null> {
  return (await pickWithInput({ accept: '.json,application/json', multiple: false }, doc))?.[0] ?? null;
}
