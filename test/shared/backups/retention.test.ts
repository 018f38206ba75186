import { describe, expect, it } from 'vitest';
import type { AutoBackupInfo, AutoBackupReason } from '@shared/bridge';
import {
  autoBackupName,
  backupsToPrune,
  isDailyBackupDue,
  KEEP_PER_REASON,
  newestFirst,
  parseAutoBackupName,
} from '@shared/backups/retention';

function backup(reason: AutoBackupReason, createdAt: Date): AutoBackupInfo {
  return { id: autoBackupName(reason, createdAt), createdAt: createdAt.toISOString(), reason, bytes: 100 };
}

/** Backups of one reason, one a day at 09:00 local time, starting on 1 November 2026. */
function daysOf(reason: AutoBackupReason, count: number): AutoBackupInfo[] {
  return Array.from({ length: count }, (_, day) => backup(reason, new Date(2026, 10, 1 + day, 9, 0, 0)));
}

describe('automatic backup names', () => {
  it('say what the file is and when it was written, and read back to the same reason and time', () => {
    const at = new Date('2026-11-23T02:40:05.123Z');
    expect(autoBackupName('daily', at)).toBe('parallax-daily-2026-11-23T02-40-05-123Z.json');
    for (const reason of ['daily', 'before-restore'] as const) {
      expect(parseAutoBackupName(autoBackupName(reason, at))).toEqual({ reason, createdAt: at.toISOString() });
    }
  });

  it('sort by time when sorted by name', () => {
    const names = [new Date('2026-12-01T00:00:00Z'), new Date('2026-02-03T10:00:00Z'), new Date('2026-11-30T23:59:59.999Z')].map(
      (at) => autoBackupName('daily', at),
    );
    expect([...names].sort()).toEqual([names[1], names[2], names[0]]);
  });

  it('refuse every other file name, and every path', () => {
    for (const name of [
      'notes.json',
      'parallax-weekly-2026-11-23T02-40-05-123Z.json',
      'parallax-daily-2026-11-23T02-40-05-123Z.json.bak',
      'parallax-daily-2026-11-23T02:40:05.123Z.json',
      'parallax-daily-2026-13-45T02-40-05-123Z.json',
      '../../etc/passwd',
      '../parallax-daily-2026-11-23T02-40-05-123Z.json',
      'backups/parallax-daily-2026-11-23T02-40-05-123Z.json',
      ' parallax-daily-2026-11-23T02-40-05-123Z.json',
      '',
    ]) {
      expect(parseAutoBackupName(name), name).toBeNull();
    }
  });
});

describe('which automatic backups are kept', () => {
  it('keeps the newest seven of each reason and prunes the older ones', () => {
    const daily = daysOf('daily', 10);
    const safety = daysOf('before-restore', 3);
    const pruned = backupsToPrune([...daily, ...safety]);
    expect(KEEP_PER_REASON).toBe(7);
    expect(pruned.map((b) => b.id).sort()).toEqual(daily.slice(0, 3).map((b) => b.id).sort());
  });

  it('never lets one reason push out the other', () => {
    const pruned = backupsToPrune([...daysOf('daily', 7), ...daysOf('before-restore', 9)]);
    expect(pruned).toHaveLength(2);
    expect(pruned.every((b) => b.reason === 'before-restore')).toBe(true);
  });

  it('prunes nothing while there are seven or fewer', () => {
    expect(backupsToPrune(daysOf('daily', 7))).toEqual([]);
    expect(backupsToPrune([])).toEqual([]);
  });

  it('lists backups newest first', () => {
    const daily = daysOf('daily', 3);
    expect(newestFirst([daily[1]!, daily[0]!, daily[2]!]).map((b) => b.id)).toEqual([daily[2]!.id, daily[1]!.id, daily[0]!.id]);
  });
});

describe('whether the daily backup is due', () => {
  it('is due when there is no backup yet', () => {
    expect(isDailyBackupDue([], new Date(2026, 10, 23, 8, 0))).toBe(true);
  });

  it('is due on a new day, and not again on the same day', () => {
    const yesterday = backup('daily', new Date(2026, 10, 22, 23, 30));
    expect(isDailyBackupDue([yesterday], new Date(2026, 10, 23, 0, 15))).toBe(true);
    const thisMorning = backup('daily', new Date(2026, 10, 23, 0, 15));
    expect(isDailyBackupDue([yesterday, thisMorning], new Date(2026, 10, 23, 22, 0))).toBe(false);
  });

  it('does not count a safety copy made before a restore as the daily backup', () => {
    expect(isDailyBackupDue([backup('before-restore', new Date(2026, 10, 23, 9, 0))], new Date(2026, 10, 23, 10, 0))).toBe(true);
  });

  it('is not due when the clock was set back behind the newest backup', () => {
    expect(isDailyBackupDue([backup('daily', new Date(2026, 10, 25, 9, 0))], new Date(2026, 10, 23, 9, 0))).toBe(false);
  });
});
