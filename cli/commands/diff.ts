/**
 * `plotline diff A B [--base BASE] [--format json|md]`: what changed from A to B (tasks added,
 * removed, moved, renamed; scheduled dates, durations, links, assignments, costs, progress,
 * registers), each task saying how it was matched. With --base, each copy's changes since BASE
 * and the conflicts a merge would meet. The comparison is the domain's (renderer/domain/diff).
 */
import { basename } from 'node:path';
import { diffPlans, diffToMarkdown, mergePlans, visibleChanges, type PlanDiff } from '../../renderer/domain/diff';
import type { NotCarried } from '../../renderer/domain/formats';
import type { Plan } from '../../renderer/domain/model';
import { readAndAdmit } from '../admit';
import { EXIT_REFUSED, EXIT_USAGE, leftOutExitCode, problemText, type CliContext, type Command, type RowsLeftOut } from '../command';
import { READABLE, type ReadOptions } from '../plan-files';
import { INPUT_OPTIONS, inputOptions } from './input-options';

const FORMATS = ['md', 'json'] as const;

export interface PlansRead {
  readonly plans: readonly Plan[];
  /** Rows of each file (CSV or sheet) left out for their errors, each already named in a warning. */
  readonly rowsLeftOut: readonly RowsLeftOut[];
  /** What each file has no place for, so its read made it up (a CSV's project id, its rows' ranks): no one's change. */
  readonly notCarried: readonly (NotCarried | undefined)[];
}

/** Reads each file through the import gate; EXIT_REFUSED once a refusal has been printed. */
export async function readPlans(command: string, files: readonly string[], options: ReadOptions, ctx: CliContext): Promise<PlansRead | typeof EXIT_REFUSED> {
  const plans: Plan[] = [];
  const rowsLeftOut: RowsLeftOut[] = [];
  const notCarried: (NotCarried | undefined)[] = [];
  for (const file of files) {
    const admitted = await readAndAdmit(command, file, options, ctx);
    if (admitted === EXIT_REFUSED) return EXIT_REFUSED;
    plans.push(admitted.plan);
    rowsLeftOut.push(admitted.rowsLeftOut);
    notCarried.push(admitted.imported.notCarried);
  }
  return { plans, rowsLeftOut, notCarried };
}

const jsonDiff = (diff: PlanDiff): unknown => ({ changes: visibleChanges(diff), renames: diff.renames });

/**
 * What a row left out means in a comparison: a task missing from the later copy reads as removed,
 * from the earlier one (A, or BASE) as added, though the task is in the file.
 */
function mayBeRowsLeftOut(rowsLeftOut: readonly RowsLeftOut[]): string {
  const lostIn = (files: readonly RowsLeftOut[]): string => files.filter((r) => r.rows > 0).map((r) => r.file).join(' or ');
  const removed = lostIn(rowsLeftOut.slice(1));
  const added = lostIn(rowsLeftOut.slice(0, 1));
  const says = [
    ...(removed === '' ? [] : [`a task shown as removed may be one of those rows, still in ${removed}`]),
    ...(added === '' ? [] : [`a task shown as added may be one of those rows, still in ${added}`]),
  ];
  return says.length === 0 ? '' : `: ${says.join('; ')}`;
}

export const diffCommand: Command = {
  name: 'diff',
  summary: 'Compare two plans (or two copies against their common ancestor) as Markdown or JSON.',
  help: `Usage: plotline diff A B [--base BASE] [--format md|json] [--sheet NAME] [--locale BCP47]

Lists what changed from A to B (${READABLE.join(' ')} files): tasks added, removed, moved in the outline
and renamed; scheduled dates, durations, links, assignments, costs, progress and register entries.
Tasks match by Plotline id, else the author's UID (MS Project), else WBS number and name; each row
says which rule matched. What a CSV or .xlsx read makes up (the project's id, a workbook's name from
its file name, the rows' order numbers) is not listed; a row inserted or moved is. Nor are A's (or
BASE's) risks, other registers and phases when B is not a .plotline: its file has no place for them.

Options:
  --base BASE        three-way: A's and B's changes since BASE, and the conflicts a merge would meet
  --format md|json   default md
  --sheet NAME       the .xlsx sheet to read (default: the first)
  --locale BCP47     read dates written in that locale's format (de-DE: 01.03.2027, 09:00;
                     ko-KR: 2027. 3. 1. 오전 9:00), as the app's CSV export writes them

Exit status: 0 printed, 1 a file refused, 2 usage error, 3 printed without the rows of a CSV or
.xlsx file that could not be read (each named in a warning; such a task shows as removed, or as
added when A or BASE lost it).`,
  options: { valued: ['base', 'format', ...INPUT_OPTIONS], flags: [] },
  run: async (args, ctx) => {
    const [a, b, ...rest] = args.positional;
    const format = FORMATS.find((f) => f === (args.options.get('format') ?? 'md'));
    if (a === undefined || b === undefined || rest.length > 0 || format === undefined) {
      ctx.io.err(`plotline diff: ${format === undefined ? '--format must be md or json.' : 'expected two files, A and B.'} See plotline diff --help.\n`);
      return EXIT_USAGE;
    }
    const reading = inputOptions(args);
    if (!reading.ok) {
      ctx.io.err(`plotline diff: ${problemText(reading.error)} See plotline diff --help.\n`);
      return EXIT_USAGE;
    }
    const base = args.options.get('base');
    const read = await readPlans('diff', base === undefined ? [a, b] : [base, a, b], reading.value, ctx);
    if (read === EXIT_REFUSED) return EXIT_REFUSED;
    const [first, second, third] = read.plans;
    if (first === undefined || second === undefined) return EXIT_REFUSED;
    const printed = (): number => leftOutExitCode(ctx.io, 'diff', 'the comparison is printed', read.rowsLeftOut, [], mayBeRowsLeftOut(read.rowsLeftOut));
    // What a CSV or .xlsx read makes up (the project's id, a workbook's name, the rows' ranks), or leaves empty (the registers), is no one's change.
    if (third === undefined) {
      const [ofA, ofB] = read.notCarried;
      const diff = diffPlans(first, second, { notCarried: { a: ofA, b: ofB } });
      ctx.io.out(format === 'json' ? `${JSON.stringify(jsonDiff(diff), null, 2)}\n` : diffToMarkdown(diff, `${basename(a)} → ${basename(b)}`));
      return printed();
    }
    const [ofBase, ofOurs, ofTheirs] = read.notCarried;
    const ours = diffPlans(first, second, { notCarried: { a: ofBase, b: ofOurs } });
    const theirs = diffPlans(first, third, { notCarried: { a: ofBase, b: ofTheirs } });
    const conflicts = mergePlans(first, second, third, {}, { notCarried: { base: ofBase, ours: ofOurs, theirs: ofTheirs } }).conflicts;
    if (format === 'json') {
      ctx.io.out(`${JSON.stringify({ a: jsonDiff(ours), b: jsonDiff(theirs), conflicts: conflicts.map((c) => ({ id: c.id, kind: c.kind, message: c.message, base: c.base, a: c.ours, b: c.theirs })) }, null, 2)}\n`);
      return printed();
    }
    const lines = conflicts.length === 0 ? ['No conflicts.'] : conflicts.map((c) => `- ${c.message}`);
    ctx.io.out(`${diffToMarkdown(ours, `${basename(base ?? '')} → ${basename(a)}`)}\n${diffToMarkdown(theirs, `${basename(base ?? '')} → ${basename(b)}`)}\n# Conflicts\n\n${lines.join('\n')}\n`);
    return printed();
  },
};
