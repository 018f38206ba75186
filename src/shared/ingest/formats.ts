import type { ArticleFormat } from './types';

const EXTENSION_FORMATS: Record<string, ArticleFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
  docx: 'docx',
  rtf: 'rtf',
  eml: 'eml',
  mht: 'mhtml',
  mhtml: 'mhtml',
};

export const SUPPORTED_EXTENSIONS = Object.keys(EXTENSION_FORMATS);

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The article format a file name promises, or null when Parallax cannot read that kind of file. */
export function formatOfFileName(fileName: string): ArticleFormat | null {
  return EXTENSION_FORMATS[extensionOf(fileName)] ?? null;
}

export function unsupportedTypeMessage(fileName: string): string {
  const ext = extensionOf(fileName);
  const kind = ext ? `.${ext} files` : 'Files without an extension';
  return `${kind} are not supported. Parallax imports .txt, .md, .html, .pdf, .docx, .rtf, .eml and .mhtml articles.`;
}

/** Why a file in a chosen folder is passed over, in words. */
export function notAnArticleReason(): string {
  return `Not an article file (Parallax reads ${SUPPORTED_EXTENSIONS.filter((e) => !['text', 'markdown', 'xhtml', 'mht'].includes(e))
    .map((e) => '.' + e)
    .join(', ')}).`;
}
