/**
 * Safety copies: <root>/<projectId>/<timestamp>.plotline plus an index.json holding the project
 * name, task counts and the labels of snapshots the person took (main never parses plans). Keeps
 * the newest 20 per project and thins older automatic ones to the last of each local day (one the
 * person took is kept: they asked for that moment); refuses a snapshot that lost more than half the
 * tasks of the newest one unless forced, because that is far more often an accident than a plan.
 */
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { OpenFileResult, SnapshotInfo, SnapshotRef, SnapshotWriteRequest, SnapshotWriteResult } from '../contract';
import { LIMITS } from '../contract';
import { decodeFileBytes } from '../decode-text';
import { writeFileAtomic } from './atomic-write';

export const PROJECT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** 2025-03-04T05-06-07-089Z with an optional -n for snapshots in the same millisecond; safe on every OS. */
export const SNAPSHOT_ID_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d{1,3})?$/;
const EXTENSION = '.plotline';
const INDEX_FILE = 'index.json';

interface ProjectIndex {
  projectName: string;
  taskCounts: Record<string, number>;
  /** Snapshots the person took, by id: their label ('' for none). Absent in indexes written before labels. */
  labels?: Record<string, string>;
}

export interface SnapshotStore {
  write(request: SnapshotWriteRequest): Promise<SnapshotWriteResult>;
  list(projectId: string | null): Promise<SnapshotInfo[]>;
  read(ref: SnapshotRef): Promise<OpenFileResult>;
}

export function snapshotIdFor(date: Date): string {
  return date.toISOString().replace(/:/g, '-').replace('.', '-');
}

export function snapshotDate(id: string): Date {
  const [, y, mo, d, h, mi, s, ms] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(id) ?? [];
  return new Date(`${y ?? '1970'}-${mo ?? '01'}-${d ?? '01'}T${h ?? '00'}:${mi ?? '00'}:${s ?? '00'}.${ms ?? '000'}Z`);
}

const localDay = (id: string): string => {
  const date = snapshotDate(id);
  return `${String(date.getFullYear())}-${String(date.getMonth() + 1)}-${String(date.getDate())}`;
};

/**
 * Which snapshot ids to delete, given ids sorted newest first: everything after the newest
 * `keep` except the newest snapshot of each day and those the person took (`isTaken`). Ids sort
 * chronologically as strings.
 */
export function snapshotsToDelete(
  idsNewestFirst: readonly string[], keep: number, dayOf: (id: string) => string = localDay, isTaken: (id: string) => boolean = () => false,
): string[] {
  const seenDays = new Set<string>();
  const doomed: string[] = [];
  idsNewestFirst.forEach((id, index) => {
    const day = dayOf(id);
    if (index >= keep && seenDays.has(day) && !isTaken(id)) doomed.push(id);
    seenDays.add(day);
  });
  return doomed;
}

/** True when the plan shrank below half the newest snapshot's tasks (a likely accidental wipe). */
export function isMuchSmaller(taskCount: number, newestTaskCount: number | null): boolean {
  return newestTaskCount !== null && taskCount < newestTaskCount * LIMITS.snapshotShrinkRatio;
}

/** All snapshots of all projects together stay under this many bytes (issue 20: per-project caps alone grow without bound). */
export const SNAPSHOT_TOTAL_BYTES = 1024 * 1024 * 1024;

export interface StoredSnapshot {
  readonly projectId: string;
  readonly id: string;
  readonly sizeBytes: number;
}

/**
 * Which snapshots to delete so all of them fit in `capBytes`: the oldest first, across projects,
 * but never a project's newest snapshot (the one a person would restore).
 */
