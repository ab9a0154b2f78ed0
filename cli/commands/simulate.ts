/**
 * `plotline simulate IN --iterations N --seed S [--format md|json]`: Monte Carlo schedule risk
 * analysis (renderer/domain/simulation) over the plan's three-point estimates and the live risks
 * of its register. Prints P50/P80/P90 of the finish and of each milestone, the chance of the
 * planned finish, criticality indexes and the top drivers. Same file, same seed: same output.
 */
import { basename } from 'node:path';
import type { SimulationSummary } from '../../renderer/domain/model';
import { DEFAULT_ITERATIONS, MAX_ITERATIONS, MAX_SEED, NO_DRIVERS, simulate } from '../../renderer/domain/simulation';
import { readAndAdmit } from '../admit';
import { EXIT_REFUSED, EXIT_USAGE, leftOutExitCode, problemText, type Command } from '../command';
import { READABLE } from '../plan-files';
import { INPUT_OPTIONS, inputOptions } from './input-options';
import { shareText } from '../../renderer/domain/model';
import { fail, ok, type Result } from '../../renderer/domain/model/result';
import type { ParsedArgs } from '../args';

const FORMATS = ['md', 'json'] as const;
/** Criticality rows printed in Markdown; JSON carries them all. */
const TOP_CRITICAL = 20;

/** A whole-number option within its range, a usage error outside it (0 iterations as much as 1e3); undefined when not given. */
function wholeOption(args: ParsedArgs, name: string, min: number, max: number): Result<number | undefined> {
  const text = args.options.get(name);
  if (text === undefined) return ok(undefined);
  const digits = text.replace(/[,_]/g, '');
  const value = /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
  return value >= min && value <= max ? ok(value)
    : fail(`--${name} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}, not '${text}'.`);
}

export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'Monte Carlo schedule risk analysis: P50/P80/P90 of the finish and milestones, criticality, drivers.',
  help: `Usage: plotline simulate IN [--iterations N] [--seed S] [--format md|json] [--sheet NAME]
       [--locale BCP47]

Runs N iterations over IN (${READABLE.join(' ')}): each draws every task's three-point estimate
(triangular, PERT-beta or uniform) and every open risk with a schedule impact and linked tasks,
then schedules the plan with the engine's own rules (calendars, links, lags, constraints).
Prints the finish's P50, P80, P90 and mean, the chance of the planned finish, each milestone's
P-values, how often each task was critical, and the tasks and risks that drive the finish most
(correlation with the finish date). Tasks without an estimate keep their duration.
The JSON carries "inputs": a fingerprint of each part of the plan the run read (tasks, estimates,
links, calendars, assignments, risks, project), as the app keeps with a result. Where a part's
differs from the one a .plotline file keeps (project.project.scheduleRisk.last.inputs), the
result saved in it is out of date, as the app says.

Options:
  --iterations N     1 to 100,000 (default: the plan's last setting, else ${String(DEFAULT_ITERATIONS)})
  --seed S           0 to 4294967295 (default: the plan's last setting, else 1); same seed, same result
  --format md|json   default md
  --sheet NAME       the .xlsx sheet to read (default: the first)
  --locale BCP47     read dates written in that locale's format (de-DE: 01.03.2027, 09:00;
                     ko-KR: 2027. 3. 1. 오전 9:00), as the app's CSV export writes them

Exit status: 0 printed, 1 refused (the message says why), 2 usage error,
3 printed without the rows of IN that could not be read (each named in a warning).`,
  options: { valued: ['iterations', 'seed', 'format', ...INPUT_OPTIONS], flags: [] },
  run: async (args, { io, clock }) => {
    const [input, ...rest] = args.positional;
    const format = FORMATS.find((f) => f === (args.options.get('format') ?? 'md'));
    if (input === undefined || rest.length > 0 || format === undefined) {
      io.err(`plotline simulate: ${format === undefined ? '--format must be md or json.' : 'expected one file, IN.'} See plotline simulate --help.\n`);
      return EXIT_USAGE;
    }
    const reading = inputOptions(args);
    const iterationsAsked = wholeOption(args, 'iterations', 1, MAX_ITERATIONS);
    const seedAsked = wholeOption(args, 'seed', 0, MAX_SEED);
    if (!reading.ok || !iterationsAsked.ok || !seedAsked.ok) {
      const refused = !reading.ok ? problemText(reading.error) : !iterationsAsked.ok ? iterationsAsked.error.message : !seedAsked.ok ? seedAsked.error.message : '';
      io.err(`plotline simulate: ${refused} See plotline simulate --help.\n`);
      return EXIT_USAGE;
    }
    const admitted = await readAndAdmit('simulate', input, reading.value, { io, clock });
    if (admitted === EXIT_REFUSED) return EXIT_REFUSED;
    const { plan } = admitted;
    const iterations = iterationsAsked.value ?? plan.project.scheduleRisk?.iterations ?? DEFAULT_ITERATIONS;
    const seed = seedAsked.value ?? plan.project.scheduleRisk?.seed ?? 1;
    const result = simulate(plan, { iterations, seed }, clock.now);
    if (!result.ok) {
      io.err(`plotline simulate: ${basename(input)}: ${problemText(result.error)}\n`);
      return EXIT_REFUSED;
    }
    io.out(format === 'json' ? `${JSON.stringify(result.value, null, 2)}\n` : markdown(plan.project.name, plan.tasks, result.value));
    return leftOutExitCode(io, 'simulate', 'the simulation is printed', [admitted.rowsLeftOut]);
  },
};

const when = (t: string): string => t.replace('T', ' ');

function markdown(name: string, tasks: Readonly<Record<string, { readonly name: string }>>, s: SimulationSummary): string {
  const lines = [
    `# Schedule risk: ${name}`, '',
    `${s.iterations.toLocaleString('en')} iterations, seed ${String(s.seed)}.`, '',
    '| | P50 | P80 | P90 | Mean |', '|---|---|---|---|---|',
    `| Project finish | ${when(s.finish.p50)} | ${when(s.finish.p80)} | ${when(s.finish.p90)} | ${when(s.finish.mean)} |`,
    ...s.milestones.map((m) => `| ${m.name} (planned ${when(m.planned)}) | ${when(m.p50)} | ${when(m.p80)} | ${when(m.p90)} | ${when(m.mean)} |`),
    '', `The planned finish (${when(s.plannedFinish)}) has a ${shareText(s.plannedFinishChance)} chance.`, '',
    '## Criticality index', '', '| Task | Critical in |', '|---|---|',
    ...Object.entries(s.criticality).sort((a, b) => b[1] - a[1]).slice(0, TOP_CRITICAL)
      .map(([id, share]) => `| ${tasks[id]?.name ?? id} | ${shareText(share)} |`),
    '', '## Top drivers (correlation with the finish)', '',
    ...(s.drivers.length === 0 ? [NO_DRIVERS] : ['| Kind | Name | Correlation |', '|---|---|---|', ...s.drivers.map((d) => `| ${d.kind} | ${d.name} | ${d.correlation.toFixed(3)} |`)]), '',
  ];
  return lines.join('\n');
}
