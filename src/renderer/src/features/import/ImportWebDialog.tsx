import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useServices } from '../../app/services';
import { DialogActions, DialogFrame, DialogProblem } from '../../ui/DialogFrame';
import { importLinks } from './import-actions';
import { linksIn, MAX_LINKS } from './links';

/** File › Import from the Web…: paste links, one per line; each is fetched and imported like a saved page. */
export function ImportWebDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { importQueue, mode } = useServices();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const desktop = mode !== 'web';

  return (
    <DialogFrame
      open={open}
      onOpenChange={(next) => {
        setProblem(null);
        onOpenChange(next);
      }}
    >
      <Dialog.Title className="dialog__title">Import from the Web</Dialog.Title>
      <Dialog.Description className="dialog__description">
        {desktop
          ? `Paste links to articles, one per line (up to ${MAX_LINKS}). Each page is fetched and imported as a saved page would be.`
          : 'Links can be imported only in the desktop app: a browser does not let one site fetch the pages of another. Save the page from your browser (Save Page As…) and drop the file here instead.'}
      </Dialog.Description>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const { links, rejected } = linksIn(text);
          if (links.length === 0) {
            setProblem(rejected.length > 0 ? `“${rejected[0]}” is not a web link (http:// or https://).` : 'Paste at least one link.');
            return;
          }
          importLinks(importQueue, links, rejected);
          setText('');
          onOpenChange(false);
        }}
      >
        <label className="form-row">
          <span>Links</span>
          <textarea
            className="text-input text-input--area"
            rows={8}
            spellCheck={false}
            disabled={!desktop}
            placeholder="https://example.org/news/2024/05/harbour-vote"
            aria-invalid={problem !== null}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        <DialogProblem message={problem} />
        <DialogActions>
          <button className="button button--primary" type="submit" disabled={!desktop}>
            Import
          </button>
        </DialogActions>
      </form>
    </DialogFrame>
  );
}
