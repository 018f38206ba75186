/**
 * Rolling automatic backups, as Zotero and Obsidian keep them: one a day, and a safety copy
 * before every restore; the newest seven of each kind are kept. The rules are pure so that
 * Electron's folder of files and web mode's IndexedDB store keep backups the same way.
 */
import type { AutoBackupInfo, AutoBackupReason } from '../bridge';

export const KEEP_PER_REASON = 7;
const REASONS: readonly AutoBackupReason[] = ['daily', 'before-restore'];

/** `parallax-daily-2026-11-23T02-40-05-123Z.json`: sortable, safe on every file system, and says what it is. */
export function autoBackupName(reason: AutoBackupReason, createdAt: Date): string {
  return `parallax-${reason}-${createdAt.toISOString().replace(/[:.]/g, '-')}.json`;
}

/** The reason and time a name written by autoBackupName carries, or null for any other file. */
export function parseAutoBackupName(name: string): { reason: AutoBackupReason; createdAt: string } | null {
  const m = /^parallax-(daily|before-restore)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/.exec(name);
  if (!m) return null;
  const createdAt = `${m[2]}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { reason: m[1] as AutoBackupReason, createdAt };
}

/** Newest first; ties broken by id so the order is stable. */
export function newestFirst(backups: readonly AutoBackupInfo[]): AutoBackupInfo[] {
  return [...backups].sort((a, b) => (a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? 1 : -1) : a.id < b.id ? 1 : -1));
}

/** The backups to delete so that only the newest `keep` of each reason remain. */
export function backupsToPrune(backups: readonly AutoBackupInfo[], keep = KEEP_PER_REASON): AutoBackupInfo[] {
  const sorted = newestFirst(backups);
  return REASONS.flatMap((reason) => sorted.filter((b) => b.reason === reason).slice(keep));
}

/**
 * Whether today's daily backup is still to be made: none exists from the same local calendar day
 * as `now` (a clock set back, making the newest one look from the future, also counts as made).
 */
export function isDailyBackupDue(backups: readonly AutoBackupInfo[], now: Date): boolean {
  const today = localDay(now);
  return !backups.some((b) => b.reason === 'daily' && (localDay(new Date(b.createdAt)) === today || Date.parse(b.createdAt) > now.getTime()));
}

function localDay(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}
