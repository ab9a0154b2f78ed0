/**
 * Automatic snapshots of the open project (platform.writeSnapshot: files on desktop, memory in
 * the browser): every few minutes while editing, when switching projects and when the page is
 * hidden, and before the desktop window closes. A plan that shrank to under half the newest snapshot is not written without asking.
 */
import { useEffect, useRef } from 'react';
import { serializePlotline } from '../../domain/formats';
import type { Plan } from '../../domain/model';
import type { Platform, SnapshotWriteRequest } from '../../platform';
import { useSessionStore, whenWritesLand, type SessionStore } from '../../store';
import { stampRevision, type StampedRevision } from '../merge';
import { commitFocusedField } from '../shared/commit-focused-field';
import { useServices } from '../shared/services';
import { isSnapshotDue, SNAPSHOT_TICK_MS, type SnapshotMark, type SnapshotTrigger } from './snapshot-policy';

export interface SnapshotOptions {
  /** writeSnapshot refused a much smaller plan: ask the user, who may force it. */
  readonly onShrunk: (request: SnapshotWriteRequest, newestTaskCount: number) => void;
}

export function snapshotRequest(plan: Plan, appVersion: string, now: string): SnapshotWriteRequest {
  return {
    projectId: plan.project.id,
    projectName: plan.project.name,
    taskCount: Object.keys(plan.tasks).length,
    text: serializePlotline(plan, { app: `Plotline ${appVersion}`, exported: now }),
  };
}

/** How a snapshot the person asked for went. */
export type TakeSnapshotOutcome =
  | { readonly kind: 'taken' }
  /** Not written: the plan shrank to under half the last snapshot, as the automatic ones ask about. `keepAnyway` writes it. */
  | { readonly kind: 'much-smaller'; readonly request: SnapshotWriteRequest; readonly newestTaskCount: number; readonly keepAnyway: () => Promise<TakeSnapshotOutcome> }
  /** Not kept (the browser's storage is full): `message` says why. */
  | { readonly kind: 'not-kept'; readonly message: string };

/**
 * A snapshot the person asked for (File → Take snapshot now), with their label ('' for none),
 * recorded in the plan's lineage as the automatic ones are once it is written. A plan that shrank
 * to under half the last snapshot is not written without asking, as for the automatic ones: a
 * snapshot taken right after an accidental delete is the moment a person least means to keep.
 */
export async function takeSnapshot(
  platform: Pick<Platform, 'appVersion' | 'writeSnapshot'>, plan: Plan, label: string, now: string,
  stamp?: (plan: Plan) => Promise<StampedRevision>,
): Promise<TakeSnapshotOutcome> {
  const stamped = stamp === undefined ? null : await stamp(plan);
  const write = async (request: SnapshotWriteRequest): Promise<TakeSnapshotOutcome> => {
    const result = await platform.writeSnapshot(request);
    if (result.written) {
      await stamped?.remember(request.text);
      return { kind: 'taken' };
    }
    switch (result.reason) {
      case 'much-smaller':
        return { kind: 'much-smaller', request, newestTaskCount: result.newestTaskCount, keepAnyway: () => write({ ...request, force: true }) };
      case 'not-kept':
        return { kind: 'not-kept', message: result.message };
      default: {
        const never: never = result;
        return never;
      }
    }
  };
  return write({ ...snapshotRequest(stamped?.plan ?? plan, platform.appVersion, now), label: label.trim() });
}

/** What the snapshot keeper needs; the hook passes the app's services. */
export interface SnapshotKeeperDeps {
  readonly platform: Pick<Platform, 'appVersion' | 'writeSnapshot' | 'onCloseRequested'>;
  readonly session: SessionStore<unknown>;
  readonly now: () => string;
  readonly onShrunk: SnapshotOptions['onShrunk'];
  /** Page visibility (the document in the app). */
  readonly page: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
  /** Records the snapshot as a revision of the plan's lineage (features/merge), as Save As does. */
  readonly stamp?: (plan: Plan) => Promise<StampedRevision>;
  /**
   * Commits the field the person is typing in (the app: leaves the focused field), first thing
   * when the desktop window is asked to close, so the typed value is in the last snapshot and its
   * write is among those the close waits for; a window torn down by then would lose it.
   */
  readonly commitTyping?: () => void;
}

/** Starts keeping snapshots; returns the function that stops it. Plain code, so tests need no React. */
export function keepSnapshots({ platform, session, now, onShrunk, page, stamp, commitTyping }: SnapshotKeeperDeps): () => void {
  let mark: SnapshotMark = { revision: session.getState().revision, atMs: Date.now() };
  /** Every write started and not yet settled: closing waits for them all. */
  const writing = new Set<Promise<void>>();
  const send = (plan: Plan, remember: StampedRevision['remember'] | null): Promise<void> => {
    const request = snapshotRequest(plan, platform.appVersion, now());
    return platform.writeSnapshot(request).then(async (result) => {
      if (result.written) await remember?.(request.text);
      else if (result.reason === 'much-smaller') onShrunk(request, result.newestTaskCount);
      // 'not-kept' is about snapshots taken by hand, which outlast a reload; these need not.
    });
  };
  const write = (plan: Plan, revision: number): void => {
    mark = { revision, atMs: Date.now() };
    const sent = stamp === undefined ? send(plan, null) : stamp(plan).then((s) => send(s.plan, s.remember));
    const done = sent.catch((error: unknown) => console.warn('Snapshot not written:', error));
    writing.add(done);
    void done.finally(() => writing.delete(done));
  };
  const check = (trigger: SnapshotTrigger): void => {
    // The live plan: an open proposal's sandbox is not what is stored.
    const { livePlan: plan, revision } = session.getState();
    if (plan && isSnapshotDue(trigger, revision, mark, Date.now())) write(plan, revision);
  };
  const unsubscribe = session.subscribe((state, previous) => {
    if (state.projectId === previous.projectId) return;
    if (previous.livePlan && isSnapshotDue('switch', previous.revision, mark, Date.now())) write(previous.livePlan, previous.revision);
    // The newly opened plan is unedited: its own revision is the baseline.
    mark = { revision: state.revision, atMs: Date.now() };
  });
  // Closing waits (up to the main process's limit) for the last snapshot and for the plan's own
  // writes still on their way: an edit just made, or a project just opened and written behind the screen.
  const stopClosing = platform.onCloseRequested(async () => {
    commitTyping?.();
    check('closing');
    await Promise.all([...writing, whenWritesLand(session)]);
  });
  const timer = setInterval(() => check('timer'), SNAPSHOT_TICK_MS);
  const onVisibility = (): void => { if (page.visibilityState === 'hidden') check('hidden'); };
  page.addEventListener('visibilitychange', onVisibility);
  return () => {
    stopClosing();
    unsubscribe();
    clearInterval(timer);
    page.removeEventListener('visibilitychange', onVisibility);
  };
}

export function useSnapshots({ onShrunk }: SnapshotOptions): void {
  const { platform, now, newId, repository } = useServices();
  const session = useSessionStore();
  const onShrunkRef = useRef(onShrunk);
  useEffect(() => { onShrunkRef.current = onShrunk; }, [onShrunk]);

  useEffect(() => keepSnapshots({
    platform,
    session,
    now,
    onShrunk: (request, newest) => onShrunkRef.current(request, newest),
    page: document,
    stamp: (plan) => stampRevision(repository, plan, newId(), now()),
    commitTyping: () => commitFocusedField(document),
  }), [platform, now, session, newId, repository]);
}
