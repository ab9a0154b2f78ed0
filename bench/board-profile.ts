/**
 * CPU profile of one board interaction through Chromium's DevTools protocol, summarised as the
 * functions with the most self and inclusive time. Used by board.bench.ts when BOARD_PROFILE=1,
 * to see what a pick-up spends its time on rather than guess.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

interface CallFrame { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number }
interface ProfileNode { readonly id: number; readonly callFrame: CallFrame; readonly children?: readonly number[] }
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

const label = ({ functionName, url, lineNumber, columnNumber }: CallFrame): string =>
  `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${String(lineNumber + 1)}:${String(columnNumber + 1)}`;

/** Self and inclusive milliseconds per function (a recursive function counts once per sample). */
export function summariseProfile(profile: CpuProfile): { self: Map<string, number>; total: Map<string, number> } {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // timeDeltas[i] is the time before sample i; the time a sample stands for is the next delta.
    const msSpent = (deltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(samples[i] ?? -1);
    if (!leaf) continue;
    self.set(label(leaf.callFrame), (self.get(label(leaf.callFrame)) ?? 0) + msSpent);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id);
      if (!node) break;
      const key = label(node.callFrame);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + msSpent);
    }
  }
  return { self, total };
}

function top(map: Map<string, number>, count: number): string {
  return [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`).join('\n');
}

export interface ProfileSummary { readonly self: Map<string, number>; readonly total: Map<string, number> }

/** The mean of several profiles' summaries: one 25 ms profile's samples are too few to rank functions. */
export function meanProfile(runs: readonly ProfileSummary[]): ProfileSummary {
  const mean = (pick: (r: ProfileSummary) => Map<string, number>): Map<string, number> => {
    const sum = new Map<string, number>();
    for (const run of runs) for (const [key, msSpent] of pick(run)) sum.set(key, (sum.get(key) ?? 0) + msSpent / runs.length);
    return sum;
  };
  return { self: mean((r) => r.self), total: mean((r) => r.total) };
}

export function printProfile(heading: string, { self, total }: ProfileSummary): void {
  console.log(`\n### ${heading}\nself time:\n${top(self, 25)}\ninclusive time:\n${top(total, 40)}`);
}

/**
 * Profiles `action` (sampling every 100 µs), saves the .cpuprofile, prints the top functions
 * unless `quiet`, and returns the summary.
 */
export async function profile(page: Page, name: string, dir: string, action: () => Promise<void>, quiet = false): Promise<ProfileSummary> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await action();
  const { profile: result } = await cdp.send('Profiler.stop');
  await cdp.detach();
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(result));
  const summary = summariseProfile(result);
  if (!quiet) printProfile(`profile: ${name} (${file})`, summary);
  return summary;
}

interface TraceEvent { readonly name: string; readonly ph: string; readonly dur?: number; readonly args?: { readonly beginData?: Record<string, unknown>; readonly elementCount?: number } }

/**
 * Rendering work (style recalcs, layouts, paints) during `action`, from a Chromium trace: the
 * CPU profile shows a forced layout as the script line that asked for it, not what it cost.
 */
