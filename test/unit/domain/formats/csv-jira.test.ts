/** Jira issue exports: numeric Parent id referring to Issue id, and dd/mm/yyyy dates found from the data. */
import { describe, expect, it } from 'vitest';
import { csvDateOrder, csvRowsToPlan, guessMapping, importCsv } from '../../../../renderer/domain/formats/csv';
import { sequentialIds, type Plan } from '../../../../renderer/domain/model';

const ctx = () => ({ newId: sequentialIds('j'), now: '2026-03-01T12:00:00.000Z' });

const JIRA = [
  'Summary,Issue key,Issue id,Parent id,Status,Assignee,Original estimate,Due date,Start date',
  'Payments API,PAY-1,10001,,In Progress,Ana Lopez,,,',
  'Design schema,PAY-2,10002,10001,Done,Ana Lopez,57600,13/03/2026,02/03/2026',
  'Build endpoints,PAY-3,10003,10001,To Do,Raj Patel,144000,27/03/2026 17:00,16/03/2026 09:00',
  'Release notes,PAY-4,10004,,To Do,,28800,31/03/2026,',
].join('\r\n');

const byName = (plan: Plan, name: string) => Object.values(plan.tasks).find((t) => t.name === name);

describe('Jira issue export', () => {
  it('maps Issue id apart from Issue key, and nests children under their numeric Parent id', () => {
    expect(guessMapping(JIRA.split('\r\n')[0]?.split(',') ?? [])).toMatchObject({ name: 0, id: 1, issueId: 2, parent: 3, status: 4, resources: 5, estimateSeconds: 6, deadline: 7, start: 8 });
    const out = importCsv(JIRA, ctx());
    if (!out.ok) throw new Error(out.error.message);
    const { plan } = out.value;
    const parent = byName(plan, 'Payments API');
    expect(byName(plan, 'Design schema')?.parentId).toBe(parent?.id);
    expect(byName(plan, 'Build endpoints')?.parentId).toBe(parent?.id);
    expect(byName(plan, 'Release notes')?.parentId).toBeNull();
    expect(out.value.warnings.filter((w) => w.includes('Parent'))).toEqual([]);
  });

  it('reads dd/mm/yyyy dates, found from a day above 12, with their time of day', () => {
    const out = importCsv(JIRA, ctx());
    if (!out.ok) throw new Error(out.error.message);
    expect(byName(out.value.plan, 'Design schema')).toMatchObject({ start: '2026-03-02T09:00', deadline: '2026-03-13T09:00', durationMinutes: 960, percentComplete: 100 });
    expect(byName(out.value.plan, 'Build endpoints')?.deadline).toBe('2026-03-27T17:00');
    expect(byName(out.value.plan, 'Release notes')?.deadline).toBe('2026-03-31T09:00');
  });

  it('asks when every date reads both ways, and reads the answer', () => {
    const rows = [['Summary', 'Due date'], ['A', '02/03/2026'], ['B', '04/05/2026']];
    const mapping = { name: 0, deadline: 1 };
    expect(csvDateOrder(rows, mapping)).toBe('ambiguous');
    const asked = csvRowsToPlan(rows, mapping, ctx());
    expect(asked.ok || asked.error).toEqual({ message: 'Dates such as 02/03/2026 can be read as 2 March or as February 3: choose how this file writes dates.', where: 'dates' });
    const dayFirst = csvRowsToPlan(rows, mapping, ctx(), { dateOrder: 'dmy' });
    expect(dayFirst.ok && byName(dayFirst.value.plan, 'A')?.deadline).toBe('2026-03-02T09:00');
    const monthFirst = csvRowsToPlan(rows, mapping, ctx(), { dateOrder: 'mdy' });
    expect(monthFirst.ok && byName(monthFirst.value.plan, 'A')?.deadline).toBe('2026-02-03T09:00');
  });

  it('reads mm/dd/yyyy from a second part above 12, and refuses a file that mixes both', () => {
    const us = csvRowsToPlan([['Summary', 'Due date'], ['A', '03/25/2026']], { name: 0, deadline: 1 }, ctx());
    expect(us.ok && byName(us.value.plan, 'A')?.deadline).toBe('2026-03-25T09:00');
    const mixed = csvRowsToPlan([['Summary', 'Due date'], ['A', '25/03/2026'], ['B', '03/25/2026']], { name: 0, deadline: 1 }, ctx());
    expect(mixed.ok).toBe(false);
  });

  it("names the row and column of an impossible date", () => {
    const out = csvRowsToPlan([['Summary', 'Due date'], ['A', '31/04/2026'], ['B', '13/04/2026']], { name: 0, deadline: 1 }, ctx());
    expect(out.ok && out.value.rowErrors).toEqual(["row 2, column 2 (Due date): '31/04/2026' is not a real date: there is no such day in the calendar."]);
  });
});
