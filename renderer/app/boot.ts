/**
 * Start-up wiring: database, platform, stores, and the first-run sample plan. Everything the
 * app creates once lives here so components stay free of construction details.
 */
import { PlanRepository, PlotlineDb } from '../db';
import { parsePlotline } from '../domain/formats/native';
import type { Plan, ProjectId } from '../domain/model';
import { createSessionStore, createUiStore, type Stores } from '../store';
import { getPlatform } from '../platform';
import type { Services } from '../features/shared/services';
import { scheduleForDisplay } from '../features/shared/schedule';
import sampleText from '../../assets/sample-plan.plotline?raw';
import { applyBoardPreferences, keepPreferences, loadPreferences } from './preferences';

export interface AppServices extends Services {
  readonly stores: Stores;
}

const LAST_PROJECT_KEY = 'lastProjectId';
const SEEDED_KEY = 'seededSample';

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

export async function boot(): Promise<AppServices> {
  const repository = new PlanRepository(new PlotlineDb());
  const platform = getPlatform();
  const newId = (): string => crypto.randomUUID();
  const now = (): string => new Date().toISOString();
  const prefs = await loadPreferences(repository);
  const ui = createUiStore({ ...(prefs.theme ? { theme: prefs.theme } : {}), ...(prefs.view ? { view: prefs.view } : {}) });
  applyBoardPreferences(prefs);
  const session = createSessionStore({
    persistence: repository,
    newId,
    now,
    schedule: scheduleForDisplay,
    onWriteError: (problem) => ui.getState().notify({ tone: 'error', message: problem.message }),
  });
  const services: AppServices = { repository, platform, newId, now, today: localToday, stores: { session, ui } };
  await openInitialProject(services);
  keepPreferences(repository, ui);
  // Remember the open project for the next start.
  session.subscribe((state, previous) => {
    if (state.projectId !== previous.projectId) void repository.setMeta(LAST_PROJECT_KEY, state.projectId);
  });
  return services;
}

async function openInitialProject({ repository, stores }: AppServices): Promise<void> {
  if (!(await repository.getMeta<boolean>(SEEDED_KEY))) {
    const plan = samplePlan();
    await repository.savePlan(plan);
    await repository.setMeta(SEEDED_KEY, true);
    await repository.setMeta(LAST_PROJECT_KEY, plan.project.id);
  }
  const projects = await repository.listProjects();
  const last = await repository.getMeta<ProjectId>(LAST_PROJECT_KEY);
  const target = projects.find((p) => p.id === last) ?? projects[0];
  await stores.session.getState().openProject(target?.id ?? null);
}
