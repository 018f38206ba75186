import { describe, expect, it } from 'vitest';
import { backupFile, backupTooLarge, isAutoBackupRequest, MAX_BACKUP_BYTES } from '@shared/platform/backup-file';

describe('reading a chosen backup (main and web mode alike)', () => {
  it('drops a byte-order mark an editor left before the JSON, and nothing else', () => {
    expect(backupFile('b.json', '\uFEFF{"a":1}')).toEqual({ name: 'b.json', text: '{"a":1}' });
    expect(backupFile('b.json', '{"a":"\uFEFF"}').text).toBe('{"a":"\uFEFF"}');
  });

  it('refuses a backup over 2 GB in words that name the file and its size', () => {
    expect(backupTooLarge('big.json', 2 * 1024 ** 3)).toBeNull();
    expect(backupTooLarge('big.json', 3 * 1024 ** 3)).toEqual({
      code: 'too-large',
      message: 'big.json is 3.0 GB; Parallax restores backups of up to 2 GB. Nothing was restored.',
    });
    expect(backupTooLarge('big.json', MAX_BACKUP_BYTES + 1)?.code).toBe('too-large');
  });

  it('accepts only automatic-backup requests with a known reason and JSON text', () => {
    expect(isAutoBackupRequest({ reason: 'daily', json: '{}' })).toBe(true);
    expect(isAutoBackupRequest({ reason: 'before-restore', json: '{}' })).toBe(true);
    expect(isAutoBackupRequest({ reason: 'weekly', json: '{}' })).toBe(false);
    expect(isAutoBackupRequest({ reason: 'daily', json: 5 })).toBe(false);
    expect(isAutoBackupRequest(null)).toBe(false);
  });
});
