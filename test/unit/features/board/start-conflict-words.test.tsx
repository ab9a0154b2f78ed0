// @vitest-environment happy-dom
/**
 * The board's "Start before the schedule allows?" question says what starting anyway leaves: a
 * broken link only when a predecessor held the task; a task with no links held only by the
 * project's start has none to speak of.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartConflict } from '../../../../renderer/domain/board';
import type { LocalDateTime } from '../../../../renderer/domain/model';
import { StartConflictDialog } from '../../../../renderer/features/board/StartConflictDialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  document.body.innerHTML = '';
});

const at = (t: string): LocalDateTime => t as LocalDateTime;
const conflict = (predecessorNames: readonly string[], isBeforeProjectStart: boolean): StartConflict => ({
  proposedStart: at('2027-02-01T09:00'), scheduledStart: at('2027-02-08T09:00'), scheduledFinish: at('2027-02-08T17:00'), predecessorNames, isBeforeProjectStart,
});

function anywayText(c: StartConflict): string {
  act(() => root.render(<StartConflictDialog taskName="Kickoff" columnName="In progress" conflict={c} onChoose={() => undefined} />));
  return [...document.querySelectorAll('.start-conflict__choices li')][0]?.textContent ?? '';
}

describe('starting a card anyway', () => {
  it('speaks of a broken link only when a predecessor held the task', () => {
    expect(anywayText(conflict([], true))).toMatch(/^Start anyway: moves it to In progress with an actual start of .+, before the project start\.$/);
    expect(anywayText(conflict(['Spec'], false))).toMatch(/; the broken link is listed in the schedule warnings and drawn dashed in the Gantt\.$/);
    expect(anywayText(conflict(['Spec', 'Budget'], true))).toMatch(/; the broken links are listed in the schedule warnings/);
  });
});
