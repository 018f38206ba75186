import type { FileBytes } from '@shared/bridge';

/** The seed corpus, emitted by Vite as files beside the page (web mode reads them over HTTP). */
const SEED_URLS = import.meta.glob('../../../../seeds/*.{txt,md,html,pdf,docx}', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export async function fetchSeedFiles(): Promise<FileBytes[]> {
  const entries = Object.entries(SEED_URLS).sort(([a], [b]) => a.localeCompare(b));
  return Promise.all(
    entries.map(async ([path, url]) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      return { name: path.split('/').pop() ?? path, bytes: new Uint8Array(await response.arrayBuffer()) };
    }),
  );
}
