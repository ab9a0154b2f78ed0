/**
 * The notice after a status date moved work counts the tasks the date holds apart from those that
 * only follow them: "5 tasks not started by then" read as five tasks due by then where one was.
 */
import { describe, expect, it } from 'vitest';
import type { LocalDate, TaskId } from '../../../../renderer/domain/model';
import { movesMessage } from '../../../../renderer/features/settings/status-date-notice';

const ids = (...names: string[]): TaskId[] => names as TaskId[];
const JAN_15 = '2027-01-15' as LocalDate;

describe('the status date notice', () => {
  it('says how many tasks it holds and how many follow them', () => {
    expect(movesMessage(JAN_15, { later: ids('a', 'b', 'c', 'd', 'e'), held: ids('a'), earlier: [] }))
      .toMatch(/^Status date .+: 1 task not started by then now starts after it, and 4 tasks that follow it move too\.$/);
    expect(movesMessage(JAN_15, { later: ids('a', 'b', 'c'), held: ids('a', 'b'), earlier: [] }))
      .toMatch(/: 2 tasks not started by then now start after it, and 1 task that follows them moves too\.$/);
  });

  it('keeps one sentence when every task moved is held by the date', () => {
    expect(movesMessage(JAN_15, { later: ids('a', 'b'), held: ids('a', 'b'), earlier: [] })).toMatch(/: 2 tasks not started by then now start after it\.$/);
    expect(movesMessage(JAN_15, { later: [], held: [], earlier: [] })).toBeNull();
  });
});
