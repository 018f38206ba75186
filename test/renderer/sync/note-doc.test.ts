import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot, type ParagraphNode, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { NOTE_NODES } from '../../../src/renderer/src/editor/nodes';
import { $createSpanLinkNode } from '../../../src/renderer/src/editor/SpanLinkNode';
import { noteSummary } from '../../../src/renderer/src/editor/summary';
import { isNoteDocEmpty, readNoteDoc, seedNoteDoc } from '../../../src/renderer/src/sync/notes/note-doc';
import { flush, liveEditor } from './live-editor';

function noteJson(build: () => void): string {
  const editor = createHeadlessEditor({ nodes: [...NOTE_NODES], onError: (e) => { throw e; } });
  editor.update(build, { discrete: true });
  return JSON.stringify(editor.getEditorState().toJSON());
}

const paragraphs = (content: string) => noteSummary(content).plainText.split('\n').filter(Boolean);


describe('a note as a shared document', () => {
  it('gives back the note it was seeded with, span links and all', () => {
    const content = noteJson(() => {
      const first = $createParagraphNode().append($createTextNode('Both outlets quote Lavrov: '), $createSpanLinkNode('citation-1'));
      $getRoot().append(first, $createParagraphNode().append($createTextNode('Only TASS calls the talks constructive.')));
    });
    const doc = new Y.Doc();
    expect(isNoteDocEmpty(doc)).toBe(true);
    seedNoteDoc(doc, content, 'test');
    expect(isNoteDocEmpty(doc)).toBe(false);
    const read = readNoteDoc(doc);
    expect(paragraphs(read)).toEqual(paragraphs(content));
    expect(read).toContain('"citationId":"citation-1"');
    expect(noteSummary(read).plainText).toBe(noteSummary(content).plainText);
    // Seeding again (another device, a restart) never doubles the text.
    seedNoteDoc(doc, content, 'test');
    expect(paragraphs(readNoteDoc(doc))).toEqual(paragraphs(content));
  });

  it('merges two devices’ offline edits of one note with no paragraph lost or doubled', () => {
    const seeded = new Y.Doc();
    seedNoteDoc(seeded, noteJson(() => $getRoot().append($createParagraphNode().append($createTextNode('Shared opening paragraph.')))), 'seed');
    // Each device's editor is bound first, then receives the note (as CollaborationPlugin's does on sync).
    const ann = new Y.Doc();
    const ben = new Y.Doc();
    const annEditor = liveEditor(ann);
    const benEditor = liveEditor(ben);
    Y.applyUpdate(ann, Y.encodeStateAsUpdate(seeded));
    Y.applyUpdate(ben, Y.encodeStateAsUpdate(seeded));
    flush(annEditor, benEditor);
    expect(annEditor.getEditorState().read(() => $getRoot().getTextContent())).toBe('Shared opening paragraph.');
    // Offline: Ann adds a paragraph; Ben adds another and edits the shared one.
    annEditor.update(() => $getRoot().append($createParagraphNode().append($createTextNode('Ann: the ministers disagree on Ukraine.'))), { discrete: true });
    benEditor.update(() => {
      const shared = $getRoot().getFirstChildOrThrow<ParagraphNode>().getFirstChildOrThrow<TextNode>();
      shared.setTextContent('Shared opening paragraph, edited by Ben.');
      $getRoot().append($createParagraphNode().append($createTextNode('Ben: Arctic cooperation is the common ground.')));
    }, { discrete: true });
    // Back online: each receives what the other lacks.
    const fromAnn = Y.encodeStateAsUpdate(ann, Y.encodeStateVector(ben));
    const fromBen = Y.encodeStateAsUpdate(ben, Y.encodeStateVector(ann));
    Y.applyUpdate(ben, fromAnn);
    Y.applyUpdate(ann, fromBen);
    flush(annEditor, benEditor);
    const annNote = paragraphs(readNoteDoc(ann));
    expect(paragraphs(readNoteDoc(ben))).toEqual(annNote);
    expect([...annNote].sort()).toEqual(
      ['Ann: the ministers disagree on Ukraine.', 'Ben: Arctic cooperation is the common ground.', 'Shared opening paragraph, edited by Ben.'].sort(),
    );
    // And the editors on screen show the same.
    expect(annEditor.getEditorState().read(() => $getRoot().getTextContent())).toBe(benEditor.getEditorState().read(() => $getRoot().getTextContent()));
  });
});
