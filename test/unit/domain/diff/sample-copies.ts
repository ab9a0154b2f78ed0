/**
 * The sample plan and its copies written and read back through another tool's file, for the tests
 * of what such a copy carries (diff-mspdi-shown, mspdi-task-fields).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { exportMspdi, importMspdi, importPlanFile } from '../../../../renderer/domain/formats';
import { sequentialIds, type Plan } from '../../../../renderer/domain/model';

export const copyContext = () => ({ newId: sequentialIds('x'), now: '2026-12-01T08:00:00.000Z' });
const sampleText = readFileSync(path.resolve(import.meta.dirname, '../../../../assets/sample-plan.plotline'), 'utf8');

export function sample(): Plan {
  const opened = importPlanFile('sample-plan.plotline', sampleText, copyContext());
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value.plan;
}

/** The plan written as MS Project XML, the file edited as `edit` says, and read back. */
export function viaXml(plan: Plan, edit: (xml: string) => string = (xml) => xml): Plan {
  const read = importMspdi(edit(exportMspdi(plan, { now: '2026-12-01T08:00:00.000Z' })), copyContext());
  if (!read.ok) throw new Error(read.error.message);
  return read.value.plan;
}
