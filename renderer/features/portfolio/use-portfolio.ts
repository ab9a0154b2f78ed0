/**
 * Every project on this device, digested for the portfolio: the open one as the session holds it
 * (with unsaved edits), the others from their kept digests, or read and scheduled when they changed
 * since. A project that cannot be read is listed apart with the reason rather than hiding the rest.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  crossProjectLoad, DIGEST_FORMAT, digestProject, type NamedPhaseWindow, type PooledPerson, type ProjectDigest, type ProjectSummary,
} from '../../domain/lifecycle';
import type { LocalDate, ProjectId } from '../../domain/model';
import { scheduleProject } from '../../domain/schedule';
import { useSession } from '../../store';
import type { PlanRepository, ProjectSummary as StoredProjectSummary, Revision } from '../../db';
import { useServices } from '../shared/services';
import { readProject } from './other-plans';

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
  readonly digests: readonly ProjectDigest[];
  readonly unreadable: readonly string[];
}

type OtherOutcome =
  | { readonly kind: 'read'; readonly digest: ProjectDigest; readonly revision: Revision }
  | { readonly kind: 'unreadable'; readonly reason: string }
  | { readonly kind: 'missing' };

/** One other project read from storage, scheduled and digested, or why it is not shown ('missing': deleted meanwhile). */
async function readAndDigest(repository: PlanRepository, summary: StoredProjectSummary, today: LocalDate): Promise<OtherOutcome> {
  const read = await readProject(repository, summary);
  if (read.kind !== 'read') return read;
  try {
    return { kind: 'read', digest: digestProject({ plan: read.plan, schedule: scheduleProject(read.plan) }, today), revision: read.revision };
  } catch (error) {
    return { kind: 'unreadable', reason: `${summary.name}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * The other projects' digests: the kept one of each project unchanged since (most openings read
 * only these), else the plan read, scheduled and digested, and the digest kept for next time.
 * A digest that cannot be kept (storage full) costs only speed, so that failure is not shown.
 */
async function readOthers(repository: PlanRepository, openId: ProjectId | null, today: LocalDate): Promise<LoadedOthers> {
  const listed = (await repository.listProjects()).filter((summary) => summary.id !== openId);
  // A kept digest's health of a plan without a status date of its own is as of the day it was
  // measured, and says so: measuring every project again each day would cost the first opening of
  // the day what a change to every project costs (20 × 1,000 tasks: ~0.9 s against ~0.14 s).
  const fresh = await repository.freshDigests(listed, DIGEST_FORMAT);
  // The stale reads are asked for at once: IndexedDB serves them side by side, and each project
  // is scheduled as soon as its own read lands, while the others are still being read.
  const outcomes = await Promise.all(listed.map(async (summary): Promise<OtherOutcome> => {
    const digest = fresh.get(summary.id);
    return digest ? { kind: 'read', digest, revision: summary.revision } : readAndDigest(repository, summary, today);
  }));
  const computed = outcomes.flatMap((o) => (o.kind === 'read' && !fresh.has(o.digest.projectId) ? [o] : []));
  void Promise.all(computed.map((o) => repository.keepDigest(o.digest.projectId, o.revision, DIGEST_FORMAT, o.digest))).catch(() => undefined);
  return {
    digests: outcomes.flatMap((o) => (o.kind === 'read' ? [o.digest] : [])),
    unreadable: outcomes.flatMap((o) => (o.kind === 'unreadable' ? [o.reason] : [])),
  };
}

/**
 * One read for every view asking at the same time: the Team view's cross-project notice and its
 * leveling both want the other projects when it opens, and two reads would schedule each stale
 * project twice.
 */
const reading = new WeakMap<PlanRepository, Map<ProjectId | null, Promise<LoadedOthers>>>();

function sharedRead(repository: PlanRepository, openId: ProjectId | null, today: LocalDate): Promise<LoadedOthers> {
  const byOpen = reading.get(repository) ?? new Map<ProjectId | null, Promise<LoadedOthers>>();
  reading.set(repository, byOpen);
  const pending = byOpen.get(openId);
  if (pending) return pending;
  const read = readOthers(repository, openId, today).finally(() => { byOpen.delete(openId); });
  byOpen.set(openId, read);
  return read;
}

/** The other projects' digests; read once per opening of the view (and when the open project changes). */
export function useOtherProjects(openId: ProjectId | null): LoadedOthers | null {
  const { repository, today } = useServices();
  const [others, setOthers] = useState<LoadedOthers | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void sharedRead(repository, openId, today() as LocalDate).then((read) => { if (isCurrent) setOthers(read); });
    return () => { isCurrent = false; };
  }, [repository, openId, today]);
  return others;
}

export function usePortfolio(): PortfolioModel {
  const plan = useSession((s) => s.plan);
  const schedule = useSession((s) => s.schedule);
  const openId = plan?.project.id ?? null;
  const others = useOtherProjects(openId);
  const { today } = useServices();
  // The open project as the session holds it, with unsaved edits: digested on each change.
  const open = useMemo(() => (plan && schedule ? digestProject({ plan, schedule }, today() as LocalDate) : null), [plan, schedule, today]);
  return useMemo<PortfolioModel>(() => {
    if (others === null) return { status: 'loading' };
    const all: ProjectDigest[] = [...(open ? [open] : []), ...others.digests];
    const entries = all
      .map((d): PortfolioEntry => ({ projectId: d.projectId, isOpen: d.projectId === openId, summary: d.summary, phases: d.phases }))
      .sort((a, b) => a.summary.start.localeCompare(b.summary.start) || a.summary.name.localeCompare(b.summary.name));
    return { status: 'ready', entries, people: crossProjectLoad(all), unreadable: others.unreadable };
  }, [open, others, openId]);
}
