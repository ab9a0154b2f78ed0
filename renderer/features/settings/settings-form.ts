/**
 * The project settings form: what the fields show for a project, and the one updateProject change
 * they make. Hours per day, days per week and days per month are how a person thinks of
 * MS Project's MinutesPerDay, MinutesPerWeek and DaysPerMonth.
 */
import type { ProjectChanges } from '../../domain/commands';
import { DEFAULT_DAYS_PER_MONTH, parseLocalDate, type LocalDate, type LocalDateTime, type Project } from '../../domain/model';
import type { Result } from '../../domain/model';

export interface SettingsForm {
  readonly name: string;
  /** Several lines, kept as typed (MS Project keeps it as the project summary task's notes). */
  readonly description: string;
  readonly manager: string;
  /** YYYY-MM-DD */
  readonly start: string;
  /** YYYY-MM-DD, '' = today */
  readonly statusDate: string;
  readonly currency: string;
  readonly hoursPerDay: string;
  readonly daysPerWeek: string;
  readonly daysPerMonth: string;
}

/** ISO 4217 codes offered first; a plan's own code is kept in the list when it is not one of them. */
export const COMMON_CURRENCIES = [
  'USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'NZD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'INR', 'CNY',
  'SGD', 'HKD', 'KRW', 'BRL', 'MXN', 'ZAR', 'ILS', 'AED', 'TRY',
] as const;

const trim = (n: number): string => String(Math.round(n * 100) / 100);

export function settingsForm(project: Project): SettingsForm {
  return {
    name: project.name,
    description: project.description,
    manager: project.manager,
    start: project.start.slice(0, 10),
    statusDate: project.statusDate ?? '',
    currency: project.currency,
    hoursPerDay: trim(project.minutesPerDay / 60),
    daysPerWeek: trim(project.minutesPerWeek / project.minutesPerDay),
    daysPerMonth: trim(project.daysPerMonth ?? DEFAULT_DAYS_PER_MONTH),
  };
}

function positive(text: string, field: string, max: number): Result<number> {
  const value = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0 || value > max) {
    return { ok: false, error: { message: `${field}: '${text}' is not a number more than 0 and at most ${String(max)}.`, where: field } };
  }
  return { ok: true, value };
}

/**
 * The changes the form makes to the project, only the fields that differ. Refuses, naming the
 * field, what the project cannot take (0 hours a day, a date that does not exist).
 */
export function settingsChanges(form: SettingsForm, project: Project): Result<ProjectChanges> {
  const hours = positive(form.hoursPerDay, 'Hours per day', 24);
  if (!hours.ok) return hours;
  const days = positive(form.daysPerWeek, 'Days per week', 7);
  if (!days.ok) return days;
  const month = positive(form.daysPerMonth, 'Days per month', 31);
  if (!month.ok) return month;
  if (!form.name.trim()) return { ok: false, error: { message: 'Name: a project needs a name.', where: 'Name' } };
  if (parseLocalDate(form.start) === null) return { ok: false, error: { message: `Start date: '${form.start}' is not a date.`, where: 'Start date' } };
  if (form.statusDate !== '' && parseLocalDate(form.statusDate) === null) {
    return { ok: false, error: { message: `Status date: '${form.statusDate}' is not a date (leave it empty for today).`, where: 'Status date' } };
  }
  const minutesPerDay = Math.round(hours.value * 60);
  const next: Required<Pick<ProjectChanges, 'name' | 'description' | 'manager' | 'start' | 'statusDate' | 'currency' | 'minutesPerDay' | 'minutesPerWeek' | 'daysPerMonth'>> = {
    name: form.name.trim(),
    // As typed: an indent or a blank line in a description is the author's.
    description: form.description,
    manager: form.manager.trim(),
    // The start keeps its time of day; only the date is edited here.
    start: `${form.start}${project.start.slice(10)}` as LocalDateTime,
    statusDate: form.statusDate === '' ? null : (form.statusDate as LocalDate),
    currency: form.currency,
    minutesPerDay,
    minutesPerWeek: Math.round(days.value * minutesPerDay),
    daysPerMonth: month.value,
  };
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    const current = key === 'daysPerMonth' ? project.daysPerMonth ?? DEFAULT_DAYS_PER_MONTH : project[key as keyof typeof next];
    if (value !== current) changes[key] = value;
  }
  return { ok: true, value: changes };
}
