import * as Tabs from '@radix-ui/react-tabs';
import * as Tooltip from '@radix-ui/react-tooltip';
import { Columns3, Info, Library, NotebookPen, Search as SearchIcon, Tags } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import type { AppInfo, MenuCommand } from '@shared/bridge';
import type { SpanCitation } from '@shared/model';
import { describeThrown } from '@shared/result';
import { ensureSeedCorpus } from '../db/seed-corpus';
import { CodebookPanel } from '../features/codebook/CodebookPanel';
import type { Announcement } from './use-status-message';
import { CompareChooser } from '../features/compare/CompareChooser';
import { CompareProvider } from '../features/compare/compare-context';
import { ComparePanel } from '../features/compare/ComparePanel';
import { CompareView } from '../features/compare/CompareView';
import { useSidePanes } from '../features/compare/use-side-panes';
import { DetailsPane } from '../features/details/DetailsPane';
import { scheduleDailyBackup } from '../features/dossier/auto-backup';
import { ExportDialog } from '../features/dossier/ExportDialog';
import { EmptyLibraryDialog } from '../features/dossier/EmptyLibraryDialog';
import { RestoreDialog } from '../features/dossier/RestoreDialog';
import { DropOverlay } from '../features/import/DropOverlay';
import { importFromDialog } from '../features/import/import-actions';
import { ImportReport } from '../features/import/ImportReport';
import { ImportWebDialog } from '../features/import/ImportWebDialog';
import { LibraryPane } from '../features/library/LibraryPane';
import { NotesPanel } from '../features/notes/NotesPanel';
import { ReaderPane } from '../features/reader/ReaderPane';
import { SearchPanel } from '../features/search/SearchPanel';
import { AgreementDialog } from '../features/agreement/AgreementDialog';
import { JoinProjectDialog } from '../features/sync/JoinProjectDialog';
import { ProjectDialog } from '../features/sync/ProjectDialog';
import { ShareProjectDialog } from '../features/sync/ShareProjectDialog';
import { AboutDialog } from './AboutDialog';
import { checkCorpusOnLaunch, keepCorpusMarker, type LaunchCheck } from './corpus-guard';
import { PreferencesDialog } from './PreferencesDialog';
import { useServices } from './services';
import { StatusBar } from './StatusBar';
import { useTheme } from './theme';
import { Toolbar } from './Toolbar';
import { useNavigationState } from './use-navigation';
import { useUndoCommands } from './use-undo-commands';
import { useWebShortcuts } from './use-web-shortcuts';

