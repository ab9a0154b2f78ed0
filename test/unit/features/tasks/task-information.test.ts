/** Task Information: the form read from a plan, the one command OK sends, and refusals with where. */
import { describe, expect, it } from 'vitest';
import { addLink, addResource, editTaskInformation, insertTask, runCommand, updateTask } from '../../../../renderer/domain/commands';
import { importCsv } from '../../../../renderer/domain/formats';
import { sequentialIds, type Plan, type ResourceId, type TaskId } from '../../../../renderer/domain/model';
import { scheduleForDisplay } from '../../../../renderer/features/shared/schedule';
import { formOf, informationArgs, type TaskInformationForm } from '../../../../renderer/features/tasks/task-information';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

const t = (s: string): TaskId => `t-${s}` as TaskId;

/** Phase > (Design 3d, Build 5d); Review 2d; Ana and Ben on the team. Mon 2 Mar 2026, 8h days. */
function plan(): Plan {
  let p = blankPlan();
  p = runOk(insertTask, p, { id: t('phase'), name: 'Phase' }).plan;
  p = runOk(insertTask, p, { id: t('design'), name: 'Design', parentId: t('phase'), fields: { durationMinutes: 3 * 480 } }).plan;
  p = runOk(insertTask, p, { id: t('build'), name: 'Build', parentId: t('phase'), afterId: t('design'), fields: { durationMinutes: 5 * 480 } }).plan;
  p = runOk(insertTask, p, { id: t('review'), name: 'Review', afterId: t('phase'), fields: { durationMinutes: 2 * 480 } }).plan;
  p = runOk(addResource, p, { id: 'r-ana' as ResourceId, fields: { name: 'Ana' } }).plan;
  p = runOk(addResource, p, { id: 'r-ben' as ResourceId, fields: { name: 'Ben' } }).plan;
  return p;
}

const formFor = (p: Plan, id: TaskId): TaskInformationForm => formOf(p, p.tasks[id] ?? taskByName(p, ''), scheduleForDisplay(p).tasks.get(id));

