import { describe, expect, it } from 'vitest';
import { applyDiff, diffPlans, diffToCsv, diffToMarkdown, visibleChanges } from '../../../../renderer/domain/diff';
import { renameIds } from '../../../../renderer/domain/diff/refs';
import type { Issue, IssueId, LocalDate, Plan, ProjectId, TaskId } from '../../../../renderer/domain/model';
import { basePlan, chain, withTask } from '../schedule/plan-kit';

const plan = chain(basePlan(), ['Design', 'Build', 'Test']);

function edit(p: Plan, id: string, fields: Partial<Plan['tasks'][string]>): Plan {
  const task = p.tasks[id];
  if (!task) throw new Error(id);
  return { ...p, tasks: { ...p.tasks, [id]: { ...task, ...fields } } };
}

describe('diffPlans', () => {
  it('writes a register’s stored keys as its pickers’ words: status "In progress", priority "High", a field "due on"', () => {
    const issue: Issue = {
      id: 'i1' as IssueId, code: 'I-001', title: 'Vendor contract', description: '', priority: 'medium', ownerId: null, raisedOn: '2026-03-02' as LocalDate,
      dueOn: null, rootCause: '', resolution: '', taskIds: [], status: 'open', riskId: null,
    };
    const ours: Plan = { ...plan, issues: { i1: issue } };
    const theirs: Plan = { ...plan, issues: { i1: { ...issue, priority: 'high', status: 'in-progress', dueOn: '2026-03-09' as LocalDate } } };
    const rows = visibleChanges(diffPlans(ours, theirs)).map((r) => `${r.what}|${r.field}|${r.before}|${r.after}`);
    expect(rows).toEqual([
      "issue I-001 'Vendor contract'|due on|none|2026-03-09",
      "issue I-001 'Vendor contract'|priority|Medium|High",
      "issue I-001 'Vendor contract'|status|Open|In progress",
    ]);
  });

  it('names a rename, a longer task, an added task and the scheduled dates it moves', () => {
    const other = withTask(edit(edit(plan, 'Build', { name: 'Build it', durationMinutes: 960 }), 'Test', {}), 'Docs');
    const diff = diffPlans(plan, other);
    const rows = visibleChanges(diff).map((r) => `${r.category}|${r.what}|${r.field}|${r.before}|${r.after}|${r.match}`);
    expect(rows).toEqual([
      "duration|task 'Build'|duration|1d|2d|id",
      "renamed|task 'Build'|name|Build|Build it|id",
      "added|task 'Docs'|added|||",
      // Build now ends a day later (Tue 3 → Wed 4 March), and Test follows it.
      "dates|task 'Build'|scheduled finish|2026-03-03 17:00|2026-03-04 17:00|id",
      "dates|task 'Test'|scheduled start|2026-03-04 09:00|2026-03-05 09:00|id",
      "dates|task 'Test'|scheduled finish|2026-03-04 17:00|2026-03-05 17:00|id",
    ]);
    expect(applyDiff(plan, diff)).toEqual(other);
  });

  it('leaves out what a file from another tool changes by itself: the project\'s id and creation time, the author\'s ids of each task; keeps a custom field', () => {
    const fromElsewhere: Plan = {
      ...edit(edit(plan, 'Design', { extra: { mspdiUid: 1, mspdiId: 1, mspdiDurationFormat: 7 } }), 'Build', { extra: { ganId: '4', status: 'amber' } }),
      project: { ...plan.project, id: 'other' as ProjectId, createdAt: '2027-01-01T00:00:00.000Z' },
    };
    const rows = visibleChanges(diffPlans(plan, fromElsewhere)).map((r) => `${r.what}|${r.field}|${r.before}|${r.after}`);
    expect(rows).toEqual(["task 'Build'|extra|—|{\"status\":\"amber\"}"]);
  });

  it('names what an id field points at: the new outline parent and phase by their names, not their ids', () => {
    const phase = { id: 'ph-exec', name: 'Execution', order: 0 } as unknown as Plan['phases'][string];
    const moved: Plan = { ...edit(plan, 'Test', { parentId: 'Build' as TaskId, phaseId: 'ph-exec' as never }), phases: { 'ph-exec': phase } };
    const rows = visibleChanges(diffPlans(plan, moved, { withDates: false })).filter((r) => r.what === "task 'Test'").map((r) => `${r.field}|${r.before}|${r.after}`);
    expect(rows).toEqual(['outline parent|none|Build', 'phase|—|Execution']);
  });

  it('names a card moved within its board column in words, beside its outline position', () => {
    const moved = edit(edit(plan, 'Test', { rank: 'a0' }), 'Test', { boardRank: 'a0' });
    const rows = visibleChanges(diffPlans(plan, moved, { withDates: false })).map((r) => `${r.what}|${r.field}`);
    expect(rows).toEqual(["task 'Test'|place in board column", "task 'Test'|outline position"]);
  });

  it('matches tasks by the MS Project UID when ids differ, else by WBS and name, and says which rule matched', () => {
    const withUid = (p: Plan, id: string, uid: number): Plan => edit(p, id, { extra: { mspdiUid: uid } });
    const a = withUid(withUid(plan, 'Design', 1), 'Build', 2);
    // Their copy came back through MS Project: every task has a new Plotline id.
    const rename = (p: Plan, from: string, to: string): Plan => {
      const tasks = { ...p.tasks };
      const task = tasks[from];
      delete tasks[from];
      if (task) tasks[to] = { ...task, id: to as TaskId };
      const links = Object.fromEntries(Object.entries(p.links).map(([k, l]) => [k, {
        ...l, predecessorId: (l.predecessorId === from ? to : l.predecessorId) as TaskId, successorId: (l.successorId === from ? to : l.successorId) as TaskId,
      }]));
      return { ...p, tasks, links };
    };
    const b = edit(rename(rename(rename(a, 'Design', 'x1'), 'Build', 'x2'), 'Test', 'x3'), 'x2', { name: 'Build v2' });
    const diff = diffPlans(a, b);
    expect(diff.taskMatches).toEqual({ Design: 'uid', Build: 'uid', Test: 'wbs-name' });
    expect(diff.changes.map((c) => `${c.key}:${c.match ?? ''}`)).toEqual(['tasks/Build/name:uid']);
    expect(diff.renames.tasks).toEqual({ Design: 'x1', Build: 'x2', Test: 'x3' });
    expect(applyDiff(a, diff)).toEqual(b);
  });

  it('writes Markdown and CSV a spreadsheet cannot run as formulas', () => {
    const other = edit(plan, 'Build', { name: '=HYPERLINK("x")' });
    const diff = diffPlans(plan, other, { withDates: false });
    expect(diffToMarkdown(diff, 'Compare')).toBe([
      '# Compare', '', '1 change.', '', '| Kind | What | Field | Before | After | Matched by |', '|---|---|---|---|---|---|',
      "| renamed | task 'Build' | name | Build | =HYPERLINK(\"x\") | id |", '',
    ].join('\n'));
    expect(diffToCsv(diff)).toBe('Kind,What,Field,Before,After,Matched by\r\nrenamed,task \'Build\',name,Build,"\'=HYPERLINK(""x"")",id\r\n');
  });
});

