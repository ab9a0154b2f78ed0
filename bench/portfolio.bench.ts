/**
 * Portfolio bench (issue #17): 20 generated projects of 1,250 tasks each, sharing the same 50
 * people (the generator names them Person 1..50 in every plan, so they pool by name). Measures
 * the cross-project load (goal ≤ 100 ms for 50 people) from the projects' digests, and apart from
 * it what the portfolio does only for a project changed since its digest was kept: scheduling it
 * and digesting it (summary, phase bands, each person's work per day). The view's own first render
 * (goal ≤ 500 ms for 20 × 1,000 tasks, with the paint) is portfolio-view.bench.ts.
 */
import { loadavg } from 'node:os';
import { crossProjectLoad, digestProject, type PortfolioProject, type ProjectDigest } from '../renderer/domain/lifecycle';
import type { LocalDate, Plan, ProjectId } from '../renderer/domain/model';
import { scheduleProject } from '../renderer/domain/schedule';
import { generatePlan } from '../test/support/generate-plan';
import { measure, ms, printTable } from './stats';

/** The day the tests measure a plan without a status date of its own at. */
const TODAY = '2026-03-02' as LocalDate;

const load = (): string => loadavg().map((v) => v.toFixed(2)).join(' / ');
console.log(`load average before (1/5/15 min): ${load()}`);

const PROJECTS = 20;
const TASKS = 1_250;
const plans: Plan[] = Array.from({ length: PROJECTS }, (_, i) => {
  const plan = generatePlan({ tasks: TASKS, seed: 100 + i, assignmentsPerLeaf: 1 });
  return { ...plan, project: { ...plan.project, id: `p${String(i)}` as ProjectId, name: `Project ${String(i + 1)}` } };
});
const people = new Set(plans.flatMap((p) => Object.values(p.resources).map((r) => r.name))).size;

const rows: string[][] = [];
const row = (label: string, fn: () => void, runs = 9): void => {
  const s = measure(fn, runs, 2);
  rows.push([`${String(PROJECTS)} × ${TASKS.toLocaleString('en-US')}`, String(people), label, ms(s.median), ms(s.min), ms(s.max)]);
};
let projects: PortfolioProject[] = [];
row('schedule every project (once per project changed since)', () => { projects = plans.map((plan) => ({ plan, schedule: scheduleProject(plan) })); }, 5);
let digests: ProjectDigest[] = [];
row('digest every project (summary, phase bands, daily work; once per project changed since)', () => { digests = projects.map((p) => digestProject(p, TODAY)); });
row('cross-project load from the digests (pooled people, daily; goal ≤ 100)', () => { crossProjectLoad(digests); });
printTable(['projects × tasks', 'people', 'case', 'median ms', 'min ms', 'max ms'], rows);
console.log(`load average after (1/5/15 min): ${load()}`);
