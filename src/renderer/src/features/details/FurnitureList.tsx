import { Undo2, Undo } from 'lucide-react';
import { useState } from 'react';
import type { ArticleTextRecord } from '@shared/model';
import { describeThrown } from '@shared/result';
import { useServices } from '../../app/services';
import { restoreBoilerplate, type RestoreUndo } from '../../db/boilerplate';

/** The page furniture set apart from an article's text, each block with a way back into it. */
export function FurnitureList({ articleId, text }: { articleId: string; text: ArticleTextRecord | undefined }) {
  const { db, undo } = useServices();
  const [lastRestore, setLastRestore] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const restore = async (index: number, label: string) => {
    let handle: RestoreUndo | null = null;
    try {
      await undo.perform({
        label: `Put “${label}” back into the text`,
        redo: async () => {
          handle = await restoreBoilerplate(db, articleId, index);
        },
        undo: async () => {
          await handle?.undo();
        },
      });
      setLastRestore(label);
      setProblem(null);
    } catch (thrown) {
      setProblem(describeThrown(thrown));
    }
  };

  return (
    <>
      {lastRestore && (
        <div className="callout callout--info" role="status">
          <span>Put “{lastRestore}” back into the text.</span>
          <button type="button" className="link-button" onClick={() => void undo.undo().then(() => setLastRestore(null))}>
            <Undo size={12} aria-hidden /> Undo
          </button>
        </div>
      )}
      {problem && (
        <div className="callout callout--danger" role="alert">
          {problem}
        </div>
      )}
      {text && text.boilerplate.length === 0 && <p className="faint">Nothing was set apart from this article’s text.</p>}
      {text?.boilerplate.map((block, index) => {
        const label = block.text.length > 40 ? `${block.text.slice(0, 39)}…` : block.text;
        return (
          <figure className="boilerplate-block" key={`${index}-${block.text.slice(0, 20)}`}>
            <figcaption>
              <span>{block.reason}</span>
              <button type="button" className="link-button" onClick={() => void restore(index, label)}>
                <Undo2 size={12} aria-hidden /> Put back in the text
              </button>
            </figcaption>
            <blockquote>{block.text}</blockquote>
          </figure>
        );
      })}
    </>
  );
}
