import { useState } from 'react';
import type { Id } from '@shared/model';
import type { SpanFocus } from '../../app/navigation';
import { CodebookPane } from './CodebookPane';
import { TagPassages } from './TagPassages';
import './codebook.css';

export interface CodebookPanelProps {
  /**
   * Opens an article at a passage. Optional: by default the passage list calls
   * `navigation.openArticle(articleId, span)` itself.
   */
  onOpenArticle?: (articleId: Id, span: SpanFocus) => void;
}

/** The "Codebook" tab: the tag tree on top, the passages of the selected tag below. */
export function CodebookPanel({ onOpenArticle }: CodebookPanelProps = {}) {
  const [selectedId, setSelectedId] = useState<Id | null>(null);
  return (
    <div className="pane codebook" aria-label="Codebook">
      <CodebookPane selectedId={selectedId} onSelect={setSelectedId} />
      <TagPassages tagId={selectedId} onOpenArticle={onOpenArticle} />
    </div>
  );
}
