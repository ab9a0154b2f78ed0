/**
 * The question asked before a snapshot of a plan that shrank to under half its last snapshot is
 * kept: the automatic ones and one taken by hand ask it alike, since a plan that lost most of its
 * tasks is far more often an accident than a plan.
 */
import { ConfirmDialog } from '../../components/Dialog';
import type { SnapshotWriteRequest } from '../../platform';

export function ShrunkSnapshotDialog({ request, newestTaskCount, onKeep, onCancel }: {
  request: SnapshotWriteRequest; newestTaskCount: number; onKeep: () => void; onCancel: () => void;
}) {
  return <ConfirmDialog title="Keep a much smaller snapshot?" confirmLabel="Keep snapshot" onCancel={onCancel} onConfirm={onKeep}
    message={`“${request.projectName}” now has ${tasks(request.taskCount)}; its last snapshot had ${tasks(newestTaskCount)}. If tasks were deleted by accident, undo first. Keep a snapshot of the smaller plan anyway?`} />;
}

const tasks = (count: number): string => `${String(count)} ${count === 1 ? 'task' : 'tasks'}`;
