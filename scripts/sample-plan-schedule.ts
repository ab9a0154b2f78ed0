/**
 * Stores engine-computed dates (and actuals for finished work) in the sample plan, so the file
 * reads correctly in other tools too. Until the engine lands this is the identity.
 */
import type { Plan } from '../renderer/domain/model';

export function applySchedule(plan: Plan): Plan {
  return plan;
}
