import { useLiveQuery } from 'dexie-react-hooks';
import { HardDrive } from 'lucide-react';
import { useServices } from './services';
import { countArticles } from '../db/articles';
import { ImportProgress } from '../features/import/ImportProgress';
import { countOf } from '@shared/count-words';

export function StatusBar({ mode, announcement }: { mode: 'electron' | 'web'; announcement: string | null }) {
  const { db } = useServices();
  const count = useLiveQuery(() => countArticles(db), [db]);
  return (
    <footer className="statusbar">
      <span className="status-text" data-testid="corpus-count">
        {count === undefined ? '' : countOf(count, 'article')}
      </span>
      <ImportProgress />
      {announcement && (
        <span className="status-text" role="status" aria-live="polite">
          {announcement}
        </span>
      )}
      <span className="toolbar__spacer" />
      <span className="status-text" title="Your corpus is stored on this computer only">
        <HardDrive size={12} aria-hidden /> Local · {mode === 'electron' ? 'Desktop' : 'Web mode'}
      </span>
    </footer>
  );
}
