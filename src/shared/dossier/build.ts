/**
 * One entry point for every export format, used by the app's build worker and the CLI alike, so
 * a dossier exported from the window and one made headless are the same document.
 */
import type { ExportFormat } from '../bridge';
import { compareArticles } from '../compare';
import { EXPORT_FILE_TYPES } from '../export-file-types';
import { type BackupCorpus, backupJson } from './backup';
import { codedPassagesCsv } from './csv';
import { dossierDocx } from './docx';
import { dossierHtml } from './html';
import { dossierMarkdown } from './markdown';
import { dossierQdpx } from './qdpx';
import type { DossierInput, DossierOptions } from './types';
import { webAnnotationsJson } from './w3c';

/** Comparison findings are computed for dossiers of up to this many articles (the comparison is pairwise at heart). */
export const MAX_COMPARED_IN_DOSSIER = 50;

/** Everything but PDF, which is printed from the HTML by a browser engine (Electron, or Chromium). */
export type BuiltFormat = Exclude<ExportFormat, 'pdf'>;

/** Each format's file extension. */
export const FILE_EXTENSIONS = Object.fromEntries(Object.entries(EXPORT_FILE_TYPES).map(([format, type]) => [format, type.extension])) as Record<ExportFormat, string>;

/** Whether the comparison section can be filled for this many articles. */
export function canCompare(articleCount: number): boolean {
  return articleCount >= 2 && articleCount <= MAX_COMPARED_IN_DOSSIER;
}

/** The input with comparison findings of its articles, when asked for and possible (an existing comparison is kept). */
export function withComparison(input: DossierInput, wanted: boolean): DossierInput {
  if (!wanted || input.comparison || !canCompare(input.articles.length)) return input;
  return { ...input, comparison: compareArticles(input.articles.map((a) => ({ id: a.record.id, text: a.text, title: a.record.title }))) };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * The bytes of one export. `json` is the complete corpus backup (`corpus`, required for it);
 * every other format is built from `input`.
 */
export async function buildExportBytes(format: BuiltFormat, input: DossierInput, options: DossierOptions, corpus?: BackupCorpus): Promise<Uint8Array> {
  switch (format) {
    case 'html':
      return utf8(dossierHtml(input, options));
    case 'md':
      return utf8(dossierMarkdown(input, options));
    case 'docx':
      return dossierDocx(input, options);
    case 'csv':
      return utf8(codedPassagesCsv(input));
    case 'w3c':
      return utf8(webAnnotationsJson(input));
    case 'qdpx':
      return dossierQdpx(input);
    case 'json':
      if (!corpus) throw new Error('A backup needs the whole corpus.');
      return utf8(backupJson(corpus, input.createdAt));
  }
}
