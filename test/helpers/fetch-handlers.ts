import { parseFile } from '@shared/ingest';
import { createHandlers } from '../../src/main/handlers';

const unused = async () => {
  throw new Error('not in this test');
};

/** Main's handlers with the real ingest pipe and fetcher, for tests of links; dialogs, printing and backups are not used. */
export function fetchHandlers(version = '1.2.3') {
  return createHandlers({
    appInfo: { name: 'Parallax', version, mode: 'electron', platform: 'linux' },
    parse: (name, bytes, options) => parseFile({ name, bytes }, options),
    seedsDir: '/nonexistent',
    showOpenDialog: unused,
    showSaveDialog: unused,
    showOpenBackupDialog: unused,
    printToPdf: unused,
    backupsDir: '/nonexistent',
  });
}
