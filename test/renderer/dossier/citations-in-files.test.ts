import { describe, expect, it } from 'vitest';
import { describe as describeSpan } from '@shared/anchoring/describe';
import { ALL_SECTIONS, backupJson, dossierMarkdown, parseBackup } from '@shared/dossier';
import { parseArticleFile } from '@shared/ingest';
import type { SpanCitation } from '@shared/model';
import { addParsedArticle } from '../../../src/renderer/src/db/articles';
import { addCitation } from '../../../src/renderer/src/db/citations';
import { applyMergePlan, planMerge, readBackupCorpus, replaceCorpus } from '../../../src/renderer/src/db/backup';
import { createNote } from '../../../src/renderer/src/db/notes';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { noteContentWithCitation } from '../../../src/renderer/src/editor/summary';
import { dossierInputFor } from '../../../src/renderer/src/features/dossier/export-job';
import { freshDbsDeletedAfterEach } from '../db/test-db';

const FRONT = '---\ntitle: Ministers meet in Reykjavik\noutlet: The Northern Ledger\n---\n\n';
const BODY = 'The foreign ministers met on Wednesday in Reykjavik.\n\nBoth called the talks constructive and agreed to meet again.';
const QUOTE = 'Both called the talks constructive';

const open = freshDbsDeletedAfterEach();

/** One article and a note citing a span of it, made as the app makes them. */
async function corpusWithCitingNote(db: ParallaxDB) {
  const outcome = await parseArticleFile({ name: 'talks.md', bytes: new TextEncoder().encode(FRONT + BODY) });
  if (!outcome.ok) throw new Error(outcome.error.message);
  const stored = await addParsedArticle(db, outcome.article, 'talks.md');
  if (stored.status !== 'added') throw new Error('expected added');
  const text = outcome.article.text;
  const start = text.indexOf(QUOTE);
  const cited: SpanCitation = {
    articleId: stored.article.id, start, end: start + QUOTE.length, selectors: describeSpan(text, start, start + QUOTE.length),
    quote: QUOTE, sourceLabel: 'The Northern Ledger', highlightId: null,
  };
  const row = await addCitation(db, cited);
  const note = await createNote(db, { content: noteContentWithCitation(row.id) });
  return { article: stored.article, row, note };
}

describe('citations in the files Parallax writes and reads', () => {
  it('writes each citation inside its span link in a backup, beside its id, so the file stands on its own', async () => {
    const db = open();
    const { row, note } = await corpusWithCitingNote(db);
    const corpus = await readBackupCorpus(db);
    const link = JSON.parse(corpus.notes[0]!.content).root.children[0].children[0];
    const { id: _id, ...citation } = row;
    expect(link).toEqual({ type: 'span-link', version: 2, citationId: row.id, citation });
    // The database itself is not changed by writing a backup.
    expect((await db.notes.get(note.id))?.content).toBe(note.content);
  });

  it('restores a backup with each citation back in its own row under the same id, by replacing and by merging', async () => {
    const source = open();
    const { row, note } = await corpusWithCitingNote(source);
    const parsed = parseBackup(backupJson(await readBackupCorpus(source), '2026-01-01T00:00:00.000Z'));
    if (!parsed.ok) throw new Error(parsed.error.message);

    const replaced = open();
    await replaceCorpus(replaced, parsed.backup.corpus);
    expect(await replaced.citations.toArray()).toEqual([row]);
    expect(await replaced.notes.get(note.id)).toEqual(note);

    const merged = open();
    await applyMergePlan(merged, await planMerge(merged, parsed.backup.corpus));
    expect(await merged.citations.toArray()).toEqual([row]);
    expect((await merged.notes.get(note.id))?.content).toBe(note.content);
  });

  it('restores a backup written before citations had rows (a version 1 link with the citation inside) into a row', async () => {
    const source = open();
    const { row, note } = await corpusWithCitingNote(source);
    const corpus = await readBackupCorpus(source);
    const { id: _id, ...citation } = row;
    const old = JSON.parse(corpus.notes[0]!.content);
    old.root.children[0].children[0] = { type: 'span-link', version: 1, citation };
    const target = open();
    await replaceCorpus(target, { ...corpus, notes: [{ ...corpus.notes[0]!, content: JSON.stringify(old) }] });

    const rows = await target.citations.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual({ ...row, id: rows[0]!.id });
    const link = JSON.parse((await target.notes.get(note.id))!.content).root.children[0].children[0];
    expect(link).toEqual({ type: 'span-link', version: 2, citationId: rows[0]!.id });
  });

  it('quotes the cited words in a dossier, linked to their place in the appendix', async () => {
    const db = open();
    await corpusWithCitingNote(db);
    const input = await dossierInputFor(db, { scope: { kind: 'corpus' }, title: 'Talks' }, new Date(2026, 0, 1), () => {});
    const markdown = dossierMarkdown(input, { sections: ALL_SECTIONS });
    expect(markdown).toMatch(/\[“Both called the talks constructive”\]\(#a1-p\d+\) \(The Northern Ledger\)/);
  });
});
