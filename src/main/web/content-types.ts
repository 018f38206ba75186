import { formatOfFileName } from '@shared/ingest/formats';
import type { ArticleFormat } from '@shared/ingest/types';

const CONTENT_TYPE_FORMATS: Record<string, ArticleFormat> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'text/plain': 'txt',
  'text/markdown': 'md',
};

/** Servers that say nothing useful about the bytes: then the address's extension decides. */
const UNDECLARED = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

/** The article format a response is in, by its Content-Type (or, when that says nothing, by the path), or null. */
export function formatOfContentType(contentType: string, pathname: string): ArticleFormat | null {
  const declared = CONTENT_TYPE_FORMATS[contentType];
  if (declared) return declared;
  return UNDECLARED.has(contentType) ? formatOfFileName(pathname) : null;
}
