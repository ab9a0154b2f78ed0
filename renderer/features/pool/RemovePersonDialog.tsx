/**
 * Removing a person from a project's team. A pool person (the same email, else name, on another
 * project) who still has work in another project cannot be deleted: the dialog says where they are
 * booked (domain/lifecycle/pool.ts `deletionRefusal`). What stays possible is the narrower, named
 * action "Remove from this project only": it drops this project's record and bookings and leaves
 * the other projects' as they are, which is what a PM moving someone off one project needs.
 */
import { useEffect, useState } from 'react';
import { ConfirmDialog, Dialog } from '../../components/Dialog';
import { bookingsElsewhere, deletionRefusal } from '../../domain/lifecycle';
import type { ProjectId, Resource } from '../../domain/model';
import { useServices } from '../shared/services';
import { readOtherPlans } from '../portfolio/other-plans';
import './pool.css';

type Check =
  | { readonly kind: 'checking' }
  | { readonly kind: 'free'; readonly unreadable: readonly string[] }
  | { readonly kind: 'refused'; readonly message: string };

function useDeletionCheck(person: Resource, projectId: ProjectId): Check {
  const { repository } = useServices();
  const [check, setCheck] = useState<Check>({ kind: 'checking' });
  useEffect(() => {
    let isCurrent = true;
    void readOtherPlans(repository, projectId).then(({ plans, unreadable }) => {
      if (!isCurrent) return;
      const message = deletionRefusal(person, bookingsElsewhere(person, plans));
      setCheck(message === null ? { kind: 'free', unreadable } : { kind: 'refused', message });
    }, (error: unknown) => {
      // Storage trouble must not trap the dialog: removing here is still undoable; say what was not checked.
      if (isCurrent) setCheck({ kind: 'free', unreadable: [`other projects: ${error instanceof Error ? error.message : String(error)}`] });
    });
    return () => { isCurrent = false; };
  }, [repository, projectId, person]);
  return check;
}

export interface RemovePersonDialogProps {
  readonly person: Resource;
  readonly projectId: ProjectId;
  /** This project's tasks the person is assigned to. */
  readonly taskCount: number;
  readonly onRemove: () => void;
  readonly onCancel: () => void;
}

export function RemovePersonDialog({ person, projectId, taskCount, onRemove, onCancel }: RemovePersonDialogProps) {
  const check = useDeletionCheck(person, projectId);
  const here = `${person.name} will be unassigned from ${String(taskCount)} task${taskCount === 1 ? '' : 's'} here. You can undo this.`;
  switch (check.kind) {
    case 'checking':
      return (
        <Dialog title="Remove team member?" onClose={onCancel} footer={<button type="button" className="button" onClick={onCancel}>Cancel</button>}>
          <p className="muted" role="status">Checking {person.name}’s bookings in your other projects…</p>
        </Dialog>
      );
    case 'free':
      return (
        <ConfirmDialog title="Remove team member?" confirmLabel="Remove" onCancel={onCancel} onConfirm={onRemove}
          message={<>{here}{check.unreadable.length > 0 ? ` Some projects could not be read to check their bookings (${check.unreadable.join('; ')}).` : ''}</>} />
      );
    case 'refused':
      return (
        <Dialog title={`${person.name} is booked on another project`} onClose={onCancel} width={520}
          footer={<>
            <button type="button" className="button" onClick={onRemove}>Remove from this project only</button>
            <button type="button" className="button primary" onClick={onCancel}>Close</button>
          </>}>
          <p className="pool-refusal" role="alert">{check.message}</p>
          <p className="muted">Deleting {person.name} is refused while they are booked there. To take them off this project alone, remove them from this project only: {here} Their bookings elsewhere stay.</p>
        </Dialog>
      );
    default: {
      const never: never = check;
      return never;
    }
  }
}