export function snapshotsOverCap(all: readonly StoredSnapshot[], capBytes: number): StoredSnapshot[] {
  let total = all.reduce((sum, s) => sum + s.sizeBytes, 0);
  if (total <= capBytes) return [];
  const newest = new Map<string, string>();
  for (const s of all) if ((newest.get(s.projectId) ?? '') < s.id) newest.set(s.projectId, s.id);
  const doomed: StoredSnapshot[] = [];
  for (const s of [...all].sort((a, b) => a.id.localeCompare(b.id))) {
    if (total <= capBytes) break;
    if (newest.get(s.projectId) === s.id) continue;
    doomed.push(s);
    total -= s.sizeBytes;
  }
  return doomed;
}

export function createSnapshotStore(rootDir: string, now: () => Date = () => new Date(), totalCapBytes = SNAPSHOT_TOTAL_BYTES): SnapshotStore {
  let chain: Promise<unknown> = Promise.resolve();
  // One write at a time: each write reads and rewrites the project's index.
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = chain.then(task);
    chain = next.catch(() => undefined);
    return next;
  };
  return {
    write: (request) => serial(async () => {
      const result = await writeSnapshot(rootDir, request, now());
      if (result.written) await thinToTotalCap(rootDir, totalCapBytes);
      return result;
    }),
    list: async (projectId) => {
      const ids = projectId === null ? await projectIds(rootDir) : [projectId];
      const lists = await Promise.all(ids.map((id) => listProject(rootDir, id)));
      return lists.flat().sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    read: (ref) => readSnapshot(rootDir, ref),
  };
}

function assertProjectId(projectId: string): void {
  if (!PROJECT_ID_PATTERN.test(projectId)) throw new Error('Invalid project id.');
}

async function writeSnapshot(rootDir: string, request: SnapshotWriteRequest, at: Date): Promise<SnapshotWriteResult> {
  assertProjectId(request.projectId);
  const dir = join(rootDir, request.projectId);
  await mkdir(dir, { recursive: true });
  const ids = await snapshotIds(dir);
  const index = await readIndex(dir);
  const newestId = ids[0];
  const newestCount = newestId === undefined ? null : (index.taskCounts[newestId] ?? null);
  if (request.force !== true && newestCount !== null && isMuchSmaller(request.taskCount, newestCount)) {
    return { written: false, reason: 'much-smaller', newestTaskCount: newestCount, taskCount: request.taskCount };
  }
  const id = uniqueId(snapshotIdFor(at), ids);
  await writeFileAtomic(join(dir, id + EXTENSION), request.text);
  const labels = request.label === undefined ? { ...index.labels } : { ...index.labels, [id]: request.label };
  const doomed = snapshotsToDelete([id, ...ids], LIMITS.snapshotsKeptPerProject, localDay, (old) => labels[old] !== undefined);
  await Promise.all(doomed.map((old) => rm(join(dir, old + EXTENSION), { force: true })));
  const taskCounts = { ...index.taskCounts, [id]: request.taskCount };
  for (const old of doomed) delete taskCounts[old];
  const written: ProjectIndex = { projectName: request.projectName, taskCounts, labels };
  await writeIndex(dir, written);
  const info = await describeSnapshot(dir, request.projectId, id, written);
  if (info === null) throw new Error('Snapshot vanished right after it was written.');
  return { written: true, snapshot: info };
}

async function thinToTotalCap(rootDir: string, capBytes: number): Promise<void> {
  const all: StoredSnapshot[] = [];
  for (const projectId of await projectIds(rootDir)) {
    for (const info of await listProject(rootDir, projectId)) all.push({ projectId, id: info.id, sizeBytes: info.sizeBytes });
  }
  const doomed = snapshotsOverCap(all, capBytes);
  await Promise.all(doomed.map((s) => rm(join(rootDir, s.projectId, s.id + EXTENSION), { force: true })));
  // The index forgets them too: a label kept for a deleted snapshot would be shown for none, and
  // the index would grow with every snapshot the cap ever took.
  for (const projectId of new Set(doomed.map((s) => s.projectId))) {
    const dir = join(rootDir, projectId);
    const index = await readIndex(dir);
    const taskCounts = { ...index.taskCounts };
    const labels = { ...index.labels };
    for (const s of doomed) {
      if (s.projectId !== projectId) continue;
      delete taskCounts[s.id];
      delete labels[s.id];
    }
    await writeIndex(dir, { ...index, taskCounts, labels });
  }
}

