import { useMemo } from 'react';
import { colourName } from '@shared/codebook/palette';
import type { TagRecord } from '@shared/model';
import { useServices } from '../../app/services';
import {
  createTag,
  deleteTag,
  describeTag,
  mergeTags,
  moveTag,
  recolourTag,
  renameTag,
  restoreTagChange,
  TagError,
  type TagChange,
} from '../../db/tags';

/** A failure in words for the person: a refusal's own sentence, or what could not be done. */
export function problemMessage(error: unknown, doing: string): string {
  if (error instanceof TagError) return error.message;
  const detail = error instanceof Error && error.message ? ` ${error.message}` : '';
  return `Could not ${doing}.${detail}`;
}

/**
 * Every change the codebook makes, each through the undo history with a label in words. The
 * first run makes the change; undo and redo then put back the rows it recorded, so redo
 * recreates a deleted tag with its own id and later entries that name it still work.
 */
export function useCodebookActions() {
  const { db, undo } = useServices();
  return useMemo(() => {
    const perform = async (label: string, run: () => Promise<TagChange>): Promise<void> => {
      let change: TagChange | null = null;
      await undo.perform({
        label,
        redo: async () => {
          if (change) await restoreTagChange(db, change, 'after');
          else change = await run();
        },
        undo: async () => {
          if (change) await restoreTagChange(db, change, 'before');
        },
      });
    };
    const clean = (name: string) => name.replace(/\s+/g, ' ').trim();

    return {
      async create(name: string, parent: TagRecord | null): Promise<TagRecord> {
        let created: TagRecord | null = null;
        const label = parent ? `Create tag “${clean(name)}” under “${parent.name}”` : `Create tag “${clean(name)}”`;
        await perform(label, async () => {
          const result = await createTag(db, { name, parentId: parent?.id ?? null });
          created = result.tag;
          return result.change;
        });
        return created!;
      },
      rename: (tag: TagRecord, name: string) => perform(`Rename “${tag.name}” to “${clean(name)}”`, () => renameTag(db, tag.id, name)),
      recolour: (tag: TagRecord, color: string) =>
        perform(`Change the colour of “${tag.name}” to ${colourName(color)}`, () => recolourTag(db, tag.id, color)),
      describe: (tag: TagRecord, description: string) =>
        perform(
          description.trim() ? `Edit the description of “${tag.name}”` : `Remove the description of “${tag.name}”`,
          () => describeTag(db, tag.id, description),
        ),
      move: (tag: TagRecord, parent: TagRecord | null, index?: number, label?: string) =>
        perform(label ?? (parent ? `Move “${tag.name}” under “${parent.name}”` : `Move “${tag.name}” to the top level`), () =>
          moveTag(db, tag.id, parent?.id ?? null, index),
        ),
      merge: (source: TagRecord, target: TagRecord) =>
        perform(`Merge “${source.name}” into “${target.name}”`, () => mergeTags(db, source.id, target.id)),
      remove: (tag: TagRecord) => perform(`Delete tag “${tag.name}”`, () => deleteTag(db, tag.id)),
    };
  }, [db, undo]);
}

export type CodebookActions = ReturnType<typeof useCodebookActions>;