describe('renameIds keeps what no rename touches', () => {
  it('keeps unchanged entities and collections as the same objects, so the diff compares only the renamed ones', () => {
    
    const renamed = renameIds(plan, { tasks: new Map([['Test', 'Test2']]) });
    expect(renamed.tasks.Design).toBe(plan.tasks.Design);
    expect(renamed.tasks.Test2).toEqual({ ...plan.tasks.Test, id: 'Test2' });
    expect(renamed.resources).toBe(plan.resources);
    const buildToTest = Object.values(renamed.links).find((l) => l.predecessorId === ('Build' as TaskId));
    expect(buildToTest?.successorId).toBe('Test2');
  });
});

describe('matching by WBS and name in an outline', () => {
  it('numbers nested tasks as the outline does (siblings by rank) and pairs only the same number and name', () => {
    const nested = (prefix: string, names: readonly [string, string][]): Plan => {
      let p = withTask(basePlan(), `${prefix}phase`, { name: 'Phase', kind: 'summary', rank: 'a' });
      for (const [name, rank] of names) p = withTask(p, `${prefix}${name}`, { name, parentId: `${prefix}phase` as TaskId, rank });
      return withTask(p, `${prefix}wrap`, { name: 'Wrap-up', rank: 'b' });
    };
    // 1 Phase: 1.1 Design, 1.2 Build, 1.3 Test; 2 Wrap-up. Their copy swapped Build and Test (1.2 Test, 1.3 Build).
    const a = nested('', [['Design', 'a'], ['Build', 'b'], ['Test', 'c']]);
    const b = nested('x-', [['Design', 'a'], ['Build', 'c'], ['Test', 'b']]);
    const diff = diffPlans(a, b, { withDates: false });
    expect(diff.taskMatches).toEqual({ phase: 'wbs-name', Design: 'wbs-name', wrap: 'wbs-name' });
    expect(diff.renames.tasks).toEqual({ phase: 'x-phase', Design: 'x-Design', wrap: 'x-wrap' });
  });
});

