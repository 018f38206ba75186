import { useState } from 'react';
import { untitledLabel } from '@shared/article-view';
import { useServices } from '../../app/services';
import { editArticleMetadata, revertArticleMetadata } from '../../db/articles';

interface UntitledHeadingProps {
  articleId: string;
  sourceName: string;
}

/**
 * The heading of an article whose text names no headline: "Untitled (file name)" in plain type
 * (italics read as a rendering fault), with a way to give it a title there and then.
 */
export function UntitledHeading({ articleId, sourceName }: UntitledHeadingProps) {
  const { db, undo } = useServices();
  const [draft, setDraft] = useState<string | null>(null);

  const save = () => {
    const title = draft?.trim() ?? '';
    setDraft(null);
    if (!title) return;
    void undo.perform({
      label: 'Set title',
      redo: () => editArticleMetadata(db, articleId, 'title', title),
      undo: () => revertArticleMetadata(db, articleId, 'title'),
    });
  };

  if (draft !== null) {
    return (
      <form
        className="reader__title-editor"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <input
          autoFocus
          className="text-input reader__title-input"
          aria-label="Title"
          placeholder="The article's headline"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              setDraft(null);
            }
          }}
        />
      </form>
    );
  }
  return (
    <h1 className="reader__title reader__title--untitled">
      {untitledLabel(sourceName)}{' '}
      <button type="button" className="link-button reader__set-title" onClick={() => setDraft('')}>
        Set title…
      </button>
    </h1>
  );
}
