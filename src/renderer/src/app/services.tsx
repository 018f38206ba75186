import { createContext, useContext, type ReactNode } from 'react';
import type { ParallaxBridge } from '@shared/bridge';
import type { ParallaxDB } from '../db/schema';
import type { ImportQueue } from '../features/import/import-queue';
import type { SyncService } from '../sync/sync-service';
import type { CitationRequests } from '../features/notes/citation-requests';
import type { Navigation } from './navigation';
import type { UndoHistory } from './undo';

export interface AppServices {
  db: ParallaxDB;
  bridge: ParallaxBridge;
  importQueue: ImportQueue;
  /** Which article is open, and which span to show: every feature opens articles through it. */
  navigation: Navigation;
  /** Every corpus change a person makes goes through it, so Edit › Undo can reverse it. */
  undo: UndoHistory;
  /** "Cite in note" requests, answered by the notes pane. */
  citations: CitationRequests;
  mode: 'electron' | 'web';
  /** Sharing this corpus as a team project (File › Share Project…, Join Project…). */
  sync: SyncService;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>.');
  return services;
}
