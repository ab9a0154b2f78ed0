/**
 * `plotline new --template NAME|FILE --start YYYY-MM-DD OUT`: a new plan from one of the built-in
 * templates or from a template file a PMO shared, with every task at the same working-time offset
 * from the new start (renderer/domain/lifecycle/templates.ts).
 */
import { basename, extname } from 'node:path';
import { BUILTIN_TEMPLATES, builtinTemplate, instantiateTemplate, planAsTemplate, planFromSpec, templateInfoOf } from '../../renderer/domain/lifecycle';
import { atTime, parseLocalDate, type LocalDateTime, type Plan } from '../../renderer/domain/model';
import { planWithScheduledDates } from '../../renderer/domain/schedule';
import { admitPlan, readAndAdmit } from '../admit';
import { EXIT_REFUSED, EXIT_USAGE, leftOutExitCode, problemText, refusal, type CliContext, type Command, type RowsLeftOut } from '../command';
import { encodePlan, writableFormat, WRITABLE, writeFileAtomically, type ReadOptions } from '../plan-files';
import { INPUT_OPTIONS, inputOptions } from './input-options';

const TEMPLATE_LIST = BUILTIN_TEMPLATES.map((t) => `  ${t.key.padEnd(18)} ${t.name}: ${t.description}`).join('\n');

/** The template as a plan: a built-in by name, else a plan file (any plan works; it is stripped first). */
async function loadTemplate(name: string, start: LocalDateTime, reading: ReadOptions, ctx: CliContext): Promise<{ plan: Plan; rowsLeftOut: RowsLeftOut[] } | typeof EXIT_REFUSED> {
  const spec = builtinTemplate(name);
  if (spec) return { plan: planFromSpec(spec, { start, now: ctx.clock.now, newId: ctx.clock.newId }), rowsLeftOut: [] };
  if (extname(name) === '') {
    ctx.io.err(`plotline new: there is no built-in template '${name}'. The built-in templates are: ${BUILTIN_TEMPLATES.map((t) => t.key).join(', ')}; or give a template file.\n`);
    return EXIT_REFUSED;
  }
  const read = await readAndAdmit('new', name, reading, ctx);
  if (read === EXIT_REFUSED) return EXIT_REFUSED;
  const plan = planWithScheduledDates(read.plan, read.schedule);
  return { plan: templateInfoOf(plan) ? plan : planAsTemplate(plan, { name: plan.project.name, description: '' }), rowsLeftOut: [read.rowsLeftOut] };
}

export const newCommand: Command = {
  name: 'new',
  summary: 'Start a new plan from a template (built-in or a file) at a start date.',
  help: `Usage: plotline new --template NAME|FILE --start YYYY-MM-DD [--name TEXT] [--sheet NAME]
       [--locale BCP47] OUT

Writes OUT (${WRITABLE.join(' ')}): the template's phases, gates, tasks, links and typical risks,
with every task at the same working-time distance from --start as in the template. A template
file is any plan file; actuals, progress, baselines and people are taken out.

Built-in templates:
${TEMPLATE_LIST}

Options:
  --template NAME|FILE   a built-in template above, or a .plotline (or other plan) file
  --start DATE           the project start (09:00 on that day)
  --name TEXT            the project name (default: the template's)
  --sheet NAME           the .xlsx sheet to read (default: the first)
  --locale BCP47         read a CSV template's dates in that locale's format (de-DE: 01.03.2027, 09:00;
                         ko-KR: 2027. 3. 1. 오전 9:00), as the app's CSV export writes them

Exit status: 0 written, 1 refused (the message says why), 2 usage error, 3 written without the
rows of a CSV or .xlsx template file that could not be read (each named in a warning).
Example: plotline new --template cloud-migration --start 2027-01-04 migration.plotline`,
  options: { valued: ['template', 'start', 'name', ...INPUT_OPTIONS], flags: [] },
  run: async (args, ctx) => {
    const [output, ...rest] = args.positional;
    const template = args.options.get('template');
    const startText = args.options.get('start');
    const start = startText === undefined ? null : parseLocalDate(startText);
    const format = output === undefined ? null : writableFormat(output);
    const usage = output === undefined || rest.length > 0 ? 'expected one file, OUT.'
      : template === undefined ? '--template NAME|FILE is required.'
        : start === null ? `--start ${startText === undefined ? 'YYYY-MM-DD is required' : `'${startText}' is not a date; write it as YYYY-MM-DD`}.`
          : format !== null && !format.ok ? problemText(format.error) : null;
    if (usage !== null || output === undefined || template === undefined || start === null || format === null || !format.ok) {
      ctx.io.err(`plotline new: ${usage ?? 'see --help'} See plotline new --help.\n`);
      return EXIT_USAGE;
    }
    const reading = inputOptions(args);
    if (!reading.ok) {
      ctx.io.err(`plotline new: ${problemText(reading.error)} See plotline new --help.\n`);
      return EXIT_USAGE;
    }
    const startAt = atTime(start, '09:00');
    const loaded = await loadTemplate(template, startAt, reading.value, ctx);
    if (loaded === EXIT_REFUSED) return EXIT_REFUSED;
    const source = loaded.plan;
    const plan = instantiateTemplate(source, { name: args.options.get('name') ?? templateInfoOf(source)?.name ?? source.project.name, start: startAt, now: ctx.clock.now, newId: ctx.clock.newId });
    const admitted = admitPlan(plan, basename(output));
    if (!admitted.ok) {
      refusal(ctx.io, 'new', basename(output), admitted.error);
      return EXIT_REFUSED;
    }
    const written = await writeFileAtomically(output, await encodePlan(planWithScheduledDates(plan, admitted.value.schedule), format.value, ctx.clock));
    if (!written.ok) {
      refusal(ctx.io, 'new', basename(output), written.error);
      return EXIT_REFUSED;
    }
    return leftOutExitCode(ctx.io, 'new', `${basename(output)} is written`, loaded.rowsLeftOut);
  },
};
