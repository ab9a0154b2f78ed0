/**
 * The risk marker model (issue 14: markers on the Gantt and the board, the "Tasks at risk"
 * filter): which tasks carry a marker, its colour band and the sentence naming the risks.
 */
import { describe, expect, it } from 'vitest';
import { addRisk, raiseIssue, runCommand, updateIssue, updateRisk, type CommandContext } from '../../../../renderer/domain/commands';
import { sequentialIds, type IssueId, type LocalDate, type Plan, type RiskId, type TaskId } from '../../../../renderer/domain/model';
import { boardLayout, NO_FILTER } from '../../../../renderer/domain/board';
import { riskMarkers, tasksAtRisk, tasksAtRiskWithSummaries } from '../../../../renderer/domain/raid';
import { runOk } from '../../../support/plan-builder';
import { basePlan, withTask } from '../schedule/plan-kit';

const ctx = (): CommandContext => ({ newId: sequentialIds('n'), now: '2026-03-02T08:00:00.000Z' });
const T = (id: string): TaskId => id as TaskId;

/** Phase (summary) > a, b; c on its own. Risk R-001 (4 x 4 = 16) on a and b; risk R-002 (2 x 2 = 4) on b; issue I-001 (high) on c. */
function plan(): Plan {
  let p = withTask(basePlan(), 'phase', { durationMinutes: 0 });
  p = withTask(p, 'a', { parentId: T('phase'), durationMinutes: 480 });
  p = withTask(p, 'b', { parentId: T('phase'), durationMinutes: 480 });
  p = withTask(p, 'c', { durationMinutes: 480 });
  p = runOk(addRisk, p, { id: 'r1' as RiskId, fields: { title: 'Vendor late', probability: 4, impact: 4, taskIds: [T('a'), T('b')] } }, ctx()).plan;
  p = runOk(addRisk, p, { id: 'r2' as RiskId, fields: { title: 'Key person away', probability: 2, impact: 2, taskIds: [T('b')] } }, ctx()).plan;
  return runOk(raiseIssue, p, { id: 'i1' as IssueId, fields: { title: 'Build server down', priority: 'high', taskIds: [T('c')] } }, ctx()).plan;
}

describe('risk markers', () => {
  it('marks every task linked to a live risk or an open issue, coloured by the highest score band', () => {
    const markers = riskMarkers(plan());
    expect([...markers.keys()].sort()).toEqual(['a', 'b', 'c']);
    // 16 is in the heat map's severe band (15-25); high priority weighs 14, the high band (10-14).
    expect(markers.get(T('a'))).toMatchObject({ score: 16, band: 'severe', label: 'At risk: R-001 Vendor late, score 16' });
    expect(markers.get(T('b'))?.label).toBe('At risk: R-001 Vendor late, score 16; R-002 Key person away, score 4');
    expect(markers.get(T('c'))).toMatchObject({ score: 14, band: 'high', label: 'At risk: I-001 Build server down, high priority' });
    expect(markers.has(T('phase'))).toBe(false);
  });

  it('agrees with tasksAtRisk on which tasks and which score', () => {
    const p = plan();
    const markers = riskMarkers(p);
    const atRisk = tasksAtRisk(p);
    expect([...markers.keys()].sort()).toEqual([...atRisk.keys()].sort());
    for (const [id, m] of markers) expect(m.score).toBe(atRisk.get(id)?.score);
  });

  it('drops a closed risk and a resolved issue, and re-colours by what is left', () => {
    let p = runOk(updateRisk, plan(), { id: 'r1' as RiskId, changes: { status: 'closed' } }, ctx()).plan;
    p = runOk(updateIssue, p, { id: 'i1' as IssueId, changes: { status: 'resolved' } }, ctx()).plan;
    const markers = riskMarkers(p);
    expect([...markers.keys()]).toEqual(['b']);
    // R-002 alone: 2 x 2 = 4, the low band (1-4).
    expect(markers.get(T('b'))).toMatchObject({ score: 4, band: 'low', label: 'At risk: R-002 Key person away, score 4' });
  });

  it('colours an issue by its priority: low, medium, high, critical give the four bands', () => {
    const bands = (['low', 'medium', 'high', 'critical'] as const).map((priority) => {
      const p = runCommand(updateIssue, plan(), { id: 'i1' as IssueId, changes: { priority } }, ctx());
      return p.ok ? riskMarkers(p.value.plan).get(T('c'))?.band : 'refused';
    });
    expect(bands).toEqual(['low', 'medium', 'high', 'severe']);
  });

  it('keeps the tasks at risk and their summaries for the outline filter', () => {
    const p = plan();
    expect([...tasksAtRiskWithSummaries(p, [T('a')])].sort()).toEqual(['a', 'phase']);
    expect([...tasksAtRiskWithSummaries(p, tasksAtRisk(p).keys())].sort()).toEqual(['a', 'b', 'c', 'phase']);
    // A damaged outline (a parent cycle) still ends.
    const looped = { tasks: { ...p.tasks, phase: { ...p.tasks.phase!, parentId: T('a') } } };
    expect([...tasksAtRiskWithSummaries(looped, [T('a')])].sort()).toEqual(['a', 'phase']);
  });

  it('keeps only the cards at risk on the board when the filter is on', () => {
    const cards = (p: Plan, onlyTaskIds: ReadonlyMap<string, unknown> | null): string[] => {
      const layout = boardLayout({ plan: p, schedule: null, laneMode: 'none', filter: NO_FILTER, today: '2026-03-02' as LocalDate, onlyTaskIds });
      return [...layout.cells.values()].flat().map((c) => c.task.id).sort();
    };
    const p = withTask(plan(), 'd', { durationMinutes: 480 });
    // plan-kit leaves the parent's kind 'task' (the commands make it a summary), so it is a card here.
    expect(cards(p, null)).toEqual(['a', 'b', 'c', 'd', 'phase']);
    expect(cards(p, riskMarkers(p))).toEqual(['a', 'b', 'c']);
    const withoutIssue = runOk(updateIssue, p, { id: 'i1' as IssueId, changes: { status: 'closed' } }, ctx()).plan;
    expect(cards(withoutIssue, riskMarkers(withoutIssue))).toEqual(['a', 'b']);
  });
});
