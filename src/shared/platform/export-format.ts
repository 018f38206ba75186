import { EXPORT_FORMATS, type ExportFormat } from '../bridge';

/** Whether a saveExport request names a format Parallax writes (a bridge request is never trusted). */
export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}
