/**
 * Plotline's Gantt as the app opens it: the plan is read from IndexedDB through the real
 * repository, scheduled by the engine and shown by GanttView under the real stores and services
 * (all inside the timer, as a person waits for it on open). A one-task edit is a command that
 * runs the engine before the view repaints; a reload reads the plan from IndexedDB again into a
 * new session.
 */
import 'frappe-gantt/style.css';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import '../../../renderer/app/theme.css';
import { PlanRepository, PlotlineDb } from '../../../renderer/db';
import type { ProjectId, Task } from '../../../renderer/domain/model';
import { GanttView } from '../../../renderer/features/gantt';
import { readGanttSettingsAhead } from '../../../renderer/features/gantt/view-preferences';
import { scheduleForDisplay } from '../../../renderer/features/shared/schedule';
import { ServicesProvider, type Services } from '../../../renderer/features/shared/services';
import { createBrowserPlatform } from '../../../renderer/platform';
import { createSessionStore, createUiStore, StoresProvider } from '../../../renderer/store';
import type { PeerData } from '../plan-shapes';
import { boxWidth, firstScreenShown, host, timeToPaint, type PeerPage } from './painted';

const repository = new PlanRepository(new PlotlineDb('plotline-peer-bench'), 'bench');
let projectId: ProjectId | null = null;
let root: Root | null = null;
let session: ReturnType<typeof createSessionStore<ReturnType<typeof scheduleForDisplay>>> | null = null;
let editedName: string | null = null;
let ids = 0;
let taskCount = 0;
const newId = (): string => `b${String(++ids)}`;
const now = (): string => new Date().toISOString();
const services: Services = {
  repository, platform: createBrowserPlatform(), newId, now, today: () => now().slice(0, 10), storage: { kind: 'persistent' },
};

/** Opens the stored project in a new session (read, migrate, schedule) and mounts the Gantt. */
async function open(): Promise<void> {
  if (!projectId) throw new Error('load the plan first');
  root?.unmount();
  host().innerHTML = '';
  // As the app's boot wires it: the Gantt's preferences are read alongside the plan.
  const store = createSessionStore({
    persistence: repository, newId, now, schedule: scheduleForDisplay, notify: () => undefined,
    readAlongside: (id) => readGanttSettingsAhead(repository, id),
  });
  session = store;
  await store.getState().openProject(projectId);
  const stores = { session: store, ui: createUiStore({ view: 'gantt' }) };
  root = createRoot(host());
  flushSync(() => root?.render(
    <ServicesProvider services={services}><StoresProvider stores={stores}><GanttView /></StoresProvider></ServicesProvider>,
  ));
}

const bars = (): NodeListOf<Element> => host().querySelectorAll('.bar-wrapper');
const barNamed = (name: string): Element | null =>
  [...host().querySelectorAll('.bar-wrapper .bar-label')].find((l) => l.textContent === name)?.parentElement?.querySelector('.bar') ?? null;
/** Bars drawn and the grid's names filling the first screen (painted.ts). */
const firstScreen = (): boolean => bars().length > 0 && firstScreenShown('.gl-name-text', taskCount);
const timelineWidth = (): number => host().querySelector('.gl-scroller')?.scrollWidth ?? Number.NaN;

function button(label: string): HTMLButtonElement {
  const found = [...host().querySelectorAll('button')].find((b) => b.textContent === label);
  if (!found) throw new Error(`no "${label}" button in the Gantt toolbar`);
  return found;
}

const page: PeerPage = {
  async load(text) {
    const plan = (JSON.parse(text) as PeerData).plan;
    await repository.savePlan(plan);
    projectId = plan.project.id;
    taskCount = Object.keys(plan.tasks).length;
  },
  firstRender() { return timeToPaint(open, firstScreen); },
  zoomToWeek() {
    const before = timelineWidth();
    return timeToPaint(() => button('Weeks').click(), () => timelineWidth() !== before);
  },
  editOne() {
    const state = session?.getState();
    const name = host().querySelector('.bar-wrapper.gl-task .bar-label')?.textContent ?? null;
    const task = state?.plan ? Object.values(state.plan.tasks).find((t: Task) => t.name === name) : undefined;
    if (!state || !task || name === null) throw new Error('no Plotline bar on screen to edit');
    editedName = name;
    const before = boxWidth(barNamed(name));
    return timeToPaint(
      () => state.dispatch('updateTask', { id: task.id, changes: { durationMinutes: task.durationMinutes + 480 } }),
      () => boxWidth(barNamed(name)) !== before,
    );
  },
  reload() { return timeToPaint(open, () => firstScreen() && (editedName === null || barNamed(editedName) !== null)); },
  reset() { root?.unmount(); root = null; session = null; host().innerHTML = ''; },
  domCount() { return host().getElementsByTagName('*').length; },
};
window.peer = page;
