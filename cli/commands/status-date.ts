/** The --status-date option shared by the commands that schedule. */
import { parseLocalDate, type LocalDate } from '../../renderer/domain/model';
import { fail, ok, type Result } from '../../renderer/domain/model/result';
import type { ParsedArgs } from '../args';

export function statusDateOption(args: ParsedArgs): Result<LocalDate | undefined> {
  const text = args.options.get('status-date');
  if (text === undefined) return ok(undefined);
  const date = parseLocalDate(text);
  return date === null ? fail(`--status-date '${text}' is not a date; write it as YYYY-MM-DD.`) : ok(date);
}
