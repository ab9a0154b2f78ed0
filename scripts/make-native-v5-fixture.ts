/**
 * Writes the frozen version-5 fixture test/fixtures/native/plotline-v5.plotline once, through the
 * commands: the version-4 fixture opened, a charter written (purpose, business case, two
 * objectives (one on the gate milestone, one on a target, its status set by hand), scope in and
 * out, a constraint, a deliverable, sponsor and approval), closure started with one item ticked,
 * and a lesson of each kind. A released fixture is never rewritten; this shows how it was made.
 * Run: npx esbuild scripts/make-native-v5-fixture.ts --bundle --platform=node --format=esm
 *      --packages=external --outfile=dist/tools/make-native-v5-fixture.mjs && node dist/tools/make-native-v5-fixture.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { planCommands, runCommand, type CommandName } from '../renderer/domain/commands';
import { parsePlotline, serializePlotline } from '../renderer/domain/formats/native';
import { sequentialIds, type Plan } from '../renderer/domain/model';

const ctx = { newId: sequentialIds('v5-'), now: '2026-03-10T12:00:00.000Z' };

function run(plan: Plan, name: CommandName, args: unknown): Plan {
  const out = runCommand(planCommands[name] as never, plan, args as never, ctx);
  if (!out.ok) throw new Error(`${name}: ${out.error.message}`);
  return out.value.plan;
}

const opened = parsePlotline(readFileSync(resolve('test/fixtures/native/plotline-v4.plotline'), 'utf8'));
if (!opened.ok) throw new Error(opened.error.message);
let plan = opened.value.plan;
plan = run(plan, 'updateCharter', { changes: {
  purpose: 'Replace the vendor integration before the contract ends', businessCase: 'Saves 40k a year in licence fees',
  sponsor: 'Dana Okafor', approvalDate: '2026-03-06',
} });
plan = run(plan, 'addObjective', { title: 'Discovery signed off', successCriterion: 'Gate passed by 6 March', milestoneId: 'g1' });
plan = run(plan, 'addObjective', {
  title: 'Faster sync', successCriterion: 'p95 sync time at most 30 s', measure: 'target', metric: 'p95 sync time, s',
  direction: 'at-most', targetValue: 30, currentValue: 42,
});
const target = plan.project.charter?.objectives[1]?.id;
plan = run(plan, 'updateObjective', { id: target, changes: { statusOverride: 'on-track' } });
plan = run(plan, 'addCharterItem', { list: 'scopeIn', text: 'Nightly sync' });
plan = run(plan, 'addCharterItem', { list: 'scopeOut', text: 'Real-time sync' });
plan = run(plan, 'addCharterItem', { list: 'constraints', text: 'Done before the contract ends on 30 June' });
plan = run(plan, 'addDeliverable', { name: 'Discovery report', taskId: 'g1' });
plan = run(plan, 'startClosure', {});
plan = run(plan, 'updateClosureItem', { itemId: plan.project.closure?.checklist[0]?.id, changes: { done: true } });
plan = run(plan, 'addLesson', { kind: 'went-well', text: 'Early vendor call', category: 'Vendors' });
plan = run(plan, 'addLesson', { kind: 'improve', text: 'Estimate the migration', category: 'Planning' });
plan = run(plan, 'addLesson', { kind: 'recommendation', text: 'Keep a sandbox account' });

writeFileSync(resolve('test/fixtures/native/plotline-v5.plotline'), serializePlotline(plan, { app: 'Plotline 0.1.0', exported: '2026-03-10T12:00:00.000Z' }));
