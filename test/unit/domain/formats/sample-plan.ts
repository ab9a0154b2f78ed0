/** A small plan that uses every entity kind and most fields, shared by the format tests. */
import {
  emptyPlan, newTask, sequentialIds, type AssignmentId, type BaselineId, type CalendarId, type ChangeRequestId,
  type LinkId, type LocalDate, type LocalDateTime, type Plan, type ResourceId, type RiskId,
  type StakeholderId, type Task, type TaskId,
} from '../../../../renderer/domain/model';

export const dt = (s: string): LocalDateTime => s as LocalDateTime;
export const d = (s: string): LocalDate => s as LocalDate;

export function samplePlan(): Plan {
  const base = emptyPlan({ name: 'Apollo & "Gemini" <launch>', start: dt('2026-03-02T09:00'), now: '2026-01-05T10:00:00.000Z', newId: sequentialIds('id') });
  const column = Object.values(base.columns)[0]!.id;
  const cal = base.project.calendarId;
  const t = (id: string, fields: Partial<Task>): Task =>
    newTask({ id: id as TaskId, name: id, parentId: null, rank: 'V', start: dt('2026-03-02T09:00'), finish: dt('2026-03-02T17:00'), statusId: column, boardRank: 'V', ...fields });
  const tasks: Task[] = [
    t('t1', { name: 'Design', kind: 'summary', rank: 'F', durationMinutes: 1440, finish: dt('2026-03-04T17:00'), notes: 'Line one\nline two, with; commas' }),
    t('t2', { name: 'Spec ✍ Müller', parentId: 't1' as TaskId, rank: 'F', durationMinutes: 960, finish: dt('2026-03-03T17:00'), percentComplete: 50, actualStart: dt('2026-03-02T09:00'), priority: 700, deadline: dt('2026-03-10T17:00') }),
    t('t3', { name: 'Review', parentId: 't1' as TaskId, rank: 'V', start: dt('2026-03-04T09:00'), finish: dt('2026-03-04T17:00'), constraint: { type: 'SNET', date: dt('2026-03-04T09:00') }, schedulingMode: 'manual' }),
    t('t4', { name: 'Launch', kind: 'milestone', rank: 'k', durationMinutes: 0, start: dt('2026-03-05T09:00'), finish: dt('2026-03-05T09:00'), constraint: { type: 'MFO', date: dt('2026-03-05T09:00') } }),
  ];
  const calendar = base.calendars[cal]!;
  return {
    ...base,
    project: { ...base.project, manager: 'Ada', description: 'Moon shot', statusDate: d('2026-03-03') },
    tasks: Object.fromEntries(tasks.map((x) => [x.id, x])),
    links: {
      l1: { id: 'l1' as LinkId, predecessorId: 't2' as TaskId, successorId: 't3' as TaskId, type: 'FS', lagMinutes: 480, lagIsElapsed: false },
      l2: { id: 'l2' as LinkId, predecessorId: 't3' as TaskId, successorId: 't4' as TaskId, type: 'SS', lagMinutes: -240, lagIsElapsed: false },
      l3: { id: 'l3' as LinkId, predecessorId: 't2' as TaskId, successorId: 't4' as TaskId, type: 'FF', lagMinutes: 2880, lagIsElapsed: true },
    },
    calendars: {
      [cal]: {
        ...calendar,
        exceptions: [
          { name: 'Easter Monday', from: d('2026-04-06'), to: d('2026-04-06'), isWorking: false, intervals: [], recurrence: null },
          { name: 'New Year', from: d('2026-01-01'), to: d('2030-12-31'), isWorking: false, intervals: [], recurrence: { kind: 'yearly-date', month: 1, day: 1 } },
          { name: 'Saturday push', from: d('2026-03-07'), to: d('2026-03-07'), isWorking: true, intervals: [{ startMinute: 540, endMinute: 780 }], recurrence: null },
        ],
      },
      cal2: { id: 'cal2' as CalendarId, name: 'Ada vacation', baseCalendarId: cal, workWeek: null, exceptions: [{ name: 'Vacation', from: d('2026-03-09'), to: d('2026-03-13'), isWorking: false, intervals: [], recurrence: null }] },
    },
    resources: {
      r1: { id: 'r1' as ResourceId, name: 'Ada', initials: 'A', role: 'Engineer', email: 'ada@example.com', type: 'work', maxUnits: 1, costPerHour: 100, overtimeCostPerHour: 150, costPerUse: 0, calendarId: 'cal2' as CalendarId },
      r2: { id: 'r2' as ResourceId, name: 'Concrete', initials: 'C', role: '', email: '', type: 'material', maxUnits: 1, costPerHour: 12.5, overtimeCostPerHour: 0, costPerUse: 5, calendarId: null },
    },
    assignments: {
      a1: { id: 'a1' as AssignmentId, taskId: 't2' as TaskId, resourceId: 'r1' as ResourceId, units: 0.5, workMinutes: 480 },
    },
    baselines: {
      b0: { id: 'b0' as BaselineId, number: 0, name: 'Baseline', savedAt: '2026-02-01T12:00:00.000Z', tasks: { t2: { start: dt('2026-03-02T09:00'), finish: dt('2026-03-03T17:00'), durationMinutes: 960, workMinutes: 480, cost: 800 } } },
    },
    risks: {
      k1: { id: 'k1' as RiskId, title: 'Vendor late', description: '', category: 'Supply', probability: 3, impact: 4, status: 'open', owner: 'Ada', mitigation: 'Second vendor', contingency: '', trigger: '', taskIds: ['t3' as TaskId], raisedOn: d('2026-01-10'), reviewOn: null },
    },
    stakeholders: {
      s1: { id: 's1' as StakeholderId, name: 'CFO', role: 'Sponsor', organisation: 'Acme', email: '', influence: 5, interest: 3, communication: 'monthly', notes: '' },
    },
    changes: {
      c1: { id: 'c1' as ChangeRequestId, title: 'Add QA', description: '', requestedBy: 'CFO', requestedOn: d('2026-02-01'), status: 'approved', scheduleImpactMinutes: 960, costImpact: 1000, decidedOn: d('2026-02-03'), decidedBy: 'Board', taskIds: [] },
    },
    columns: { ...base.columns, [column]: { ...base.columns[column]!, id: column } },
  };
}
