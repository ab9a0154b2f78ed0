/** UI state: which view, what is selected or collapsed, theme, transient notices. Not saved in plans. */
import { createStore } from 'zustand/vanilla';
import type { ChangeRequestId, ProjectId, TaskId } from '../domain/model';

export const VIEWS = ['tasks', 'gantt', 'board', 'team', 'costs', 'risks', 'stakeholders', 'changes', 'reports', 'portfolio', 'phases', 'charter'] as const;
export type ViewName = (typeof VIEWS)[number];
export type ThemePreference = 'system' | 'light' | 'dark';

export interface Notice {
  readonly id: number;
  readonly tone: 'info' | 'error';
  readonly message: string;
  /** e.g. "Undo" after deleting a project. */
  readonly action?: { readonly label: string; readonly run: () => void };
  /** Stays until dismissed: a message about data that was not saved must not vanish unread. */
  readonly sticky?: boolean;
}

export interface UiState {
  readonly view: ViewName;
  readonly selectedTaskIds: readonly TaskId[];
  /** Collapsed summary rows, shared by the table and the Gantt. */
  readonly collapsed: ReadonlySet<string>;
  readonly theme: ThemePreference;
  /** "Tasks at risk": the Gantt, board and task table show only tasks linked to an open risk or issue. */
  readonly atRiskOnly: boolean;
  readonly setAtRiskOnly: (on: boolean) => void;
  readonly notices: readonly Notice[];
  /**
   * The status date typed in the Reports view and not yet stored in the plan's report draft, per
   * project (absent: the draft's, else the plan's own, else today). The view stores it when the
   * field is left, except while a change proposal is open (a draft edit does not belong in the
   * proposal): it waits here then, so it survives the view being mounted again; keyed by project,
   * so one project's date does not carry over to another's reports. Undefined forgets it.
   */
  readonly reportStatusDates: Readonly<Record<ProjectId, string>>;
  readonly setReportStatusDate: (projectId: ProjectId, date: string | undefined) => void;
  /** The change request open in the change log's detail panel. */
  readonly selectedChangeId: ChangeRequestId | null;
  readonly selectChange: (id: ChangeRequestId | null) => void;
  /** The task open in the task editor dialog (shared by table, Gantt and board), or null. */
  readonly editingTaskId: TaskId | null;
  readonly openTaskEditor: (id: TaskId) => void;
  /** Presentation mode of the Gantt: the native menu, F5 and the toolbar all set it here. */
  readonly isPresenting: boolean;
  readonly setPresenting: (on: boolean) => void;
  readonly closeTaskEditor: () => void;
  readonly setView: (view: ViewName) => void;
  /**
   * Shows a view and takes the keyboard into it (its grid, else its content), as the view
   * commands do (Ctrl+1–4, the View menu): the element that had the focus may leave with the view
   * it was in, and a person who pressed Ctrl+2 to type in the Gantt's grid should not have to Tab
   * there from the top of the window. Counted so the shell moves the focus once per request.
   */
  readonly goToView: (view: ViewName) => void;
  readonly viewFocusRequests: number;
  readonly select: (ids: readonly TaskId[]) => void;
  readonly toggleCollapsed: (id: TaskId) => void;
  readonly setCollapsed: (ids: Iterable<string>) => void;
  /** Opens these summaries where collapsed (a task's ancestors, to bring its row on screen); the same set when none was. */
  readonly expandSummaries: (ids: Iterable<string>) => void;
  readonly setTheme: (theme: ThemePreference) => void;
  readonly notify: (notice: Omit<Notice, 'id'>) => void;
  readonly dismiss: (id: number) => void;
}

let noticeId = 0;

export function createUiStore(initial: Partial<Pick<UiState, 'view' | 'theme' | 'atRiskOnly'>> = {}) {
  return createStore<UiState>()((set) => ({
    view: initial.view ?? 'tasks',
    selectedTaskIds: [],
    collapsed: new Set(),
    theme: initial.theme ?? 'system',
    atRiskOnly: initial.atRiskOnly ?? false,
    setAtRiskOnly: (on) => set({ atRiskOnly: on }),
    reportStatusDates: {},
    setReportStatusDate: (projectId, date) => set((s) => {
      const { [projectId]: _forgotten, ...others } = s.reportStatusDates;
      return { reportStatusDates: date === undefined ? others : { ...others, [projectId]: date } };
    }),
    notices: [],
    selectedChangeId: null,
    selectChange: (id) => set({ selectedChangeId: id }),
    editingTaskId: null,
    isPresenting: false,
    setPresenting: (on) => set({ isPresenting: on }),
    openTaskEditor: (id) => set({ editingTaskId: id }),
    closeTaskEditor: () => set({ editingTaskId: null }),
    setView: (view) => set({ view }),
    goToView: (view) => set((s) => ({ view, viewFocusRequests: s.viewFocusRequests + 1 })),
    viewFocusRequests: 0,
    select: (ids) => set({ selectedTaskIds: ids }),
    toggleCollapsed: (id) =>
      set((s) => {
        const next = new Set(s.collapsed);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return { collapsed: next };
      }),
    setCollapsed: (ids) => set({ collapsed: new Set(ids) }),
    expandSummaries: (ids) =>
      set((s) => {
        const open = [...ids].filter((id) => s.collapsed.has(id));
        if (open.length === 0) return s;
        const next = new Set(s.collapsed);
        for (const id of open) next.delete(id);
        return { collapsed: next };
      }),
    setTheme: (theme) => set({ theme }),
    // The same message again replaces the one shown (a fresh one, with its own time out): a view
    // that reports a refused command as the shell's Notices also does showed each refusal twice.
    // One with an action (Undo a deletion) is about its own event and stays.
    notify: (notice) => set((s) => {
      const others = s.notices.filter((n) => n.action !== undefined || n.message !== notice.message || n.tone !== notice.tone);
      // Passing notices: the newest and three before it. One that stays until dismissed (a change that was not
      // saved, with its Retry) is never pushed out by later ones: six failed writes in a row kept
      // the Retry of the last four, and the first two changes could not be saved again (found by a helper).
      const passing = new Set(others.filter((n) => n.sticky !== true).slice(-3));
      return { notices: [...others.filter((n) => n.sticky === true || passing.has(n)), { ...notice, id: ++noticeId }] };
    }),
    dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  }));
}

export type UiStore = ReturnType<typeof createUiStore>;
