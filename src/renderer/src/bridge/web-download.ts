import type { ExportFormat, SavedFile } from '@shared/bridge';
import { EXPORT_FILE_TYPES } from '@shared/export-file-types';

/**
 * The browser only starts reading the blob after the click returns; revoking the URL at once
 * can cancel the download (Firefox), so it is revoked a little later.
 */
const REVOKE_AFTER_MS = 10_000;

/** Web mode's save: the bytes go to the browser's downloads, under the suggested name. */
export function downloadBytes(suggestedName: string, format: ExportFormat, bytes: Uint8Array, doc: Document = document): SavedFile {
  const type = EXPORT_FILE_TYPES[format];
  const base = suggestedName.trim() || 'parallax-export';
  const name = base.toLowerCase().endsWith(`.${type.extension}`) ? base : `${base}.${type.extension}`;
  // A copy, so the Blob owns a plain ArrayBuffer (the bytes may view a larger or shared one).
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: type.mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
  return { location: name };
}