/** Same-millisecond writes (tests, fast machines) get -1, -2 ... so nothing is overwritten. */
function uniqueId(base: string, existing: readonly string[]): string {
  let id = base;
  for (let n = 1; existing.includes(id); n++) id = `${base}-${String(n)}`;
  return id;
}

async function listProject(rootDir: string, projectId: string): Promise<SnapshotInfo[]> {
  assertProjectId(projectId);
  const dir = join(rootDir, projectId);
  const [ids, index] = await Promise.all([snapshotIds(dir), readIndex(dir)]);
  const infos = await Promise.all(ids.map((id) => describeSnapshot(dir, projectId, id, index)));
  return infos.filter((info): info is SnapshotInfo => info !== null);
}

async function readSnapshot(rootDir: string, ref: SnapshotRef): Promise<OpenFileResult> {
  assertProjectId(ref.projectId);
  if (!SNAPSHOT_ID_PATTERN.test(ref.id)) throw new Error('Invalid snapshot id.');
  const dir = join(rootDir, ref.projectId);
  const index = await readIndex(dir);
  const info = await describeSnapshot(dir, ref.projectId, ref.id, index);
  if (info === null) return { kind: 'failed', name: ref.id, message: 'That snapshot no longer exists.' };
  if (info.sizeBytes > LIMITS.maxReadBytes) return { kind: 'failed', name: ref.id, message: 'That snapshot is too large to open.' };
  const text = decodeFileBytes(await readFile(join(dir, ref.id + EXTENSION)));
  const name = `${index.projectName || ref.projectId} (snapshot ${info.createdAt.slice(0, 16).replace('T', ' ')})${EXTENSION}`;
  return { kind: 'opened', file: { name, text } };
}

async function describeSnapshot(dir: string, projectId: string, id: string, index: ProjectIndex): Promise<SnapshotInfo | null> {
  try {
    const info = await stat(join(dir, id + EXTENSION));
    const createdAt = snapshotDate(id).toISOString();
    const label = index.labels?.[id];
    return {
      id, projectId, projectName: index.projectName || projectId, taskCount: index.taskCounts[id] ?? null, sizeBytes: info.size, createdAt,
      ...(label === undefined ? {} : { label }),
    };
  } catch {
    return null;
  }
}

/** Snapshot ids in the folder, newest first; stray files (temp files, index.json) are ignored. */
async function snapshotIds(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((n) => n.endsWith(EXTENSION))
    .map((n) => n.slice(0, -EXTENSION.length))
    .filter((id) => SNAPSHOT_ID_PATTERN.test(id))
    .sort()
    .reverse();
}

async function projectIds(rootDir: string): Promise<string[]> {
  const entries = await readdir(rootDir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory() && PROJECT_ID_PATTERN.test(e.name)).map((e) => e.name);
}

async function readIndex(dir: string): Promise<ProjectIndex> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(dir, INDEX_FILE), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return { projectName: '', taskCounts: {} };
    const { projectName, taskCounts, labels } = parsed as Partial<Record<keyof ProjectIndex, unknown>>;
    return {
      projectName: typeof projectName === 'string' ? projectName : '',
      taskCounts: Object.fromEntries(Object.entries(typeof taskCounts === 'object' && taskCounts !== null ? taskCounts : {}).filter((e): e is [string, number] => typeof e[1] === 'number')),
      labels: Object.fromEntries(Object.entries(typeof labels === 'object' && labels !== null ? labels : {}).filter((e): e is [string, string] => typeof e[1] === 'string')),
    };
  } catch {
    return { projectName: '', taskCounts: {} };
  }
}

function writeIndex(dir: string, index: ProjectIndex): Promise<void> {
  return writeFileAtomic(join(dir, INDEX_FILE), JSON.stringify(index, null, 2));
}
