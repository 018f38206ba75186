/**
 * One export, from the choice in the dialog to the file on disk: the scope's records are read,
 * the dossier is built in a worker, a PDF is printed from the HTML, and the bytes are saved
 * (Electron's save dialog, or a download in web mode). Progress is reported at every step and a
 * cancel is honoured between them; nothing is written until the very last step.
 */
import { OWN_CODER } from '@shared/dossier/agreement';
import { listCollections } from '../../db/collections';
import { readSyncProject } from '../../db/sync-project';
import type { ExportFormat, ParallaxBridge, SavedFile } from '@shared/bridge';
import {
  type BackupCorpus,
  type DossierInput,
  type DossierScope,
  type DossierSections,
  FILE_EXTENSIONS,
  selectForDossier,
} from '@shared/dossier';
import type { ArticleTextRecord } from '@shared/model';
import { readBackupCorpus, readTexts, withCitationsInside } from '../../db/backup';
import type { ParallaxDB } from '../../db/schema';
import { buildInWorker } from './build-client';

export interface ExportChoice {
  scope: DossierScope;
  format: ExportFormat;
  sections: DossierSections;
  title: string;
}

export type ExportStage = 'reading' | 'building' | 'printing' | 'saving';

export interface ExportProgress {
  stage: ExportStage;
  /** Articles read so far, while reading. */
  done?: number;
  total?: number;
}

export interface BuiltExport {
  bytes: Uint8Array;
  articleCount: number;
  highlightCount: number;
  noteCount: number;
}

export type ExportOutcome =
  | { status: 'saved'; saved: SavedFile; built: BuiltExport }
  | { status: 'print-dialog'; built: BuiltExport }
  | { status: 'cancelled' };

/** What a dossier of this scope is made of, read from the database (texts in chunks, with progress). */
export async function dossierInputFor(
  db: ParallaxDB,
  choice: Pick<ExportChoice, 'scope' | 'title'>,
  now: Date,
  onProgress: (progress: ExportProgress) => void,
  signal?: AbortSignal,
): Promise<DossierInput> {
  const records = await db.transaction('r', [db.articles, db.tags, db.highlights, db.notes], async () => ({
    articles: await db.articles.toArray(),
    tags: await db.tags.toArray(),
    highlights: await db.highlights.toArray(),
    notes: await db.notes.toArray(),
  }));
  const selection = selectForDossier(choice.scope, records);
  const texts = await readTexts(
    db,
    selection.articles.map((a) => a.id),
    (p) => onProgress({ stage: 'reading', ...p }),
    signal,
  );
  const byId = new Map<string, ArticleTextRecord>(texts.map((t) => [t.id, t]));
  return {
    title: choice.title,
    createdAt: now.toISOString(),
    articles: selection.articles.map((record) => ({ record, text: byId.get(record.id)?.text ?? '', boilerplate: byId.get(record.id)?.boilerplate ?? [] })),
    tags: selection.tags,
    highlights: selection.highlights,
    // The builders read each span link's citation from inside the note, as a file holds it.
    notes: await withCitationsInside(db, selection.notes),
    comparison: null,
    coderNames: await coderNamesOf(db),
    // The collections, for the formats that carry them (REFI-QDA sets); each writer keeps only the exported articles.
    collections: await listCollections(db),
  };
}

/** Coders' names for the dossier's agreement section: the project's members, and "You (name)" for the person exporting. */
async function coderNamesOf(db: ParallaxDB): Promise<Record<string, string>> {
  const project = await readSyncProject(db);
  if (!project) return {};
  const names: Record<string, string> = Object.fromEntries(project.members.map((member) => [member.id, member.name]));
  names[OWN_CODER] = project.memberName;
  return names;
}

export interface ExportOptions {
  signal?: AbortSignal;
  now?: Date;
  /** Where the bytes are built: a worker in the app; tests build in-process. */
  build?: typeof buildInWorker;
}

/** Builds the export's bytes (for a PDF: the HTML it is printed from). */
export async function buildExport(
  db: ParallaxDB,
  choice: ExportChoice,
  onProgress: (progress: ExportProgress) => void,
  { signal, now = new Date(), build = buildInWorker }: ExportOptions = {},
): Promise<BuiltExport> {
  let corpus: BackupCorpus | undefined;
  let input: DossierInput;
  if (choice.format === 'json') {
    corpus = await readBackupCorpus(db, (p) => onProgress({ stage: 'reading', ...p }), signal);
    input = { title: choice.title, createdAt: now.toISOString(), articles: [], tags: [], highlights: [], notes: [], comparison: null };
  } else {
    input = await dossierInputFor(db, choice, now, onProgress, signal);
  }
  onProgress({ stage: 'building' });
  const format = choice.format === 'pdf' ? 'html' : choice.format;
  const bytes = await build(
    { format, input, options: { sections: choice.sections }, compare: choice.sections.comparison, ...(corpus ? { corpus } : {}) },
    signal,
  );
  return {
    bytes,
    articleCount: corpus ? corpus.articles.length : input.articles.length,
    highlightCount: corpus ? corpus.highlights.length : input.highlights.length,
    noteCount: corpus ? corpus.notes.length : input.notes.length,
  };
}

/** Builds, prints (PDF) and saves. A cancelled save dialog is a cancel, not an error. */
export async function runExport(
  db: ParallaxDB,
  bridge: ParallaxBridge,
  choice: ExportChoice,
  onProgress: (progress: ExportProgress) => void,
  options: ExportOptions = {},
): Promise<ExportOutcome> {
  const { signal, now = new Date() } = options;
  const built = await buildExport(db, choice, onProgress, options);
  let bytes = built.bytes;
  if (choice.format === 'pdf') {
    signal?.throwIfAborted();
    onProgress({ stage: 'printing' });
    const printed = await bridge.printToPdf({ html: new TextDecoder().decode(bytes) });
    if (!printed.ok) throw new Error(printed.error.message);
    if (printed.value === null) return { status: 'print-dialog', built };
    bytes = printed.value;
  }
  signal?.throwIfAborted();
  onProgress({ stage: 'saving' });
  const saved = await bridge.saveExport({ suggestedName: suggestedFileName(choice, now), format: choice.format, bytes });
  if (!saved.ok) throw new Error(saved.error.message);
  if (saved.value === null) return { status: 'cancelled' };
  return { status: 'saved', saved: saved.value, built: { ...built, bytes } };
}

/** "parallax-dossier-2026-11-23.html"; a backup is "parallax-backup-…json"; a titled dossier takes its title. */
export function suggestedFileName(choice: Pick<ExportChoice, 'format' | 'title'>, now: Date): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const slug = choice.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const base = choice.format === 'json' ? 'parallax-backup' : slug || 'parallax-dossier';
  return `${base}-${day}.${FILE_EXTENSIONS[choice.format]}`;
}
