import { useMemo } from 'react';
import { useServices } from '../../app/services';
import { memberColour } from '../../sync/member-colour';
import { useSync } from '../sync/use-sync';
import type { NoteCollaboration } from './NoteEditor';

/** In a shared project, the live document the note's editor binds to (null until it is open, or in a local corpus). */
export function useNoteCollaboration(noteId: string | null): NoteCollaboration | null {
  const { sync } = useServices();
  const { project, docsVersion } = useSync();
  const open = project && noteId ? sync.noteDoc(noteId) : null;
  return useMemo(
    () => (open && project ? { doc: open.doc, provider: open.provider, user: { name: project.memberName, colour: memberColour(project.memberId) } } : null),
    // docsVersion: the document may have been reopened under the same note.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [open, project?.memberName, project?.memberId, docsVersion],
  );
}
