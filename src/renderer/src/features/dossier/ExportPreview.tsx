import { unzipSync } from 'fflate';
import { useEffect, useState } from 'react';
import { describeThrown } from '@shared/result';
import { useServices } from '../../app/services';
import { buildExport, type ExportChoice, type ExportProgress } from './export-job';
import { ProgressLine } from './ProgressLine';

/** Previews larger than this are not shown inline: the window would spend seconds laying them out. */
const MAX_PREVIEW_BYTES = 15 * 1024 * 1024;
const MAX_TEXT_LINES = 400;

type Preview =
  | { kind: 'html'; html: string }
  | { kind: 'text'; text: string; note: string | null }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'error'; message: string };

/**
 * The export as it will be written, built by the same code: the dossier itself for HTML, PDF,
 * Markdown and Word (which hold the same sections), the first lines of the file for the data
 * formats. Rebuilt shortly after the choice changes; a stale build is cancelled.
 */
export function ExportPreview({ choice }: { choice: ExportChoice }) {
  const { db } = useServices();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const key = JSON.stringify(choice);

  useEffect(() => {
    const controller = new AbortController();
    const parsedChoice = JSON.parse(key) as ExportChoice;
    const dossierLike = parsedChoice.format === 'pdf' || parsedChoice.format === 'md' || parsedChoice.format === 'docx' || parsedChoice.format === 'html';
    const timer = setTimeout(() => {
      setPreview(null);
      buildExport(db, { ...parsedChoice, format: dossierLike ? 'html' : parsedChoice.format }, setProgress, { signal: controller.signal })
        .then((built) => {
          if (controller.signal.aborted) return;
          setProgress(null);
          if (built.bytes.byteLength > MAX_PREVIEW_BYTES) setPreview({ kind: 'too-large', bytes: built.bytes.byteLength });
          else if (dossierLike) setPreview({ kind: 'html', html: new TextDecoder().decode(built.bytes) });
          else if (parsedChoice.format === 'qdpx') setPreview({ kind: 'text', ...qdpxText(built.bytes) });
          else setPreview({ kind: 'text', ...firstLines(new TextDecoder().decode(built.bytes)) });
        })
        .catch((thrown: unknown) => {
          if (controller.signal.aborted) return;
          setProgress(null);
          setPreview({ kind: 'error', message: describeThrown(thrown) });
        });
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [db, key]);

  if (!preview) return <div className="export-preview export-preview--pending">{progress ? <ProgressLine progress={progress} label="Building the preview" /> : <span className="faint">Preparing the preview…</span>}</div>;
  switch (preview.kind) {
    case 'html':
      return (
        <div className="export-preview">
          {/* No scripts may run in the preview; the dossier carries its own CSP as well. */}
          <iframe className="export-preview__frame" title="Dossier preview" sandbox="allow-same-origin" srcDoc={preview.html} />
        </div>
      );
    case 'text':
      return (
        <div className="export-preview">
          {preview.note && <p className="faint export-preview__note">{preview.note}</p>}
          <pre className="export-preview__text" aria-label="Export preview">
            {preview.text}
          </pre>
        </div>
      );
    case 'too-large':
      return (
        <div className="export-preview export-preview--pending">
          <p>This export is {(preview.bytes / 1024 / 1024).toFixed(0)} MB: too large to preview here. Export it and open the file.</p>
        </div>
      );
    case 'error':
      return (
        <div className="export-preview export-preview--pending" role="alert">
          <p>The preview could not be built: {preview.message}</p>
        </div>
      );
  }
}

function firstLines(text: string): { text: string; note: string | null } {
  const lines = text.split('\n');
  if (lines.length <= MAX_TEXT_LINES) return { text, note: null };
  return { text: lines.slice(0, MAX_TEXT_LINES).join('\n'), note: `The first ${MAX_TEXT_LINES} of ${lines.length.toLocaleString('en')} lines.` };
}

function qdpxText(bytes: Uint8Array): { text: string; note: string | null } {
  try {
    const files = unzipSync(bytes);
    const names = Object.keys(files);
    const project = files['project.qde'];
    const head = project ? firstLines(new TextDecoder().decode(project)) : { text: '', note: null };
    return { text: head.text, note: `A zip of ${names.length} files: ${names.slice(0, 6).join(', ')}${names.length > 6 ? ', …' : ''}. Below: project.qde.` };
  } catch (thrown) {
    return { text: '', note: `The project could not be read back: ${describeThrown(thrown)}` };
  }
}
