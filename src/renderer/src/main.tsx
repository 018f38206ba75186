import '@fontsource-variable/inter';
import '@fontsource/source-serif-4/400.css';
import '@fontsource/source-serif-4/400-italic.css';
import '@fontsource/source-serif-4/600.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ServicesProvider, type AppServices } from './app/services';
import { Navigation } from './app/navigation';
import { readMaxImportBytes, readParseBudget } from './app/preferences';
import { UndoHistory } from './app/undo';
import { applyStoredTheme } from './app/theme';
import { getBridge, isWebMode } from './bridge';
import { ParallaxDB } from './db/schema';
import { ImportQueue } from './features/import/import-queue';
import { CitationRequests } from './features/notes/citation-requests';
import { SyncService } from './sync/sync-service';

applyStoredTheme();

const db = new ParallaxDB();
const bridge = getBridge();
const importQueue = new ImportQueue(db, bridge, () => ({ maxBytes: readMaxImportBytes(), ...readParseBudget() }));
const mode = isWebMode() ? 'web' : 'electron';
// The desktop page reloads after naming a new sync server, so that its CSP allows it (sync-service.ts).
const sync = new SyncService(db, bridge, { reload: mode === 'electron' ? () => location.reload() : undefined });
const services: AppServices = {
  db,
  bridge,
  importQueue,
  navigation: new Navigation(),
  undo: new UndoHistory(),
  citations: new CitationRequests(),
  mode,
  sync,
};

// A shared corpus reconnects by itself; the app never waits for it.
void sync.init();

// Ask the browser not to evict the corpus under storage pressure.
void navigator.storage?.persist?.();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ServicesProvider services={services}>
      <App />
    </ServicesProvider>
  </StrictMode>,
);
