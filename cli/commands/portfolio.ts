/**
 * `plotline portfolio FILES…`: several plans side by side: each one's finish against its baseline,
 * and the people they share, pooled by email else name, with over-allocation across projects
 * (renderer/domain/lifecycle/portfolio.ts).
 */
import { crossProjectLoad, digestProject, type PooledPerson, type PortfolioProject, type ProjectSummary } from '../../renderer/domain/lifecycle';
import { percentText, type LocalDate } from '../../renderer/domain/model';
import { RAG_WORDS } from '../../renderer/domain/report/text';
import { readAndAdmit } from '../admit';
import { EXIT_REFUSED, EXIT_USAGE, leftOutExitCode, problemText, type Command, type RowsLeftOut } from '../command';
import { READABLE } from '../plan-files';
import { INPUT_OPTIONS, inputOptions } from './input-options';
import { statusDateOption } from './status-date';

const FORMATS = ['md', 'json'] as const;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function markdown(projects: readonly ProjectSummary[], people: readonly PooledPerson[]): string {
  const slip = (p: ProjectSummary): string => (p.slipDays === null ? 'no baseline' : p.slipDays > 0 ? `+${String(p.slipDays)} d` : `${String(p.slipDays)} d`);
  const lines = ['# Portfolio', '', '| Project | Status | Done | Start | Finish | Baseline finish | Slip |', '|---|---|---|---|---|---|---|'];
  for (const p of projects) {
    const status = `${RAG_WORDS[p.health.overall]} (at ${p.health.statusDate})`;
    lines.push(`| ${cell(p.name)} | ${status} | ${percentText(p.health.percentComplete)} | ${p.start.slice(0, 10)} | ${p.finish.slice(0, 10)} | ${p.baselineFinish?.slice(0, 10) ?? '—'} | ${slip(p)} |`);
  }
  lines.push('', '## Why each status', '');
  for (const p of projects) {
    lines.push(`- **${cell(p.name)}**: ${p.health.dimensions.map((d) => `${d.dimension} ${RAG_WORDS[d.rag].toLowerCase()}: ${d.reason}`).join(' ')}`);
  }
  // As the app's Portfolio view and the help say: over-allocated within one project alone is that project's leveling, not this table's.
  const shared = people.filter((p) => p.projectNames.length > 1);
  lines.push('', '## People across projects', '');
  if (shared.length === 0) lines.push('No one works on more than one of these projects.');
  else {
    lines.push('| Person | Projects | Over-allocated across projects | First conflict |', '|---|---|---|---|');
    for (const p of shared) {
      const first = p.overAllocatedDays[0];
      const conflict = first === undefined ? '—' : `${first}: ${p.firstOverBookings.map((b) => `${b.projectName} (${b.taskNames.join(', ')}, ${String(Math.round(b.workMinutes / 6) / 10)} h)`).join(' + ')}`;
      const days = p.overAllocatedDays.length === 0 ? 'no' : `${String(p.overAllocatedDays.length)} day${p.overAllocatedDays.length === 1 ? '' : 's'}`;
      lines.push(`| ${cell(p.name)} | ${cell(p.projectNames.join(', '))} | ${days} | ${cell(conflict)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The local calendar day of an instant (the CLI's clock), as the app's "today". */
function localDateOf(iso: string): LocalDate {
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` as LocalDate;
}

export const portfolioCommand: Command = {
  name: 'portfolio',
  summary: 'Summarize several plans: finish vs baseline, and people over-allocated across projects.',
  help: `Usage: plotline portfolio FILE... [--format md|json] [--status-date YYYY-MM-DD] [--sheet NAME] [--locale BCP47]

Reads each FILE (${READABLE.join(' ')}), schedules it, and prints:
  - per project: its status (Red, Amber, Green, as its status report would say, with the reason
    per dimension), % complete, start, finish, Baseline's finish and the slip in working days;
  - per person working on more than one project (the same email, else the same name): the days on
    which their work summed across projects is more than their capacity, and what competes.

Options:
  --format md|json   default md
  --status-date DATE the date a plan without a status date of its own is measured at (default: today)
  --sheet NAME       the .xlsx sheet to read (default: the first)
  --locale BCP47     read dates written in that locale's format (de-DE: 01.03.2027, 09:00;
                     ko-KR: 2027. 3. 1. 오전 9:00), as the app's CSV export writes them

Exit status: 0 printed, 1 refused (the message names the file), 2 usage error, 3 printed without
the rows of a CSV or .xlsx FILE that could not be read (each named in a warning).`,
  options: { valued: ['format', 'status-date', ...INPUT_OPTIONS], flags: [] },
  run: async (args, ctx) => {
    const format = FORMATS.find((f) => f === (args.options.get('format') ?? 'md'));
    if (args.positional.length === 0 || format === undefined) {
      ctx.io.err(`plotline portfolio: ${format === undefined ? '--format must be md or json.' : 'expected at least one plan file.'} See plotline portfolio --help.\n`);
      return EXIT_USAGE;
    }
    const reading = inputOptions(args);
    const statusDate = statusDateOption(args);
    const refused = !reading.ok ? reading.error : !statusDate.ok ? statusDate.error : null;
    if (refused !== null || !reading.ok || !statusDate.ok) {
      ctx.io.err(`plotline portfolio: ${refused ? problemText(refused) : ''} See plotline portfolio --help.\n`);
      return EXIT_USAGE;
    }
    const today = statusDate.value ?? localDateOf(ctx.clock.now);
    const projects: PortfolioProject[] = [];
    const rowsLeftOut: RowsLeftOut[] = [];
    for (const file of args.positional) {
      const admitted = await readAndAdmit('portfolio', file, reading.value, ctx);
      if (admitted === EXIT_REFUSED) return EXIT_REFUSED;
      projects.push({ plan: admitted.plan, schedule: admitted.schedule });
      rowsLeftOut.push(admitted.rowsLeftOut);
    }
    // A digest holds the project's summary too: each project is summarised once.
    const digests = projects.map((p) => digestProject(p, today));
    const summaries = digests.map((d) => d.summary);
    const people = crossProjectLoad(digests);
    ctx.io.out(format === 'json' ? `${JSON.stringify({ projects: summaries, people }, null, 2)}\n` : markdown(summaries, people));
    return leftOutExitCode(ctx.io, 'portfolio', 'the portfolio is printed', rowsLeftOut);
  },
};
