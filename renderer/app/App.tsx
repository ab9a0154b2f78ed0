/** The application shell: providers, the sidebar, the top bar and the current view. */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { ServicesProvider } from '../features/shared/services';
import { TaskEditorHost } from '../features/tasks/TaskEditor';
import { TaskTable } from '../features/tasks/TaskTable';
import { TeamView } from '../features/team/TeamView';
import { GanttView } from '../features/gantt';
import { BoardView } from '../features/board';
import { RisksView } from '../features/risks/RisksView';
import { CostView } from '../features/costs/CostView';
import { PortfolioView } from '../features/portfolio/PortfolioView';
import { ChangeLogView } from '../features/changes/ChangeLogView';
import { ProposalBanner } from '../features/changes/ProposalBanner';
import { StakeholdersView } from '../features/stakeholders/StakeholdersView';
import { ReportsView } from '../features/reports/ReportsView';
import { PhasesView } from '../features/phases/PhasesView';
import { CharterView } from '../features/charter/CharterView';
import { FilesHost, useFileCommands } from '../features/files';
import { MergeHost } from '../features/merge';
import { StoresProvider, useSession, useUi, type ViewName } from '../store';
import type { AppServices } from './boot';
import { ErrorBoundary } from './ErrorBoundary';
import { Notices } from './Notices';
import { ShortcutSheet, useShortcutSheetKeys } from './ShortcutSheet';
import { Sidebar, type ViewEntry } from './Sidebar';
import { TopBar } from './TopBar';
import { useAppCommands, useCommandRouting } from './use-app-commands';
import { useTheme } from './use-theme';
import { DroppedDataBanner, ProjectTroublePanel } from '../features/projects/ProjectTrouble';
import { useServices } from '../features/shared/services';
import { commitFocusedFieldWhenPageGoes } from '../features/shared/commit-focused-field';
import { LOADS_HOLIDAYS_ON_INTENT, SettingsHost, useSettingsCommands, useSettingsDialogs } from '../features/settings';

/** The views that exist; a view appears here when it is built, never as a placeholder. */
const VIEW_ENTRIES: readonly (ViewEntry & { readonly render: () => React.ReactNode })[] = [
  { view: 'tasks', label: 'Tasks', icon: 'tasks', render: () => <TaskTable /> },
  { view: 'gantt', label: 'Gantt', icon: 'gantt', render: () => <GanttView /> },
  { view: 'board', label: 'Board', icon: 'board', render: () => <BoardView /> },
  { view: 'team', label: 'Team', icon: 'team', render: () => <TeamView /> },
  { view: 'costs', label: 'Costs', icon: 'money', render: () => <CostView /> },
  { view: 'risks', label: 'Risks', icon: 'warning', render: () => <RisksView /> },
  { view: 'charter', label: 'Charter', icon: 'charter', render: () => <CharterView /> },
  { view: 'phases', label: 'Phases', icon: 'milestone', render: () => <PhasesView /> },
  { view: 'changes', label: 'Changes', icon: 'edit', render: () => <ChangeLogView /> },
  { view: 'stakeholders', label: 'Stakeholders', icon: 'team', render: () => <StakeholdersView /> },
  { view: 'portfolio', label: 'Portfolio', icon: 'portfolio', render: () => <PortfolioView /> },
  { view: 'reports', label: 'Reports', icon: 'report', render: () => <ReportsView /> },
];

export function App({ services }: { services: AppServices }) {
  return (
    <ErrorBoundary>
      <ServicesProvider services={services}>
        <StoresProvider stores={services.stores}>
          <Shell />
        </StoresProvider>
      </ServicesProvider>
    </ErrorBoundary>
  );
}

