/**
 * Every project on this device, scheduled, for the portfolio: the open one as the session holds it
 * (with unsaved edits), the others read once from storage when the view opens. A project that
 * cannot be read is listed apart with the reason rather than hiding the rest.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  crossProjectLoad, namedPhaseWindows, summarizeProject, type NamedPhaseWindow, type PooledPerson, type PortfolioProject, type ProjectSummary,
} from '../../domain/lifecycle';
import type { ProjectId } from '../../domain/model';
import { scheduleProject } from '../../domain/schedule';
import { useSession } from '../../store';
import type { PlanRepository, ProjectSummary as StoredProjectSummary } from '../../db';
import { useServices } from '../shared/services';

export interface PortfolioEntry {
  readonly projectId: ProjectId;
  readonly isOpen: boolean;
  readonly summary: ProjectSummary;
  /** Each project's own phases (its names, order and added phases). */
  readonly phases: readonly NamedPhaseWindow[];
}

export type PortfolioModel =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly entries: readonly PortfolioEntry[]; readonly people: readonly PooledPerson[]; readonly unreadable: readonly string[] };

interface LoadedOthers {
  readonly projects: readonly PortfolioProject[];
  readonly unreadable: readonly string[];
}

type OtherOutcome =
  | { readonly kind: 'read'; readonly project: PortfolioProject }
  | { readonly kind: 'unreadable'; readonly reason: string }
  | { readonly kind: 'missing' };

/** One other project read from storage and scheduled, or why it is not shown ('missing': deleted meanwhile). */
async function readAndSchedule(repository: PlanRepository, summary: StoredProjectSummary): Promise<OtherOutcome> {
  const outcome = await repository.openPlan(summary.id);
  if (outcome.kind === 'missing') return { kind: 'missing' };
  if (outcome.kind === 'unreadable') return { kind: 'unreadable', reason: `${summary.name}: ${outcome.message}` };
  try {
    return { kind: 'read', project: { plan: outcome.stored.plan, schedule: scheduleProject(outcome.stored.plan) } };
  } catch (error) {
    return { kind: 'unreadable', reason: `${summary.name}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The other projects, scheduled; read once per opening of the view (and when the open project changes). */
export function useOtherProjects(openId: ProjectId | null): LoadedOthers | null {
  const { repository } = useServices();
  const [others, setOthers] = useState<LoadedOthers | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void (async () => {
      const listed = (await repository.listProjects()).filter((summary) => summary.id !== openId);
      // All reads are asked for at once: IndexedDB serves them side by side, and each project is
      // scheduled as soon as its own read lands, while the others are still being read (one after
      // another, this thread sat idle through every read).
      const outcomes = await Promise.all(listed.map((summary) => readAndSchedule(repository, summary)));
      const projects = outcomes.flatMap((o) => (o.kind === 'read' ? [o.project] : []));
      const unreadable = outcomes.flatMap((o) => (o.kind === 'unreadable' ? [o.reason] : []));
      if (isCurrent) setOthers({ projects, unreadable });
    })();
    return () => { isCurrent = false; };
  }, [repository, openId]);
  return others;
}

export function usePortfolio(): PortfolioModel {
  const plan = useSession((s) => s.plan);
  const schedule = useSession((s) => s.schedule);
  const openId = plan?.project.id ?? null;
  const others = useOtherProjects(openId);
  return useMemo<PortfolioModel>(() => {
    if (others === null) return { status: 'loading' };
    const all: PortfolioProject[] = [...(plan && schedule ? [{ plan, schedule }] : []), ...others.projects];
    const entries = all
      .map((p): PortfolioEntry => ({ projectId: p.plan.project.id, isOpen: p.plan.project.id === openId, summary: summarizeProject(p), phases: namedPhaseWindows(p.plan, p.schedule) }))
      .sort((a, b) => a.summary.start.localeCompare(b.summary.start) || a.summary.name.localeCompare(b.summary.name));
    return { status: 'ready', entries, people: crossProjectLoad(all), unreadable: others.unreadable };
  }, [plan, schedule, others, openId]);
}
