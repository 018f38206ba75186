import type { ExportFormat } from '@shared/bridge';

export interface FormatChoice {
  format: ExportFormat;
  label: string;
  /** What the file is for, in a line. */
  hint: string;
  /** Whether the dossier's sections (cover, sources, passages, …) apply. */
  sectioned: boolean;
}

export function exportFormats(mode: 'electron' | 'web'): FormatChoice[] {
  return [
    { format: 'html', label: 'HTML', hint: 'One self-contained file: opens in any browser, prints, every quote links to its source text.', sectioned: true },
    {
      format: 'pdf',
      label: 'PDF',
      hint: mode === 'web' ? 'Printed from the HTML dossier: your browser’s print dialog opens; choose “Save as PDF”.' : 'Printed from the HTML dossier, A4, with page numbers.',
      sectioned: true,
    },
    { format: 'md', label: 'Markdown', hint: 'Plain text with headings and quotes, for notes apps and version control.', sectioned: true },
    { format: 'docx', label: 'Word (DOCX)', hint: 'For editing in Word, LibreOffice or Google Docs; quotes link to the appendix.', sectioned: true },
    { format: 'csv', label: 'CSV of coded passages', hint: 'One row per passage and tag: article, outlet, date, tag path, quote, offsets, note.', sectioned: false },
    { format: 'w3c', label: 'W3C Web Annotations (JSON-LD)', hint: 'Every highlight and note as a standard annotation with quote and position selectors.', sectioned: false },
    { format: 'qdpx', label: 'REFI-QDA project (.qdpx)', hint: 'Sources, codebook, coded segments, notes and collections (as sets) for NVivo, ATLAS.ti, MAXQDA or QualCoder.', sectioned: false },
    { format: 'json', label: 'Parallax backup (JSON)', hint: 'The complete corpus: every article and version, edits, codebook, highlights and notes. Restore it with File › Restore from Backup.', sectioned: false },
  ];
}
