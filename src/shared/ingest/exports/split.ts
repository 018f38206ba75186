import type { ExtractedDocument, IngestError } from '../types';
import { detectExportLayout } from './detect';
import type { ArticlePart } from './types';

/** An article of an export, ready for the shared finishing steps. */
export interface ExportDocument {
  part: ArticlePart;
  document: ExtractedDocument;
}

/** An article of an export that could not be read, and why. */
export interface UnreadPart {
  part: Pick<ArticlePart, 'index' | 'count' | 'layoutName'>;
  title: string | null;
  /** A few words for the batch report: "empty body", "damaged", "missing". */
  reason: string;
  error: IngestError;
}

export interface ExportSplit {
  layoutName: string;
  documents: ExportDocument[];
  unread: UnreadPart[];
}

/**
 * The ingest pipe's splitting step: a database export (Nexis, Factiva, ProQuest) becomes its
 * articles, each an extracted document of its own; anything else is left alone (null).
 * Runs on the text a format's extractor gave, so a DOCX, PDF or TXT export splits alike.
 */
export function splitExport(doc: ExtractedDocument): ExportSplit | null {
  const layout = detectExportLayout(doc.text);
  if (!layout) return null;
  const reading = layout.split(doc.text, { format: doc.format });
  const count = Math.max(reading.declaredCount, reading.pieces.length);
  const documents: ExportDocument[] = [];
  const unread: UnreadPart[] = [];
  reading.pieces.forEach((piece, k) => {
    const part = { index: k + 1, count, layoutName: layout.name };
    const title = piece.metadata.title ?? null;
    if (piece.damage) {
      unread.push({ part, title, reason: 'damaged', error: { code: 'corrupt-file', message: `This article of the export is damaged: ${piece.damage}.` } });
      return;
    }
    if (!piece.body.trim()) {
      unread.push({ part, title, reason: 'empty body', error: { code: 'no-article', message: 'The export holds no text for this article (its body is empty).' } });
      return;
    }
    documents.push({
      part: { ...part, layout: layout.id, ...piece.fields },
      document: {
        format: doc.format,
        text: piece.body,
        metadata: piece.metadata,
        provenance: piece.provenance,
        boilerplate: [],
        warnings: [...doc.warnings, ...piece.warnings],
        lang: languageTag(piece.fields.language) ?? doc.lang,
      },
    });
  });
  for (let index = reading.pieces.length + 1; index <= count; index++) {
    unread.push({
      part: { index, count, layoutName: layout.name },
      title: null,
      reason: 'missing',
      error: { code: 'corrupt-file', message: `The export says it holds ${count} articles, but this one is not in the file (it may be cut short).` },
    });
  }
  return { layoutName: layout.name, documents, unread };
}

const LANGUAGE_TAGS: Record<string, string> = {
  english: 'en', german: 'de', deutsch: 'de', french: 'fr', 'français': 'fr', spanish: 'es', 'español': 'es',
  italian: 'it', portuguese: 'pt', dutch: 'nl', russian: 'ru', arabic: 'ar', chinese: 'zh', japanese: 'ja',
};

/** "ENGLISH" → "en"; a language the table does not know gives null rather than a guess. */
function languageTag(language: string | null): string | null {
  return language ? (LANGUAGE_TAGS[language.trim().toLowerCase()] ?? null) : null;
}
