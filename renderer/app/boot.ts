/**
 * Start-up wiring: database, platform, stores, and the first-run sample plan. Everything the
 * app creates once lives here so components stay free of construction details.
 *
 * Start-up cannot be bricked by data: storage that refuses writes gives an in-memory session
 * (with a banner), and a project that cannot be read or scheduled is flagged in the project list
 * while the next one opens. Anything else that throws here is shown by the boot error page
 * (main.tsx), never a blank window.
 */
import { openStorage, PlanRepository, type PlotlineDb } from '../db';
import { parsePlotline } from '../domain/formats/native';
import type { LocalDate, Plan, ProjectId } from '../domain/model';
import { createSessionStore, createUiStore, type SessionNotice, type Stores } from '../store';
import { getPlatform } from '../platform';
import type { Services, StorageState } from '../features/shared/services';
import { scheduleForDisplay } from '../features/shared/schedule';
import { randomUuids } from '../features/shared/random-ids';
import { keepLeftDigest } from '../features/portfolio/keep-left-digest';
import { readGanttSettingsAhead } from '../features/gantt/view-preferences';
import sampleText from '../../assets/sample-plan.plotline?raw';
import { applyBoardPreferences, keepPreferences, loadPreferences } from './preferences';

export interface AppServices extends Services {
  readonly stores: Stores;
}

const LAST_PROJECT_KEY = 'lastProjectId';
const SEEDED_KEY = 'seededSample';
/** The boot error page's "Start without saved data" choice, for this tab or window only. */
export const MEMORY_SESSION_KEY = 'plotline.memorySession';
/** Projects tried at start before showing none: each failure is flagged, so this only bounds the wait. */
const MAX_START_ATTEMPTS = 5;

const pad = (n: number): string => String(n).padStart(2, '0');
function localToday(): string {
  const d = new Date();
  return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The bundled sample plan, with fresh ids so it can be added more than once. */
export function samplePlan(): Plan {
  const parsed = parsePlotline(sampleText);
  if (!parsed.ok) throw new Error(`The bundled sample plan is invalid: ${parsed.error.message}`);
  return parsed.value.plan;
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function forcedMemory(): string | null {
  try {
    return sessionStorage.getItem(MEMORY_SESSION_KEY);
  } catch {
    return null;
  }
}

export async function boot(): Promise<AppServices> {
  const now = (): string => new Date().toISOString();
  let storage = await openStorage(now(), forcedMemory());
  let seeded: boolean;
  try {
    seeded = await seedFirstRun(new PlanRepository(storage.db));
  } catch (error) {
    // The first write of a first run failed (quota): the session still starts, in memory.
    storage.db.close();
    storage = await openStorage(now(), describe(error));
    seeded = await seedFirstRun(new PlanRepository(storage.db));
  }
  const state: StorageState = storage.kind === 'memory' ? { kind: 'memory', reason: storage.reason } : { kind: 'persistent' };
  const services = await wire(storage.db, state);
  await openInitialProject(services, seeded);
  return services;
}

async function wire(db: PlotlineDb, storage: StorageState): Promise<AppServices> {
  const newId = randomUuids();
  const now = (): string => new Date().toISOString();
  const repository = new PlanRepository(db, newId());
  const platform = getPlatform();
  const prefs = await loadPreferences(repository);
  const ui = createUiStore({
    ...(prefs.theme ? { theme: prefs.theme } : {}), ...(prefs.view ? { view: prefs.view } : {}),
    ...(prefs.atRiskOnly !== undefined ? { atRiskOnly: prefs.atRiskOnly } : {}),
  });
  applyBoardPreferences(prefs);
  const notify = (notice: SessionNotice): void => {
    ui.getState().notify({
      tone: notice.tone, message: notice.message, sticky: notice.tone === 'error',
      ...(notice.retry ? { action: { label: 'Retry', run: notice.retry } } : {}),
    });
    // The open project was deleted in another window: show another one rather than nothing.
    if (notice.kind === 'project-gone') void openFirstUsable(repository, session, null);
  };
  const session = createSessionStore({
    persistence: repository, newId, now, schedule: scheduleForDisplay, notify, left: keepLeftDigest(repository, () => localToday() as LocalDate), afterPaint,
    readAlongside: (projectId) => readGanttSettingsAhead(repository, projectId),
  });
  const services: AppServices = { repository, platform, newId, now, today: localToday, storage, stores: { session, ui } };
  keepPreferences(repository, ui);
  // Remember the open project for the next start.
  session.subscribe((s, previous) => {
    if (s.projectId !== previous.projectId && s.projectId !== null) void repository.setMeta(LAST_PROJECT_KEY, s.projectId);
  });
  return services;
}

/**
 * Resolves after the next frame has been painted: a task queued from an animation frame runs once
 * that frame is drawn. Only a plan opened from a file or a snapshot waits for it before its write
 * (its rows show first; the file is still on disk if the window goes meanwhile); a project made
 * here, and every edit, has its write sent before it is shown. A hidden window gets no frames, so a timer
 * stands in (such a plan is still written within a tenth of a second).
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => {
      clearTimeout(timer);
      resolve();
    }, 0));
  });
}

/** Adds the sample plan on the very first start; true when it did. */
async function seedFirstRun(repository: PlanRepository): Promise<boolean> {
  if (await repository.getMeta<boolean>(SEEDED_KEY)) return false;
  const plan = samplePlan();
  await repository.savePlan(plan);
  await repository.setMeta(SEEDED_KEY, true);
  await repository.setMeta(LAST_PROJECT_KEY, plan.project.id);
  return true;
}

async function openInitialProject({ repository, stores }: AppServices, seeded: boolean): Promise<void> {
  const last = await repository.getMeta<ProjectId>(LAST_PROJECT_KEY);
  const failed = await openFirstUsable(repository, stores.session, last ?? null);
  if (failed.length > 0 && !seeded) {
    stores.ui.getState().notify({
      tone: 'error', sticky: true,
      message: `${failed.map((name) => `“${name}”`).join(', ')} could not be opened; ${failed.length === 1 ? 'it is' : 'they are'} flagged in the project list.`,
    });
  }
}

/**
 * Opens the preferred project, or the next one that opens, most recent first; returns the names
 * of those that could not be opened (each is flagged with its trouble by the session).
 */
async function openFirstUsable(repository: PlanRepository, session: Stores['session'], preferred: ProjectId | null): Promise<string[]> {
  const projects = await repository.listProjects();
  const ordered = [...projects.filter((p) => p.id === preferred), ...projects.filter((p) => p.id !== preferred && p.trouble?.kind !== 'unopenable')];
  const failed: string[] = [];
  for (const project of ordered.slice(0, MAX_START_ATTEMPTS)) {
    if (await session.getState().openProject(project.id)) {
      return failed;
    }
    failed.push(project.name);
  }
  // Nothing opened: the trouble of the last attempt stays on screen with its way forward.
  return failed;
}
