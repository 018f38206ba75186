import { useMemo } from 'react';
import { TAG_PALETTE } from '@shared/codebook/palette';
import { useServices } from '../../app/services';
import { useSync } from '../sync/use-sync';
import type { NoteCollaboration } from './NoteEditor';

/** A member's cursor colour: one of the palette's distinguishable colours, the same on every device. */
export function memberColour(memberId: string): string {
  let hash = 0;
  for (const char of memberId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return TAG_PALETTE[hash % TAG_PALETTE.length]!.color;
}

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
