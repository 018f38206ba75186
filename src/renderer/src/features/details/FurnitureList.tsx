import { Undo2, Undo } from 'lucide-react';
import { useState } from 'react';
import type { ArticleTextRecord } from '@shared/model';
import { describeThrown } from '@shared/result';
import { useServices } from '../../app/services';
import { restoreBoilerplate, setBoilerplateApart, type RestoreUndo } from '../../db/boilerplate';

/**
 * The page furniture set apart from an article's text, each block with a way back into it. A
 * block put back is shown in the reader where it stood; the text itself never changes
 * (db/boilerplate.ts), so no highlight or citation moves.
 */
export function FurnitureList({ articleId, text }: { articleId: string; text: ArticleTextRecord | undefined }) {
  const { db, undo } = useServices();
  const [lastRestore, setLastRestore] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const restore = async (index: number, label: string, putBack: boolean) => {
    let handle: RestoreUndo | null = null;
    try {
      await undo.perform({
        label: putBack ? `Put “${label}” back into the text` : `Set “${label}” apart from the text again`,
        redo: async () => {
          handle = await (putBack ? restoreBoilerplate : setBoilerplateApart)(db, articleId, index);
        },
        undo: async () => {
          await handle?.undo();
        },
      });
      setLastRestore(putBack ? `Put “${label}” back into the text.` : `Set “${label}” apart from the text again.`);
      setProblem(null);
    } catch (thrown) {
      setProblem(describeThrown(thrown));
    }
  };

  return (
    <>
      {lastRestore && (
        <div className="callout callout--info" role="status">
          <span>{lastRestore}</span>
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
              <span>{block.restored ? `${block.reason} · shown in the text` : block.reason}</span>
              {block.restored ? (
                <button type="button" className="link-button" onClick={() => void restore(index, label, false)}>
                  <Undo2 size={12} aria-hidden /> Set apart again
                </button>
              ) : (
                <button type="button" className="link-button" onClick={() => void restore(index, label, true)}>
                  <Undo2 size={12} aria-hidden /> Put back in the text
                </button>
              )}
            </figcaption>
            <blockquote>{block.text}</blockquote>
          </figure>
        );
      })}
    </>
  );
}
