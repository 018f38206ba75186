/**
 * Restoring a JSON backup: merged into the corpus, or replacing it. Either way a safety backup of
 * the corpus as it was is kept first (if that fails, nothing is restored), the change is written
 * in one transaction, and Edit › Undo puts the corpus back as it was.
 */
import type { AutoBackupInfo, ParallaxBridge } from '@shared/bridge';
import type { Backup, BackupCorpus, MergePlan } from '@shared/dossier/backup';
import type { UndoHistory } from '../../app/undo';
import { applyMergePlan, planMerge, readBackupCorpus, replaceCorpus } from '../../db/backup';
import type { ParallaxDB } from '../../db/schema';
import { writeAutoBackup } from './auto-backup';
import { countOf } from '@shared/count-words';

export type RestoreMode = 'merge' | 'replace';

export type RestoreStage = 'safety-backup' | 'restoring';

export interface RestoreReport {
  mode: RestoreMode;
  safetyBackup: AutoBackupInfo;
  /** For a merge: what was added, updated, left as it was, and left out. */
  plan: MergePlan | null;
  /** For a replace: the corpus now holds the backup's records. */
  counts: { articles: number; highlights: number; notes: number; tags: number };
}

export async function restoreBackup(
  db: ParallaxDB,
  bridge: ParallaxBridge,
  undo: UndoHistory,
  backup: Backup,
  mode: RestoreMode,
  onStage: (stage: RestoreStage) => void,
): Promise<RestoreReport> {
  onStage('safety-backup');
  const before: BackupCorpus = await readBackupCorpus(db);
  const safetyBackup = await writeAutoBackup(db, bridge, 'before-restore', new Date(), before);
  onStage('restoring');
  const incoming = backup.corpus;
  if (mode === 'replace') {
    await replaceCorpus(db, incoming);
    undo.resetTo({ label: 'Restore from backup (replace)', undo: () => replaceCorpus(db, before), redo: () => replaceCorpus(db, incoming) });
    return { mode, safetyBackup, plan: null, counts: countsOf(incoming) };
  }
  const plan = await planMerge(db, incoming);
  await applyMergePlan(db, plan);
  undo.push({ label: 'Restore from backup (merge)', undo: () => replaceCorpus(db, before), redo: () => applyMergePlan(db, plan) });
  const counts = { articles: await db.articles.count(), highlights: await db.highlights.count(), notes: await db.notes.count(), tags: await db.tags.count() };
  return { mode, safetyBackup, plan, counts };
}

export function countsOf(corpus: Pick<BackupCorpus, 'articles' | 'highlights' | 'notes' | 'tags'>): RestoreReport['counts'] {
  return { articles: corpus.articles.length, highlights: corpus.highlights.length, notes: corpus.notes.length, tags: corpus.tags.length };
}

/** What a merge plan does, in a sentence. */
export function describePlan(plan: MergePlan): string {
  const a = plan.add;
  const added = [
    plural(a.articles.length, 'article'),
    plural(a.tags.length, 'tag'),
    plural(a.highlights.length, 'highlight'),
    plural(a.notes.length, 'note'),
  ].join(', ');
  const updated = plan.update.highlights.length + plan.update.notes.length;
  const parts = [`Adds ${added}`];
  if (updated > 0) parts.push(`updates ${plural(updated, 'newer highlight or note', 'newer highlights and notes')}`);
  if (plan.unchanged > 0) parts.push(`leaves ${plural(plan.unchanged, 'record')} already in your corpus as they are`);
  if (plan.skipped.length > 0) parts.push(`leaves out ${plural(plan.skipped.length, 'record')} that conflict with yours (${plan.skipped[0]!.reason})`);
  return `${parts.join('; ')}.`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return countOf(n, { one, other: many }, 'en');
}