describe('matching a task whose WBS number moved', () => {
  /** 1 Phase (Design, Build, Test), 2 Wrap-up (Test): two tasks named Test under different parents. */
  const outline = (prefix: string, extra: (p: Plan) => Plan = (p) => p): Plan => {
    // Board ranks by name, so the copies differ only in their ids.
    let p = withTask(basePlan(), `${prefix}phase`, { name: 'Phase', kind: 'summary', rank: 'b', boardRank: 'Phase' });
    for (const [name, rank] of [['Design', 'b'], ['Build', 'c'], ['Test', 'd']] as const) p = withTask(p, `${prefix}${name}`, { name, parentId: `${prefix}phase` as TaskId, rank, boardRank: name });
    p = withTask(p, `${prefix}wrap`, { name: 'Wrap-up', kind: 'summary', rank: 'c', boardRank: 'Wrap-up' });
    p = withTask(p, `${prefix}wrapTest`, { name: 'Test', parentId: `${prefix}wrap` as TaskId, rank: 'b', boardRank: 'Test' });
    return extra(p);
  };
  // Their copy came back from MS Project under other ids, with Kickoff inserted above everything
  // (Phase is 2 now, Wrap-up 3) and Review inserted above Build (Build is 2.3, Test 2.4).
  const theirs = outline('x-', (p) => ({
    ...withTask(withTask(p, 'x-kickoff', { name: 'Kickoff', rank: 'a' }), 'x-review', { name: 'Review', parentId: 'x-phase' as TaskId, rank: 'bb' }),
    project: { ...p.project, id: 'their-project' as ProjectId },
  }));

  it('pairs it by the names along its outline, then by name, when the plans do not share ids', () => {
    const ours = outline('');
    const diff = diffPlans(ours, theirs, { withDates: false });
    expect(diff.taskMatches).toEqual({ phase: 'name', Design: 'name', Build: 'name', Test: 'name', wrap: 'name', wrapTest: 'name' });
    expect(diff.renames.tasks).toEqual({ phase: 'x-phase', Design: 'x-Design', Build: 'x-Build', Test: 'x-Test', wrap: 'x-wrap', wrapTest: 'x-wrapTest' });
    expect(diff.changes.filter((c) => c.collection === 'tasks').map((c) => `${c.op}:${c.label}`)).toEqual(["add:task 'Kickoff'", "add:task 'Review'"]);
    expect(applyDiff(ours, diff)).toEqual(theirs);
    // Their Phase renamed too: it has nothing left to match by, but its children still pair. Wrap-up's
    // Test by its path first; then the other Test is the only one left on each side, so by its name.
    const renamedPhase = { ...theirs, tasks: { ...theirs.tasks, 'x-phase': { ...theirs.tasks['x-phase']!, name: 'Delivery' } } };
    const again = diffPlans(ours, renamedPhase, { withDates: false });
    expect(again.taskMatches).toEqual({ Design: 'name', Build: 'name', Test: 'name', wrap: 'name', wrapTest: 'name' });
    expect(applyDiff(ours, again)).toEqual(renamedPhase);
  });

  it('reads a name with spaces around it as the same name when matching, and lists the spaces as a rename', () => {
    // GanttProject keeps "Construction completed "; MS Project XML's reader trims it.
    const ours = outline('', (p) => withTask(p, 'done', { name: 'Construction completed ', rank: 'd', boardRank: 'Z' }));
    const trimmed = outline('x-', (p) => ({ ...withTask(p, 'x-done', { name: 'Construction completed', rank: 'd', boardRank: 'Z' }), project: { ...p.project, id: 'their-project' as ProjectId } }));
    const diff = diffPlans(ours, trimmed, { withDates: false });
    expect(diff.taskMatches.done).toBe('wbs-name');
    expect(diff.changes.filter((c) => c.collection === 'tasks').map((c) => `${c.op}:${c.field ?? ''}:${c.label}`)).toEqual(["update:name:task 'Construction completed '"]);
    expect(applyDiff(ours, diff)).toEqual(trimmed);
  });

  it('keeps ids as the identity between copies of one plan: a task missing by id was removed, not moved', () => {
    const ours = outline('');
    // The same project: their Build is a new task (another id) that happens to share the name.
    const rebuilt = { ...ours, tasks: { ...Object.fromEntries(Object.entries(ours.tasks).filter(([id]) => id !== 'Build')), Build2: { ...ours.tasks.Build!, id: 'Build2' as TaskId, rank: 'e' } } };
    const diff = diffPlans(ours, rebuilt, { withDates: false });
    expect(diff.taskMatches.Build).toBeUndefined();
    expect(diff.changes.filter((c) => c.collection === 'tasks').map((c) => `${c.op}:${c.id}`)).toEqual(['remove:Build', 'add:Build2']);
    // Copies of one plan file (the same lineage) under different project ids: the same.
    const lineage = { planId: 'plan-1', revisions: [] };
    const copy = { ...rebuilt, project: { ...rebuilt.project, id: 'opened-copy' as ProjectId, lineage } };
    expect(diffPlans({ ...ours, project: { ...ours.project, lineage } }, copy, { withDates: false }).taskMatches.Build).toBeUndefined();
  });
});