function Shell() {
  useTheme();
  const [isShortcutSheetOpen, setShortcutSheetOpen] = useState(false);
  const openShortcutSheet = useCallback(() => setShortcutSheetOpen(true), []);
  const fileCommands = useFileCommands();
  const settingsCommands = useSettingsCommands();
  const handlers = useAppCommands(useMemo(
    () => ({ ...fileCommands, ...settingsCommands, 'help.shortcuts': openShortcutSheet }),
    [fileCommands, settingsCommands, openShortcutSheet],
  ));
  useCommandRouting(handlers);
  useShortcutSheetKeys(openShortcutSheet);
  // A reload or the window closing with the caret in a field keeps what was typed there.
  useEffect(() => commitFocusedFieldWhenPageGoes(document, window), []);
  const view = useUi((s) => s.view);
  const hasPlan = useSession((s) => s.plan !== null);
  const hasTrouble = useSession((s) => s.trouble !== null);
  const entry = VIEW_ENTRIES.find((v) => v.view === view) ?? VIEW_ENTRIES[0];
  const viewArea = useViewFocus();
  const restoreSnapshot = handlers['file.restoreSnapshot'] ?? (() => undefined);
  return (
    <div className="app">
      <Sidebar views={VIEW_ENTRIES} />
      {/* Popovers opened in the main area stay in it, clear of the sidebar (components/Popover). */}
      <div className="app-main" data-popover-boundary>
        <TopBar />
        <StorageBanner />
        {hasPlan ? <DroppedDataBanner /> : null}
        {hasPlan ? <ProposalBanner /> : null}
        <main className="view-area" ref={viewArea} tabIndex={-1} aria-label={hasPlan ? entry?.label : 'Project'}>
          {hasPlan ? <ErrorBoundary key={view}>{entry?.render()}</ErrorBoundary>
            : hasTrouble ? <ProjectTroublePanel onRestoreSnapshot={restoreSnapshot} /> : <NoProject />}
        </main>
      </div>
      <TaskEditorHost />
      <FilesHost />
      <MergeHost />
      <SettingsHost />
      <Notices viewArea={viewArea} />
      {isShortcutSheetOpen ? <ShortcutSheet onClose={() => setShortcutSheetOpen(false)} /> : null}
    </div>
  );
}

/**
 * After a view command (UiState.goToView), the keyboard goes into the view shown: to the first
 * element in it marked `data-view-start` (the task table's and the Gantt's grid, the board's first
 * card, the team's first person's name), else, when it has none (no cards, no people), to the view's area, from
 * which Tab reaches its first control. A view may draw that element a moment later (the Gantt
 * first reads a new project's view settings): the area holds the focus meanwhile, and hands it on
 * when the element comes, unless the person has moved the focus elsewhere by then.
 */
function useViewFocus(): RefObject<HTMLElement | null> {
  const area = useRef<HTMLElement | null>(null);
  const requests = useUi((s) => s.viewFocusRequests);
  useEffect(() => {
    const el = area.current;
    if (requests === 0 || !el) return undefined;
    // A dialog keeps the keyboard (a menu accelerator can fire behind it): the view changes under it.
    if (document.activeElement?.closest('[role="dialog"], [role="alertdialog"]')) return undefined;
    const start = (): HTMLElement | null => el.querySelector<HTMLElement>('[data-view-start]');
    const found = start();
    if (found) {
      found.focus({ preventScroll: true });
      return undefined;
    }
    el.focus({ preventScroll: true });
    const observer = new MutationObserver(() => {
      const late = start();
      if (!late) return;
      observer.disconnect();
      if (document.activeElement === el) late.focus({ preventScroll: true });
    });
    observer.observe(el, { childList: true, subtree: true });
    const giveUp = setTimeout(() => observer.disconnect(), 2000);
    return () => {
      observer.disconnect();
      clearTimeout(giveUp);
    };
  }, [requests]);
  return area;
}

/** Says so, all session long, when nothing typed here will outlive the window. */
function StorageBanner() {
  const { storage } = useServices();
  if (storage.kind === 'persistent') return null;
  return (
    <section className="storage-banner" role="alert" aria-label="Not saved on this device">
      <p><strong>Changes are not saved on this device.</strong> Plotline could not write to this profile's storage ({storage.reason}). This session is kept in memory only: use File → Save As to keep your work before closing the window.</p>
    </section>
  );
}

function NoProject() {
  const dialogs = useSettingsDialogs();
  return (
    <div className="empty-state">
      <h2>No project open</h2>
      <p>Create a project to start planning.</p>
      <button type="button" className="button primary" {...LOADS_HOLIDAYS_ON_INTENT} onClick={() => dialogs.show({ kind: 'new-project' })}>New project</button>
    </div>
  );
}

export type { ViewName };
