/**
 * Dossier builders: the corpus (or a selection of it) as an HTML, Markdown or Word dossier, a CSV
 * of coded passages, W3C Web Annotations, a REFI-QDA project, and the complete JSON backup. Pure and synchronous:
 * no node:*, DOM or electron.
 */
export type { DossierArticle, DossierInput, DossierOptions, DossierSections } from './types';
export { ALL_SECTIONS, DEFAULT_DOSSIER_OPTIONS } from './types';
export type { DossierView } from './view';
export { buildDossierView } from './view';
export type { SourceRow } from './sources';
export type { Passage, TagPassages } from './passages';
export type { NoteView, ResolvedCitation } from './notes';
export type { AppendixArticle, AppendixPiece } from './appendix';
export type { ComparisonView, LinkedPassage, Wording } from './comparison';
export type { Block, Inline, ListBlock, ListItem } from './lexical';
export { blocksText, citationsOfNote, noteBlocks } from './lexical';
export { placeIdOf } from './context';
export { DOSSIER_CSP, dossierHtml } from './html';
export { dossierMarkdown } from './markdown';
export { CSV_COLUMNS, codedPassagesCsv } from './csv';
export type { W3cOptions, WebAnnotationCollection } from './w3c';
export { ANNO_CONTEXT, articleIri, webAnnotations, webAnnotationsJson } from './w3c';
export type { Backup, BackupCorpus, BackupError, BackupErrorCode, BackupParseResult, MergePlan } from './backup';
export { applyMerge, BACKUP_FORMAT, BACKUP_VERSION, backupJson, buildBackup, mergeBackup, parseBackup, serializeBackup, sortedCorpus } from './backup';
export { escapeHtml, escapeMarkdown, safeHttpUrl } from './text';
export { dossierDocx } from './docx';
export type { QdpxProject } from './qdpx';
export { dossierQdpx, QDA_PROJECT_NAMESPACE, qdpxProject } from './qdpx';
export type { DossierScope, DossierSelection, ScopeRecords } from './select';
export { byDateThenTitle, latestVersions, selectForDossier } from './select';
export type { BuiltFormat } from './build';
export { buildExportBytes, canCompare, FILE_EXTENSIONS, MAX_COMPARED_IN_DOSSIER, withComparison } from './build';
