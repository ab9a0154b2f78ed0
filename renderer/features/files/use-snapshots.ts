/**
 * Automatic snapshots of the open project (platform.writeSnapshot: files on desktop, memory in
 * the browser): every few minutes while editing, when switching projects and when the page is
 * hidden. A plan that shrank to under half the newest snapshot is not written without asking.
 */
import { useEffect, useRef } from 'react';
import { serializePlotline } from '../../domain/formats';
import type { Plan } from '../../domain/model';
import type { SnapshotWriteRequest } from '../../platform';
import { useSessionStore } from '../../store';
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

export function useSnapshots({ onShrunk }: SnapshotOptions): void {
  const { platform, now } = useServices();
  const session = useSessionStore();
  const onShrunkRef = useRef(onShrunk);
  useEffect(() => { onShrunkRef.current = onShrunk; }, [onShrunk]);

  useEffect(() => {
    let mark: SnapshotMark = { revision: session.getState().revision, atMs: Date.now() };
    const write = (plan: Plan, revision: number): void => {
      mark = { revision, atMs: Date.now() };
      const request = snapshotRequest(plan, platform.appVersion, now());
      platform.writeSnapshot(request).then((result) => {
        if (!result.written) onShrunkRef.current(request, result.newestTaskCount);
      }, (error: unknown) => console.warn('Snapshot not written:', error));
    };
    const check = (trigger: SnapshotTrigger): void => {
      const { plan, revision } = session.getState();
      if (plan && isSnapshotDue(trigger, revision, mark, Date.now())) write(plan, revision);
    };
    const unsubscribe = session.subscribe((state, previous) => {
      if (state.projectId === previous.projectId) return;
      if (previous.plan && isSnapshotDue('switch', previous.revision, mark, Date.now())) write(previous.plan, previous.revision);
      // The newly opened plan is unedited: its own revision is the baseline.
      mark = { revision: state.revision, atMs: Date.now() };
    });
    const timer = setInterval(() => check('timer'), SNAPSHOT_TICK_MS);
    const onVisibility = (): void => { if (document.visibilityState === 'hidden') check('hidden'); };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      unsubscribe();
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [platform, now, session]);
}
