import type { ExportFormat } from './bridge';

/** Each export format's file: its name in a save dialog, its extension and its MIME type (for downloads). */
export const EXPORT_FILE_TYPES: Record<ExportFormat, { name: string; extension: string; mime: string }> = {
  html: { name: 'HTML document', extension: 'html', mime: 'text/html;charset=utf-8' },
  pdf: { name: 'PDF', extension: 'pdf', mime: 'application/pdf' },
  md: { name: 'Markdown', extension: 'md', mime: 'text/markdown;charset=utf-8' },
  docx: { name: 'Word document', extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  csv: { name: 'CSV', extension: 'csv', mime: 'text/csv;charset=utf-8' },
  w3c: { name: 'JSON-LD', extension: 'jsonld', mime: 'application/ld+json' },
  qdpx: { name: 'REFI-QDA project', extension: 'qdpx', mime: 'application/zip' },
  json: { name: 'Parallax backup', extension: 'json', mime: 'application/json' },
};
