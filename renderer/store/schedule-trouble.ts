/**
 * Why a stored plan could not be scheduled, in words a person can act on. The engine throws only
 * on bugs or on input the importers should have refused (a task dated 1850 in a 2026 plan made
 * the project start 1850 and its calendar window a negative length); either way the app must say
 * which project and, where it can, which dates, instead of going blank.
 */
import type { Plan, Problem } from '../domain/model';

/** A plan whose dates span more than this is named as the likely cause. */
const SUSPECT_SPAN_YEARS = 100;

interface DatedField {
  readonly what: string;
  readonly value: string;
}

function datedFields(plan: Plan): DatedField[] {
  const fields: DatedField[] = [{ what: 'Project start', value: plan.project.start }];
  if (plan.project.statusDate !== null) fields.push({ what: 'Project status date', value: plan.project.statusDate });
  for (const task of Object.values(plan.tasks)) {
    const named = (label: string, value: string | null): void => {
      if (value !== null) fields.push({ what: `Task “${task.name}” ${label}`, value });
    };
    named('start', task.start);
    named('finish', task.finish);
    named('constraint date', task.constraint.date);
    named('deadline', task.deadline);
    named('actual start', task.actualStart);
    named('actual finish', task.actualFinish);
  }
  return fields;
}

/** The earliest and latest dates of a plan when they are implausibly far apart, else null. */
export function implausibleSpan(plan: Plan): { readonly earliest: DatedField; readonly latest: DatedField; readonly years: number } | null {
  let earliest: DatedField | null = null;
  let latest: DatedField | null = null;
  for (const field of datedFields(plan)) {
    // ISO dates compare as text.
    if (earliest === null || field.value < earliest.value) earliest = field;
    if (latest === null || field.value > latest.value) latest = field;
  }
  if (earliest === null || latest === null) return null;
  const years = Number.parseInt(latest.value.slice(0, 4), 10) - Number.parseInt(earliest.value.slice(0, 4), 10);
  return years > SUSPECT_SPAN_YEARS ? { earliest, latest, years } : null;
}

/** The problem to show for a plan the engine refused with `error`. */
export function scheduleProblem(plan: Plan, error: unknown): Problem {
  const reason = error instanceof Error ? error.message : String(error);
  const span = implausibleSpan(plan);
  if (span === null) return { message: `The plan cannot be scheduled (${reason}).` };
  const { earliest, latest, years } = span;
  return {
    message: `The plan cannot be scheduled (${reason}): its dates span ${String(years)} years, from ${earliest.value.slice(0, 10)} to ${latest.value.slice(0, 10)}.`,
    where: `${earliest.what} ${earliest.value.slice(0, 10)}; ${latest.what} ${latest.value.slice(0, 10)}`,
  };
}
