/**
 * What activating a risk's contingency would do to the finish: the plan is copied with the tasks
 * inserted (by the same command the button runs) and scheduled, so the preview and the real
 * activation cannot disagree.
 */
import { activateContingency } from '../commands/raid-commands';
import { runCommand, type CommandContext } from '../commands/command';
import type { RiskId } from '../model/ids';
import type { Plan } from '../model/plan';
import { fail, ok, type Result } from '../model/result';
import type { LocalDateTime } from '../model/time';
import { scheduleProject } from '../schedule';

export interface ContingencyPreview {
  readonly finishBefore: LocalDateTime;
  readonly finishAfter: LocalDateTime;
  /** Working minutes the finish moves on the project calendar (negative = earlier). */
  readonly delayMinutes: number;
}

export function previewContingency(plan: Plan, riskId: RiskId, ctx: CommandContext): Result<ContingencyPreview> {
  const outcome = runCommand(activateContingency, plan, { riskId }, ctx);
  if (!outcome.ok) return fail(outcome.error.message, outcome.error.where);
  const before = scheduleProject(plan);
  const after = scheduleProject(outcome.value.plan);
  return ok({
    finishBefore: before.projectFinish,
    finishAfter: after.projectFinish,
    delayMinutes: after.criticalPathMinutes - before.criticalPathMinutes,
  });
}
