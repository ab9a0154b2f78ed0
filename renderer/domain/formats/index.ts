/**
 * The file-format layer: pure string <-> Plan functions (no I/O, no DOM, no clock or randomness).
 * `importPlanFile` is the one entry point the Open/Import command uses; exporters are called
 * directly by the Export command.
 */
import { fail, type Result } from '../model/result';
import { importCsv, type CsvImportOptions } from './csv/csv-import';
import { importGanttProject } from './gantt-project/gan-reader';
import { MAX_FILE_CHARS, sizeProblem, summarizePlan, type ImportContext, type ImportedPlan } from './import-context';
import { importMspdi } from './msproject/mspdi-reader';
import { parsePlotline } from './native/plotline-file';
import { detectFormat } from './detect-format';

export * from './import-context';
export { validatePlan, parsePlanSchema } from './validate';
export { admitForCaller, admitPlan, checkPlan, type AdmittedPlan, type AdmitOptions, type PlanSource } from './admit';
export * from './plan-bounds';
export { parseJsonSafely } from './safe-json';
export * from './native';
export { importMspdi, exportMspdi, type MspdiExportOptions } from './msproject';
export { importGanttProject, exportGanttProject, ganNotWritten, type GanExport, type GanExportOptions } from './gantt-project';
export * from './csv';
export * from './ical';
export * from './xlsx';
export * from './schedule-rows';
export * from './date-text';
export { dayMonthOrder, localeDateTimeForm, type LocaleDateTimeForm } from './locale-date-time';
export { projectMoneyParts } from './project-money';
export { notCarriedSentence, partsNotCarried, identityNotCarried, identityNotCarriedInFile, planFileFormatOf, type NotCarried, type PlanFileFormat } from './not-carried';
export { detectFormat, type FileFormat } from './detect-format';

/** A file's name as a project's: without its folder and extension ('HouseBuildingSample'); undefined for none. */
function untitledName(fileName: string): string | undefined {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').trim() || undefined;
}

/**
 * Opens any supported plan file. Never throws on bad input: every failure is a Problem that says
 * what is wrong and where. `csv` is how a CSV file's dates are read (its locale); other formats
 * carry their own.
 */
export function importPlanFile(fileName: string, text: string, ctx: ImportContext, csv: CsvImportOptions = {}): Result<ImportedPlan> {
  const tooBig = sizeProblem(text, ctx.maxChars ?? MAX_FILE_CHARS);
  if (tooBig !== null) return fail(tooBig, 'the whole file');
  const format = detectFormat(fileName, text);
  switch (format) {
    case 'plotline': {
      const result = parsePlotline(text, { maxChars: ctx.maxChars, scheduledByCaller: ctx.scheduledByCaller });
      return result.ok ? { ok: true, value: { ...result.value, summary: summarizePlan(result.value.plan) } } : result;
    }
    case 'mspdi': return importMspdi(text, { untitledName: untitledName(fileName), ...ctx });
    case 'gantt-project': return importGanttProject(text, { untitledName: untitledName(fileName), ...ctx });
    case 'csv': return importCsv(text, ctx, csv);
    case 'xlsx': return fail(`'${fileName}' is an Excel workbook: it is read as bytes (the app's import dialog and \`plotline convert\` do), not as text.`, 'the whole file');
    case 'ical': return fail(`'${fileName}' is an iCalendar file: import it as holidays into a calendar rather than as a plan.`, 'the whole file');
    case 'unknown':
      return fail(`Plotline cannot tell what kind of file '${fileName}' is. It opens .plotline, Microsoft Project XML (.xml), GanttProject (.gan) and CSV files.`, 'the whole file');
    default: {
      const never: never = format;
      return never;
    }
  }
}
