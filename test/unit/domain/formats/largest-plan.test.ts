/**
 * Everything Plotline writes, Plotline reopens (issue 20): save and import share one limit
 * (MAX_FILE_CHARS). The largest plan a file can hold is saved, its size and times printed, and
 * reopened; one past the limit is refused at save time, not written. An outline at the deepest
 * level the gate admits exports to CSV, MSPDI and iCalendar and reads back.
 */
import { describe, expect, it } from 'vitest';
import {
  exportIcal, exportMspdi, exportTasksCsv, importMspdi, MAX_FILE_CHARS, MAX_OUTLINE_DEPTH, parsePlotline, plotlineSizeProblem,
  serializePlotline, CSV_COLUMNS,
} from '../../../../renderer/domain/formats';
import { emptyPlan, newTask, sequentialIds, type LocalDateTime, type Plan, type Task, type TaskId } from '../../../../renderer/domain/model';

const NOW = '2026-03-01T12:00:00.000Z';
const dt = (s: string): LocalDateTime => s as LocalDateTime;

/** `count` tasks in summaries of 20, each with `notesChars` of notes (what makes real plan files big). */
function bigPlan(count: number, notesChars: number): Plan {
  const base = emptyPlan({ name: 'Big', start: dt('2026-03-02T09:00'), now: NOW, newId: sequentialIds('p') });
  const column = Object.values(base.columns)[0]!.id;
  const notes = 'Acceptance notes. '.repeat(Math.ceil(notesChars / 18)).slice(0, notesChars);
  const tasks: Task[] = [];
  for (let i = 0; i < count; i++) {
    const isSummary = i % 20 === 0;
    const parent = isSummary ? null : (`t${String(i - (i % 20))}` as TaskId);
    tasks.push(newTask({
      id: `t${String(i)}` as TaskId, name: `Task ${String(i)}`, parentId: parent, rank: String(i).padStart(6, '0'), kind: isSummary ? 'summary' : 'task',
      start: dt('2026-03-02T09:00'), finish: dt('2026-03-02T17:00'), statusId: column, boardRank: 'V', notes, durationMinutes: 480,
    }));
  }
  return { ...base, tasks: Object.fromEntries(tasks.map((t) => [t.id, t])) };
}

describe('the largest plan a file holds saves and reopens', () => {
  it('a plan just under the limit: written compact, reopened whole', () => {
    const tasks = 20_000;
    // About 2,450 characters per task compact: 20,000 tasks fill the 50 MB limit to ~95 %.
    const plan = bigPlan(tasks, 2000);
    let started = performance.now();
    const text = serializePlotline(plan, { app: 'Plotline test', exported: NOW });
    const saveMs = performance.now() - started;
    expect(text.length).toBeLessThanOrEqual(MAX_FILE_CHARS);
    expect(text.length).toBeGreaterThan(MAX_FILE_CHARS * 0.8);
    expect(plotlineSizeProblem(text)).toBeNull();
    started = performance.now();
    const back = parsePlotline(text);
    const openMs = performance.now() - started;
    console.log(`largest plan: ${String(tasks)} tasks, ${(text.length / 1024 / 1024).toFixed(1)} MB (limit ${String(MAX_FILE_CHARS / 1024 / 1024)} MB), save ${String(Math.round(saveMs))} ms, reopen ${String(Math.round(openMs))} ms`);
    expect(back.ok).toBe(true);
    if (back.ok) expect(Object.keys(back.value.plan.tasks)).toHaveLength(tasks);
  }, 120_000);

  it('a plan past the limit is refused when saving, with what to do', () => {
    const text = 'x'.repeat(MAX_FILE_CHARS + 1);
    expect(plotlineSizeProblem(text)).toMatch(/cannot be saved as one file: The file is 50 MB; Plotline opens files up to 50 MB/);
  });
});

describe(`an outline ${String(MAX_OUTLINE_DEPTH)} levels deep exports and reopens`, () => {
  const base = emptyPlan({ name: 'Deep', start: dt('2026-03-02T09:00'), now: NOW, newId: sequentialIds('p') });
  const column = Object.values(base.columns)[0]!.id;
  const tasks = Array.from({ length: MAX_OUTLINE_DEPTH + 1 }, (_, i) => newTask({
    id: `t${String(i)}` as TaskId, name: `Level ${String(i)}`, parentId: i === 0 ? null : (`t${String(i - 1)}` as TaskId), rank: 'V',
    kind: i === MAX_OUTLINE_DEPTH ? 'task' : 'summary', start: dt('2026-03-02T09:00'), finish: dt('2026-03-02T17:00'), statusId: column, boardRank: 'V',
  }));
  const plan: Plan = { ...base, tasks: Object.fromEntries(tasks.map((t) => [t.id, t])) };

  it('CSV, MSPDI and iCalendar', () => {
    const csv = exportTasksCsv(plan, { columns: CSV_COLUMNS, formatDate: (d) => d });
    expect(csv.split('\r\n').filter((l) => l !== '')).toHaveLength(MAX_OUTLINE_DEPTH + 2);
    const xml = exportMspdi(plan, { now: NOW });
    const back = importMspdi(xml, { newId: sequentialIds('m'), now: NOW });
    expect(back.ok && Object.keys(back.value.plan.tasks).length).toBe(MAX_OUTLINE_DEPTH + 1);
    expect(exportIcal(plan, { now: NOW })).toContain('SUMMARY:Level 100');
  });
});
