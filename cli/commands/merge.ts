/**
 * `plotline merge BASE OURS THEIRS -o OUT [--prefer ours|theirs]`: three-way merge of two copies
 * of a plan from their common ancestor (renderer/domain/diff). Changes made on one side apply; a
 * field changed differently on both sides is a conflict: listed on stderr with exit 1 and nothing
 * written, unless --prefer chooses a side for every conflict. The merged plan always schedules.
 */
import { basename } from 'node:path';
import { meaningfulChanges, mergePlans, type MergeConflict } from '../../renderer/domain/diff';
import { EXIT_REFUSED, EXIT_USAGE, leftOutExitCode, problemText, type Command } from '../command';
import { encodePlan, notCarried, READABLE, writableFormat, writeFileAtomically } from '../plan-files';
import { printWarnings } from '../command';
import { readPlans } from './diff';
import { INPUT_OPTIONS, inputOptions } from './input-options';

const SIDES = ['ours', 'theirs'] as const;

const conflictLine = (c: MergeConflict): string => `  ${c.id}: ${c.message}`;

/** "the link 'Docs' → 'Design' of theirs.csv": a link the merged file lacks though a copy had it. */
export function linkLeftOut(c: MergeConflict, [base, ours, theirs]: readonly string[]): string {
  const holders = [...(c.ours === undefined ? [] : [ours]), ...(c.theirs === undefined ? [] : [theirs])];
  const copies = (holders.length === 0 ? [base] : holders).map((f) => basename(f ?? '')).join(' and ');
  return `the ${c.label} of ${copies}, which would close a loop (the warning above shows it)`;
}

export const mergeCommand: Command = {
  name: 'merge',
  summary: 'Three-way merge of two copies of a plan from their common ancestor.',
  help: `Usage: plotline merge BASE OURS THEIRS -o OUT [--prefer ours|theirs] [--sheet NAME]
       [--locale BCP47]

Merges THEIRS into OURS (${READABLE.join(' ')} files), both edited from BASE: a change made in one copy
applies, the same change in both applies once, and the same field changed differently is a conflict.
A link that would close a loop is left out (named with the copy that has it and the loop, each task
with its # row in the merged plan) and a summary left with no subtasks becomes a task (both
reported on stderr). The merged plan is scheduled before it is written. A CSV or .xlsx copy
carries no ids: its tasks match by WBS number and name, and what its reading makes up (the
project's id, a workbook's name from its file name, the order numbers of its rows) is not
compared; the order of its rows is. A copy that is not a
.plotline has no place for risks, the other registers or phases: they count as unchanged in it.

Options:
  -o, --output OUT       the merged plan (.plotline, .xml, .csv, .xlsx, .ics)
  --prefer ours|theirs   settle every conflict for that side instead of refusing
  --sheet NAME           the .xlsx sheet to read (default: the first)
  --locale BCP47         read dates written in that locale's format (de-DE: 01.03.2027, 09:00;
                         ko-KR: 2027. 3. 1. 오전 9:00), as the app's CSV export writes them

Exit status: 0 written, 1 conflicts (listed on stderr, nothing written) or a file refused, 2 usage error,
3 written without part of a copy: rows of a CSV or .xlsx copy that could not be read, or a link
left out because it would close a loop (each named on stderr).`,
  options: { valued: ['output', 'prefer', ...INPUT_OPTIONS], flags: [], short: { o: 'output' } },
  run: async (args, ctx) => {
    const { io, clock } = ctx;
    const files = args.positional;
    const output = args.options.get('output');
    const preferText = args.options.get('prefer');
    const prefer = SIDES.find((s) => s === preferText);
    if (files.length !== 3 || output === undefined || (preferText !== undefined && prefer === undefined)) {
      const why = files.length !== 3 ? 'expected three files, BASE OURS THEIRS.' : output === undefined ? '-o OUT is required.' : '--prefer must be ours or theirs.';
      io.err(`plotline merge: ${why} See plotline merge --help.\n`);
      return EXIT_USAGE;
    }
    const format = writableFormat(output);
    if (!format.ok) {
      io.err(`plotline merge: ${format.error.message}\n`);
      return EXIT_USAGE;
    }
    const reading = inputOptions(args);
    if (!reading.ok) {
      io.err(`plotline merge: ${problemText(reading.error)} See plotline merge --help.\n`);
      return EXIT_USAGE;
    }
    const read = await readPlans('merge', files, reading.value, ctx);
    if (read === EXIT_REFUSED) return EXIT_REFUSED;
    const [base, ours, theirs] = read.plans;
    if (base === undefined || ours === undefined || theirs === undefined) return EXIT_REFUSED;
    // A CSV or .xlsx read makes up the project's id (and a workbook's name from its file name) and leaves the registers empty: no one's edit.
    const [ofBase, ofOurs, ofTheirs] = read.notCarried;
    const options = { notCarried: { base: ofBase, ours: ofOurs, theirs: ofTheirs } };
    const first = mergePlans(base, ours, theirs, {}, options);
    const choosable = first.conflicts.filter((c) => c.isChoosable);
    if (choosable.length > 0 && prefer === undefined) {
      io.err(`plotline merge: ${String(choosable.length)} conflict${choosable.length === 1 ? '' : 's'}; nothing written. Resolve them in Plotline, or choose a side for all with --prefer ours|theirs:\n${choosable.map(conflictLine).join('\n')}\n`);
      return EXIT_REFUSED;
    }
    const merged = prefer === undefined ? first : mergePlans(base, ours, theirs, Object.fromEntries(choosable.map((c) => [c.id, prefer])), options);
    const written = await writeFileAtomically(output, await encodePlan(merged.plan, format.value, clock));
    if (!written.ok) {
      io.err(`plotline merge: ${written.error.message}\n`);
      return EXIT_REFUSED;
    }
    // Said of the file once it is written (as convert does).
    printWarnings(io, basename(output), [...merged.conflicts.filter((c) => !c.isChoosable).map((c) => c.message), ...notCarried(merged.plan, format.value)]);
    const count = meaningfulChanges(merged.theirChanges).length;
    io.out(`Merged ${String(count)} change${count === 1 ? '' : 's'} from ${basename(files[2] ?? '')} into ${basename(files[1] ?? '')}${choosable.length > 0 ? `; ${String(choosable.length)} conflict${choosable.length === 1 ? '' : 's'} settled for ${prefer ?? 'ours'}` : ''}: ${output}\n`);
    // A row left out of one copy reads as a task that copy deleted, so the merge may have dropped it;
    // a link left out to keep the plan free of loops is one a copy has and the merged file lacks.
    const links = merged.conflicts.filter((c) => c.kind === 'link-loop').map((c) => linkLeftOut(c, files));
    return leftOutExitCode(io, 'merge', `${basename(output)} is written`, read.rowsLeftOut, links);
  },
};