describe('Task Information form', () => {
  it('reads the scheduled dates, the links and the people', () => {
    let p = plan();
    p = runOk(addLink, p, { predecessorId: t('design'), successorId: t('build'), type: 'FS', lagMinutes: 480, lagIsElapsed: false }).plan;
    const form = formFor(p, t('build'));
    expect(form.duration).toBe('5d');
    // Design Mon 2 – Wed 4 Mar, +1d lag: Build starts Fri 6 Mar.
    expect(form.start).toBe('2026-03-06');
    expect(form.predecessors).toEqual([{ predecessorId: t('design'), type: 'FS', lag: '1d' }]);
    expect(form.resources).toEqual([]);
  });

  it("reads the Tags field by the CSV import's rule: 'api; backend, api' is two tags, as in a Tags cell", () => {
    const p = plan();
    const task = p.tasks[t('review')] ?? taskByName(p, '');
    const initial = formFor(p, t('review'));
    const args = informationArgs(p, task, initial, { ...initial, tags: 'api; backend, api' });
    if (!args.ok || !args.value) throw new Error('expected a command');
    expect(args.value.changes.tags).toEqual(['api', 'backend']);
    const read = importCsv('Name,Tags\r\nReview,"api; backend, api"\r\n', { newId: sequentialIds('csv'), now: '2026-03-01T08:00:00.000Z' });
    if (!read.ok) throw new Error(read.error.message);
    expect(taskByName(read.value.plan, 'Review').tags).toEqual(args.value.changes.tags);
  });

  it('sends nothing when nothing changed', () => {
    const p = plan();
    const form = formFor(p, t('review'));
    expect(informationArgs(p, p.tasks[t('review')] ?? taskByName(p, ''), form, form)).toEqual({ ok: true, value: null });
  });

  it('sends only what the person changed in the dialog: what another window changed meanwhile stays', () => {
    const p = plan();
    const initial = formFor(p, t('review'));
    // Another window renames Review, sets it 40 % done, tags it and makes it high priority while the dialog is open.
    const changed = runOk(updateTask, p, { id: t('review'), changes: { name: 'Design review', percentComplete: 40, tags: ['qa'], priority: 900, notes: 'From the other window' } }).plan;
    const now = changed.tasks[t('review')] ?? taskByName(changed, '');
    const args = informationArgs(changed, now, initial, { ...initial, duration: '3d' });
    if (!args.ok || !args.value) throw new Error('expected a command');
    expect(args.value.changes).toEqual({ durationMinutes: 3 * 480, durationIsElapsed: false });
    // Nothing typed: nothing sent, the other window's values kept.
    expect(informationArgs(changed, now, initial, initial)).toEqual({ ok: true, value: null });
    // A field the person did change is theirs, whatever the other window wrote.
    const renamed = informationArgs(changed, now, initial, { ...initial, name: 'Peer review' });
    expect(renamed.ok && renamed.value?.changes).toEqual({ name: 'Peer review' });
  });

  it('OK adds a predecessor with a lag and a person at 50 % in one undoable edit, and the dates move', () => {
    const p = plan();
    const task = p.tasks[t('review')] ?? taskByName(p, '');
    const initial = formFor(p, t('review'));
    const form: TaskInformationForm = {
      ...initial,
      predecessors: [{ predecessorId: t('build'), type: 'FS', lag: '2d' }],
      resources: [{ resourceId: 'r-ana' as ResourceId, units: '50', work: '' }],
    };
    const args = informationArgs(p, task, initial, form);
    if (!args.ok || !args.value) throw new Error('expected a command');
    expect(args.value.changes).toEqual({});
    const out = runOk(editTaskInformation, p, args.value);
    expect(out.label).toBe('Edit task information');
    const link = Object.values(out.plan.links).find((l) => l.successorId === t('review'));
    expect(link).toMatchObject({ predecessorId: t('build'), type: 'FS', lagMinutes: 960 });
    const assignment = Object.values(out.plan.assignments).find((a) => a.taskId === t('review'));
    expect(assignment).toMatchObject({ resourceId: 'r-ana', units: 0.5, workMinutes: null });
    // Build (unlinked) Mon 2 – Fri 6 Mar; 2 working days of lag (Mon 9, Tue 10): Review Wed 11 – Thu 12.
    expect(formFor(p, t('review')).start).toBe('2026-03-02');
    expect(formFor(out.plan, t('review')).start).toBe('2026-03-11');
    expect(formFor(out.plan, t('review')).finish).toBe('2026-03-12');
  });

  it('a typed start becomes Start no earlier than; a typed finish Finish no earlier than', () => {
    const p = plan();
    const task = p.tasks[t('review')] ?? taskByName(p, '');
    const initial = formFor(p, t('review'));
    const start = informationArgs(p, task, initial, { ...initial, start: '2026-03-10' });
    expect(start.ok && start.value?.changes.constraint).toEqual({ type: 'SNET', date: '2026-03-10T09:00' });
    const finish = informationArgs(p, task, initial, { ...initial, finish: '2026-03-20' });
    expect(finish.ok && finish.value?.changes.constraint).toEqual({ type: 'FNET', date: '2026-03-20T17:00' });
  });

  it('refuses a predecessor that closes a loop, or joins a summary and its own subtask, leaving the plan as it was', () => {
    let p = plan();
    p = runOk(addLink, p, { predecessorId: t('design'), successorId: t('build'), type: 'FS', lagMinutes: 0, lagIsElapsed: false }).plan;
    const design = p.tasks[t('design')] ?? taskByName(p, '');
    const initial = formFor(p, t('design'));
    const loop = informationArgs(p, design, initial, { ...initial, predecessors: [{ predecessorId: t('build'), type: 'FS', lag: '0d' }] });
    if (!loop.ok || !loop.value) throw new Error('expected a command');
    const refused = runCommand(editTaskInformation, p, loop.value, testContext());
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/would make a loop/);

    const own = informationArgs(p, design, initial, { ...initial, predecessors: [{ predecessorId: t('phase'), type: 'SS', lag: '0d' }] });
    if (!own.ok || !own.value) throw new Error('expected a command');
    const summary = runCommand(editTaskInformation, p, own.value, testContext());
    expect(summary.ok).toBe(false);
    if (!summary.ok) expect(summary.error.message).toMatch(/summary task cannot be linked to its own subtasks/);
  });

  it('says what and where for bad input', () => {
    const p = plan();
    const task = p.tasks[t('review')] ?? taskByName(p, '');
    const initial = formFor(p, t('review'));
    const bad = (changes: Partial<TaskInformationForm>): string => {
      const r = informationArgs(p, task, initial, { ...initial, ...changes });
      return r.ok ? 'ok' : `${r.error.where ?? ''}: ${r.error.message}`;
    };
    expect(bad({ duration: 'soon' })).toBe("General, Duration: 'soon' is not a duration such as 3d, 4h or 2ed (elapsed days).");
    expect(bad({ duration: '99999d' })).toBe("General, Duration: '99999d' is too long: a duration can be at most 21,915 working days.");
    expect(bad({ finish: '2999-01-01' })).toBe("General, Finish: '2999-01-01' is outside the years Plotline plans: 1900 to 2200.");
    expect(bad({ start: '2999-01-01' })).toBe("General, Start: '2999-01-01' is outside the years Plotline plans: 1900 to 2200.");
    // Review starts Mon 2026-03-02: a finish the Friday before is refused as the Finish cell refuses it.
    expect(bad({ finish: '2026-02-27' })).toMatch(/^General, Finish: Finish Fri, Feb 27, (20)?26 is before the task's start Mon, Mar 2, (20)?26\.$/);
    expect(bad({ deadline: '2201-01-01' })).toBe("Advanced, Deadline: '2201-01-01' is outside the years Plotline plans: 1900 to 2200.");
    expect(bad({ predecessors: [{ predecessorId: t('build'), type: 'FS', lag: 'later' }] })).toBe("Predecessors, row 1: 'later' is not a lag such as 2d, -1d, 4h or 1ed.");
    expect(bad({ resources: [{ resourceId: 'r-ben' as ResourceId, units: '0', work: '' }] })).toBe("Resources, row 1: '0' is not units from 1 to 1000%.");
    expect(bad({ percent: '120' })).toBe("General, % complete: '120' is not a percentage from 0 to 100.");
    expect(bad({ constraintType: 'MSO', constraintDate: '' })).toBe('Advanced, Constraint date: This constraint needs a date.');
  });
});