export function App() {
  const { db, bridge, importQueue, navigation, citations, mode, sync } = useServices();
  const { theme, toggleTheme } = useTheme();
  const { articleId: selectedId } = useNavigationState();
  const setSelectedId = useCallback((id: string) => navigation.openArticle(id), [navigation]);
  const [sideTab, setSideTab] = useState('details');
  const [leftTab, setLeftTab] = useState('library');
  const [compareIds, setCompareIds] = useState<string[] | null>(null);
  const [chooserOpen, setChooserOpen] = useState(false);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [preferencesOpen, setPreferencesOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  /** Articles chosen in the library when the export was asked for from its selection bar. */
  const [exportIds, setExportIds] = useState<string[]>([]);
  const [restoreOpen, setRestoreOpen] = useState(false);
  const [importWebOpen, setImportWebOpen] = useState(false);
  const [shareOpen, setShareOpen] = useState(false);
  const [joinOpen, setJoinOpen] = useState(false);
  const [projectOpen, setProjectOpen] = useState(false);
  const [agreementOpen, setAgreementOpen] = useState(false);
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const layout = useDefaultLayout({ id: 'parallax-main', storage: localStorage });
  const sidePanes = useSidePanes(compareIds !== null);

  const [emptyLibrary, setEmptyLibrary] = useState<Extract<LaunchCheck, { kind: 'unexpectedly-empty' }> | null>(null);
  const [libraryChecked, setLibraryChecked] = useState(false);

  useEffect(() => {
    void bridge.getAppInfo().then((info) => info.ok && setAppInfo(info.value));
    // An empty library that held articles is offered its newest backup, never the samples (corpus-guard.ts).
    let cancelled = false;
    void checkCorpusOnLaunch(db, bridge)
      .then(async (check) => {
        if (cancelled) return;
        if (check.kind === 'unexpectedly-empty') return setEmptyLibrary(check);
        setLibraryChecked(true);
        await ensureSeedCorpus(db, bridge, importQueue);
      })
      .catch((thrown: unknown) => setProblem(`The sample corpus could not be imported: ${describeThrown(thrown)}`));
    return () => {
      cancelled = true;
    };
  }, [db, bridge, importQueue]);

  // The library's size is noted outside IndexedDB once the launch check has passed.
  useEffect(() => (libraryChecked ? keepCorpusMarker(db, bridge) : undefined), [db, bridge, libraryChecked]);

  const [announcement, setAnnouncementState] = useState<Announcement | null>(null);
  const setAnnouncement = useCallback(
    (message: string) => setAnnouncementState((previous) => ({ serial: (previous?.serial ?? 0) + 1, message, at: Date.now() })),
    [],
  );
  const runUndo = useUndoCommands(mode === 'web');

  // Today's automatic backup, a minute after launch (later if an import is running).
  useEffect(
    () =>
      scheduleDailyBackup(db, bridge, {
        delayMs: 60_000,
        isBusy: () => importQueue.getState().running,
        onResult: (result) =>
          result.ok
            ? setAnnouncement(
                mode === 'web'
                  ? 'Made today’s automatic backup, in this browser’s storage: File › Restore from Backup… saves a copy as a file'
                  : 'Made today’s automatic backup',
              )
            : setProblem(result.message),
      }),
    [db, bridge, importQueue, setAnnouncement, mode],
  );

  const onCommand = useCallback(
    (command: MenuCommand) => {
      switch (command) {
        case 'undo':
        case 'redo':
          runUndo(command);
          break;
        case 'import-files':
        case 'import-folder':
          void importFromDialog(bridge, importQueue, command === 'import-files' ? 'files' : 'folder').then(setProblem);
          break;
        case 'import-web':
          setImportWebOpen(true);
          break;
        case 'toggle-theme':
          toggleTheme();
          break;
        case 'focus-search':
          setLeftTab('library');
          requestAnimationFrame(() => {
            searchRef.current?.focus();
            searchRef.current?.select();
          });
          break;
        case 'search-corpus':
          setLeftTab('search');
          requestAnimationFrame(() => document.querySelector<HTMLInputElement>('input[aria-label="Search the corpus"]')?.focus());
          break;
        case 'about':
          setAboutOpen(true);
          break;
        case 'preferences':
          setPreferencesOpen(true);
          break;
        case 'compare':
          setChooserOpen(true);
          break;
        case 'agreement':
          setAgreementOpen(true);
          break;
        case 'export-dossier':
          setExportIds([]);
          setExportOpen(true);
          break;
        case 'restore-backup':
          setRestoreOpen(true);
          break;
        case 'share-project':
          if (sync.getSnapshot().project) setProjectOpen(true);
          else setShareOpen(true);
          break;
        case 'join-project':
          setJoinOpen(true);
          break;
        case 'project-members':
          if (sync.getSnapshot().project) setProjectOpen(true);
          else setProblem('This corpus is not shared: File › Share Project… makes it a project, File › Join Project… joins one.');
          break;
      }
    },
    [bridge, importQueue, toggleTheme, runUndo, sync],
  );

  useEffect(() => bridge.onMenuCommand(onCommand), [bridge, onCommand]);

  /** "Cite in note": show the notes pane, which takes the request (it waits if the pane is not mounted yet). */
  const cite = useCallback(
    (citation: SpanCitation) => {
      setSideTab('notes');
      citations.request(citation);
    },
    [citations],
  );
  useWebShortcuts(mode === 'web', onCommand);

  return (
    <Tooltip.Provider delayDuration={500}>
      <div className="app">
        <Toolbar mode={mode} theme={theme} onCommand={onCommand} />
        {problem && (
          <div className="banner banner--danger" role="alert">
            <span>{problem}</span>
            <button type="button" className="link-button" onClick={() => setProblem(null)}>
              Dismiss
            </button>
          </div>
        )}
        <CompareProvider ids={compareIds}>
        <Group className="workspace" orientation="horizontal" {...layout}>
          <Panel id="library" defaultSize="30%" minSize="200px" maxSize="50%" collapsible={compareIds !== null} panelRef={sidePanes.library} onResize={sidePanes.sync} className="workspace__panel">
            <Tabs.Root className="column-tabs" value={leftTab} onValueChange={setLeftTab}>
              <Tabs.List className="tabs__list column-tabs__list" aria-label="Corpus">
                <Tabs.Trigger className="tabs__trigger" value="library">
                  <Library size={13} aria-hidden /> Library
                </Tabs.Trigger>
                <Tabs.Trigger className="tabs__trigger" value="codebook">
                  <Tags size={13} aria-hidden /> Codebook
                </Tabs.Trigger>
                <Tabs.Trigger className="tabs__trigger" value="search">
                  <SearchIcon size={13} aria-hidden /> Search
                </Tabs.Trigger>
              </Tabs.List>
              {/* Kept mounted while hidden, so each keeps its scroll position, query and selection. */}
              <Tabs.Content className="column-tabs__content" value="library" forceMount hidden={leftTab !== 'library'}>
                <div className="library-column">
                  <LibraryPane
                    selectedId={selectedId}
                    onSelect={setSelectedId}
                    searchRef={searchRef}
                    onCompare={(ids) => {
                      setCompareIds(ids);
                      setSideTab('compare');
                    }}
                    onExport={(ids) => {
                      setExportIds(ids);
                      setExportOpen(true);
                    }}
                    onProblem={setProblem}
                  />
                  <ImportReport onOpenArticle={setSelectedId} />
                </div>
              </Tabs.Content>
              <Tabs.Content className="column-tabs__content" value="codebook" forceMount hidden={leftTab !== 'codebook'}>
                <CodebookPanel />
              </Tabs.Content>
              <Tabs.Content className="column-tabs__content" value="search" forceMount hidden={leftTab !== 'search'}>
                <SearchPanel />
              </Tabs.Content>
            </Tabs.Root>
          </Panel>
          <Separator className="workspace__separator" />
          <Panel id="reader" defaultSize="44%" minSize="25%" className="workspace__panel">
            {compareIds ? (
              <CompareView
                sidePanes={sidePanes}
                onClose={() => {
                  setCompareIds(null);
                  setSideTab('details');
                }}
              />
            ) : (
              <ReaderPane onCite={cite} />
            )}
          </Panel>
          <Separator className="workspace__separator" />
          <Panel id="side" defaultSize="26%" minSize="16%" maxSize="45%" collapsible={compareIds !== null} panelRef={sidePanes.side} onResize={sidePanes.sync} className="workspace__panel">
            <Tabs.Root className="column-tabs" value={sideTab} onValueChange={setSideTab}>
              <Tabs.List className="tabs__list column-tabs__list" aria-label="Article">
                {compareIds && (
                  <Tabs.Trigger className="tabs__trigger" value="compare">
                    <Columns3 size={13} aria-hidden /> Comparison
                  </Tabs.Trigger>
                )}
                <Tabs.Trigger className="tabs__trigger" value="details">
                  <Info size={13} aria-hidden /> Details
                </Tabs.Trigger>
                <Tabs.Trigger className="tabs__trigger" value="notes">
                  <NotebookPen size={13} aria-hidden /> Notes
                </Tabs.Trigger>
              </Tabs.List>
              {compareIds && (
                <Tabs.Content className="column-tabs__content" value="compare">
                  <ComparePanel onCite={(list) => list.forEach(cite)} />
                </Tabs.Content>
              )}
              <Tabs.Content className="column-tabs__content" value="details" forceMount hidden={sideTab !== 'details'}>
                <DetailsPane articleId={selectedId} onOpenArticle={setSelectedId} />
              </Tabs.Content>
              <Tabs.Content className="column-tabs__content" value="notes" forceMount hidden={sideTab !== 'notes'}>
                <NotesPanel />
              </Tabs.Content>
            </Tabs.Root>
          </Panel>
        </Group>
        </CompareProvider>
        <StatusBar mode={mode} announcement={announcement} onOpenProject={() => setProjectOpen(true)} />
        <DropOverlay />
        <AboutDialog open={aboutOpen} onOpenChange={setAboutOpen} info={appInfo} />
        <PreferencesDialog open={preferencesOpen} onOpenChange={setPreferencesOpen} />
        <ImportWebDialog open={importWebOpen} onOpenChange={setImportWebOpen} />
        <ShareProjectDialog open={shareOpen} onOpenChange={setShareOpen} onShared={() => setProjectOpen(true)} />
        <JoinProjectDialog open={joinOpen} onOpenChange={setJoinOpen} onJoined={(name) => setAnnouncement(`Joined ${name}`)} />
        <ProjectDialog open={projectOpen} onOpenChange={setProjectOpen} onAnnounce={setAnnouncement} />
        <AgreementDialog open={agreementOpen} onOpenChange={setAgreementOpen} onAnnounce={setAnnouncement} />
        <ExportDialog
          open={exportOpen}
          onOpenChange={setExportOpen}
          comparedIds={compareIds}
          openArticleId={selectedId}
          selectedIds={exportIds}
          onExported={setAnnouncement}
        />
        <RestoreDialog
          open={restoreOpen}
          onOpenChange={setRestoreOpen}
          onRestored={(message) => {
            setAnnouncement(message);
            // A restored library is one to keep noting, even if the launch found it empty.
            setLibraryChecked(true);
          }}
        />
        {emptyLibrary && (
          <EmptyLibraryDialog
            check={emptyLibrary}
            onSettled={(message) => {
              setEmptyLibrary(null);
              setLibraryChecked(true);
              setAnnouncement(message);
            }}
            onChooseAnother={() => setRestoreOpen(true)}
          />
        )}
        <CompareChooser
          open={chooserOpen}
          onOpenChange={setChooserOpen}
          initial={compareIds ?? (selectedId ? [selectedId] : [])}
          onCompare={(ids) => {
            setCompareIds(ids);
            setSideTab('compare');
          }}
        />
      </div>
    </Tooltip.Provider>
  );
}
