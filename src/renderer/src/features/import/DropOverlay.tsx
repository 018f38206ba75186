import { FileDown } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useServices } from '../../app/services';
import { importDroppedFiles, importLinks } from './import-actions';
import { filesFromDrop } from './dropped-files';
import { linksIn } from './links';

/** Files, or links dragged from a browser's address bar or page (text/uri-list). */
const carriesFiles = (event: DragEvent) => {
  const types = Array.from(event.dataTransfer?.types ?? []);
  return types.includes('Files') || types.includes('text/uri-list');
};

/** Files dropped anywhere on the window are imported; while dragging, the window says so. */
export function DropOverlay() {
  const { importQueue } = useServices();
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);

  useEffect(() => {
    const onDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setDragging(true);
    };
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!event.dataTransfer || !carriesFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      if (!Array.from(event.dataTransfer.types).includes('Files')) {
        const { links, rejected } = linksIn(event.dataTransfer.getData('text/uri-list'));
        importLinks(importQueue, links, rejected);
        return;
      }
      void filesFromDrop(event.dataTransfer).then((files) => importDroppedFiles(importQueue, files));
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [importQueue]);

  if (!dragging) return null;
  return (
    <div className="drop-overlay" role="presentation">
      <div className="drop-overlay__card">
        <FileDown size={28} strokeWidth={1.5} aria-hidden />
        <div className="drop-overlay__title">Drop to import</div>
        <div className="drop-overlay__hint">Text, Markdown, HTML, PDF, Word, e-mail and saved-page files, folders of them, or links</div>
      </div>
    </div>
  );
}