export async function traceRendering(page: Page, name: string, action: () => Promise<void>): Promise<void> {
  const browser = page.context().browser();
  if (!browser) return;
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.invalidationTracking', 'disabled-by-default-devtools.timeline.stack'] });
  await action();
  console.log('  elements:', await page.evaluate(() => document.querySelectorAll('*').length));
  const buffer = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
  const reasons = new Map<string, number>();
  for (const event of traceEvents as unknown as { name: string; args?: { data?: { reason?: string; nodeName?: string; stackTrace?: { functionName: string; lineNumber: number }[] } } }[]) {
    if (event.name !== 'LayoutInvalidationTracking' && event.name !== 'StyleRecalcInvalidationTracking' && event.name !== 'ScheduleStyleInvalidationTracking' && event.name !== 'StyleInvalidatorInvalidationTracking') continue;
    const d = event.args?.data;
    const stack = (d?.stackTrace ?? []).slice(0, 3).map((f) => `${f.functionName}:${String(f.lineNumber)}`).join('<');
    const key = `${event.name} ${d?.reason ?? ''} ${d?.nodeName ?? ''} ${stack}`;
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  for (const [k, v] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${String(v).padStart(5)} ${k}`);
  const byName = new Map<string, { count: number; ms: number; max: number }>();
  for (const event of traceEvents) {
    if (event.ph !== 'X' || event.dur === undefined) continue;
    if (!['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'HitTest', 'ParseHTML', 'FunctionCall', 'RunTask'].includes(event.name)) continue;
    if (event.name === 'Layout' && event.dur > 5000) console.log(`  layout ${(event.dur / 1000).toFixed(1)} ms`, JSON.stringify(event.args?.beginData ?? {}));
    const entry = byName.get(event.name) ?? { count: 0, ms: 0, max: 0 };
    entry.count++;
    entry.ms += event.dur / 1000;
    entry.max = Math.max(entry.max, event.dur / 1000);
    byName.set(event.name, entry);
  }
  console.log(`\n### rendering: ${name}`);
  for (const [event, { count, ms, max }] of [...byName].sort((a, b) => b[1].ms - a[1].ms)) {
    console.log(`  ${event.padEnd(18)} ${String(count).padStart(5)} x  ${ms.toFixed(1).padStart(7)} ms total  ${max.toFixed(1).padStart(6)} ms max`);
  }
}

/** Where a timeline's clock starts. */
export interface TimelineAnchor { readonly label: string; readonly is: (event: TimelineEvent) => boolean }
const POINTER_UP: TimelineAnchor = { label: 'pointerup', is: (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'pointerup' };
/** The page's `console.timeStamp(message)`. */
export const timeStampAnchor = (message: string): TimelineAnchor => ({ label: `timeStamp "${message}"`, is: (e) => e.name === 'TimeStamp' && e.args?.data?.message === message });

interface TimelineEvent { readonly name: string; readonly ph: string; readonly ts: number; readonly dur?: number; readonly tid: number; readonly args?: { readonly data?: { readonly type?: string; readonly functionName?: string; readonly lineNumber?: number; readonly message?: string } } }

/**
 * The main thread's tasks during `action`, in order, each with the rendering and script work
 * inside it: where a drop's milliseconds go between the pointerup and the write's end, or from
 * `anchor` (an event of the trace, such as a console.timeStamp the page made) to the end.
 */
export async function traceTimeline(page: Page, name: string, action: () => Promise<void>, anchor: TimelineAnchor = POINTER_UP): Promise<void> {
  const browser = page.context().browser();
  if (!browser) return;
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'v8'] });
  await action();
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TimelineEvent[] };
  const pointerUp = traceEvents.find(anchor.is);
  if (!pointerUp) return void console.log(`\n### timeline: ${name}: no ${anchor.label} in the trace`);
  const main = traceEvents.filter((e) => e.tid === pointerUp.tid && e.ph === 'X' && e.dur !== undefined && e.ts >= pointerUp.ts - 2000);
  const tasks = main.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 300).sort((a, b) => a.ts - b.ts);
  const inner = ['EventDispatch', 'FunctionCall', 'RunMicrotasks', 'FireAnimationFrame', 'TimerFire', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'HitTest'];
  console.log(`\n### timeline: ${name} (ms from the ${anchor.label})`);
  for (const task of tasks.slice(0, 40)) {
    const end = task.ts + (task.dur ?? 0);
    const parts = new Map<string, number>();
    for (const e of main) {
      if (e === task || e.ts < task.ts || e.ts > end || !inner.includes(e.name)) continue;
      const key = e.name === 'EventDispatch' ? `event:${e.args?.data?.type ?? ''}` : e.name;
      parts.set(key, (parts.get(key) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const detail = [...parts].filter(([, v]) => v >= 0.2).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
    console.log(`  ${((task.ts - pointerUp.ts) / 1000).toFixed(1).padStart(7)}  ${((task.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms  ${detail}`);
    for (const e of main) {
      if (e.ts < task.ts || e.ts > end || (e.dur ?? 0) < 1000 || !['Paint', 'UpdateLayoutTree', 'Layout', 'FunctionCall'].includes(e.name)) continue;
      const data = e.args?.data;
      // A function call by what was called (a scheduler's task, an observer's callback); rendering work by what asked for it.
      const detail = e.name === 'FunctionCall' ? `${data?.functionName ?? '(anonymous)'}:${String(data?.lineNumber ?? '')}` : JSON.stringify(data ?? e.args ?? {}).slice(0, 300);
      console.log(`           ${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms ${detail}`);
    }
  }
}
