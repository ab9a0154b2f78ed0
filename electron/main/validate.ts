/**
 * Payload schemas for every invoke/send channel. The renderer is treated as untrusted input:
 * exact shapes (strict objects and tuples reject extra fields and arguments), bounded sizes, and
 * names that cannot smuggle a path.
 */
import * as v from 'valibot';
import { LIMITS, MENU_COMMANDS, PDF_PAGE_SIZES, type InvokeChannel, type InvokeMap, type SendMap } from '../contract';
import { PROJECT_ID_PATTERN, SNAPSHOT_ID_PATTERN } from './snapshots';

const label = v.pipe(v.string(), v.maxLength(LIMITS.maxMenuLabelLength));
/** A file's base name: no separators, no control characters, not '.' or '..'. */
const baseName = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.maxNameLength), v.regex(/^(?!\.{1,2}$)[^/\\\u0000-\u001f]+$/));
const extension = v.pipe(v.string(), v.regex(/^[A-Za-z0-9]{1,10}$/));
const filter = v.strictObject({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.maxMenuLabelLength)),
  extensions: v.pipe(v.array(extension), v.minLength(1), v.maxLength(LIMITS.maxExtensionsPerFilter)),
});
const text = v.pipe(v.string(), v.maxBytes(LIMITS.maxWriteBytes));
const bytes = v.pipe(
  v.instance(Uint8Array),
  v.check((b) => b.byteLength <= LIMITS.maxWriteBytes, 'Data is too large.'),
);
const projectId = v.pipe(v.string(), v.regex(PROJECT_ID_PATTERN));
const absolutePath = v.pipe(v.string(), v.minLength(1), v.maxLength(4096));

export const menuState = v.strictObject({
  canUndo: v.boolean(),
  canRedo: v.boolean(),
  undoLabel: v.nullable(label),
  redoLabel: v.nullable(label),
  isDirty: v.boolean(),
  title: v.pipe(v.string(), v.maxLength(LIMITS.maxTitleLength)),
});

const saveRequest = v.strictObject({
  suggestedName: baseName,
  filters: v.pipe(v.array(filter), v.minLength(1), v.maxLength(LIMITS.maxFilters)),
  data: v.union([text, bytes]),
});

const snapshotWrite = v.strictObject({
  projectId,
  projectName: v.pipe(v.string(), v.maxLength(LIMITS.maxNameLength)),
  taskCount: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000)),
  text,
  force: v.optional(v.boolean()),
  label: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.maxSnapshotLabelLength))),
});

const snapshotRef = v.strictObject({ projectId, id: v.pipe(v.string(), v.regex(SNAPSHOT_ID_PATTERN)) });

const pdfOptions = v.strictObject({ pageSize: v.picklist(PDF_PAGE_SIZES), landscape: v.boolean(), printBackground: v.boolean() });

const printHtml = v.strictObject({
  html: v.pipe(v.string(), v.minLength(1), v.maxBytes(LIMITS.maxPrintHtmlBytes)),
  pageSize: v.picklist(PDF_PAGE_SIZES),
  landscape: v.boolean(),
});

const none = v.strictTuple([]);

/** One schema per invoke channel; the mapped type makes a missing channel a compile error. */
const invokeArgs: { [C in InvokeChannel]: v.GenericSchema<unknown, InvokeMap[C]['args']> } = {
  'file:open-dialog': none,
  'file:take-pending': none,
  'file:save': v.strictTuple([saveRequest]),
  'file:recent-list': none,
  'file:open-recent': v.strictTuple([absolutePath]),
  'snapshot:write': v.strictTuple([snapshotWrite]),
  'snapshot:list': v.strictTuple([v.nullable(projectId)]),
  'snapshot:read': v.strictTuple([snapshotRef]),
  'export:print-to-pdf': v.strictTuple([pdfOptions]),
  'export:print-html-to-pdf': v.strictTuple([printHtml]),
  'window:set-full-screen': v.strictTuple([v.boolean()]),
  'window:toggle-full-screen': none,
  'window:confirm-close': none,
};

const sendArgs: { [C in keyof SendMap]: v.GenericSchema<unknown, SendMap[C]> } = {
  'app:set-menu-state': v.strictTuple([menuState]),
};

export const menuCommand = v.picklist(MENU_COMMANDS);

/** Parses a channel's arguments or throws an Error naming the channel and the first problem. */
export function parseInvokeArgs<C extends InvokeChannel>(channel: C, args: readonly unknown[]): InvokeMap[C]['args'] {
  return parseOrThrow(channel, invokeArgs[channel], args);
}

export function parseSendArgs<C extends keyof SendMap>(channel: C, args: readonly unknown[]): SendMap[C] {
  return parseOrThrow(channel, sendArgs[channel], args);
}

function parseOrThrow<T>(channel: string, schema: v.GenericSchema<unknown, T>, args: readonly unknown[]): T {
  const result = v.safeParse(schema, args);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  throw new Error(`Rejected ${channel} payload${where === '' ? '' : ` at ${where}`}: ${issue.message}`);
}
