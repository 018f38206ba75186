import { describe, expect, it } from 'vitest';
import { UndoHistory } from '../../../src/renderer/src/app/undo';

const entry = (label: string) => ({ label, undo: async () => {}, redo: async () => {} });

describe('the undo history tells the status bar what happened', () => {
  it('says what each change did, and that it can be undone', async () => {
    const history = new UndoHistory();
    expect(history.getSnapshot().lastEvent).toBeNull();
    await history.perform(entry('Merge “Threats” into “Warnings”'));
    expect(history.getSnapshot().lastEvent).toMatchObject({ message: 'Merge “Threats” into “Warnings”', undoable: true });
  });

  it('says what Undo and Redo did, numbering each event so a repeat is news', async () => {
    const history = new UndoHistory();
    await history.perform(entry('Delete a highlight'));
    const first = history.getSnapshot().lastEvent!.serial;
    await history.undo();
    expect(history.getSnapshot().lastEvent).toMatchObject({ message: 'Undid: Delete a highlight', undoable: false });
    await history.redo();
    expect(history.getSnapshot().lastEvent).toMatchObject({ message: 'Redid: Delete a highlight', undoable: true });
    expect(history.getSnapshot().lastEvent!.serial).toBe(first + 2);
  });
});
