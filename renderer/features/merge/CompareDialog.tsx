/** Compare the open plan with another version: the table of changes, exportable as Markdown or CSV. */
import { useMemo } from 'react';
import { Dialog } from '../../components/Dialog';
import { diffPlans, diffToCsv, diffToMarkdown, visibleChanges } from '../../domain/diff';
import type { Plan } from '../../domain/model';
import { useSession } from '../../store';
import { useServices } from '../shared/services';
import { ChangeTable } from './ChangeTable';
import './merge.css';

export interface CompareDialogProps {
  readonly name: string;
  readonly other: Plan;
  readonly onClose: () => void;
}

const stem = (name: string): string => name.replace(/\.[^.]+$/, '');

export function CompareDialog({ name, other, onClose }: CompareDialogProps) {
  const { platform } = useServices();
  const plan = useSession((s) => s.plan);
  const schedule = useSession((s) => s.schedule);
  const diff = useMemo(() => (plan ? diffPlans(plan, other, schedule ? { schedules: { a: schedule } } : {}) : null), [plan, other, schedule]);
  if (!plan || !diff) return null;
  const title = `${plan.project.name} compared with ${name}`;
  const save = (ext: 'md' | 'csv'): void => {
    void platform.saveFile({
      suggestedName: `${stem(name)}-changes.${ext}`,
      filters: [ext === 'md' ? { name: 'Markdown', extensions: ['md'] } : { name: 'CSV table', extensions: ['csv'] }],
      data: ext === 'md' ? diffToMarkdown(diff, title) : diffToCsv(diff),
    });
  };
  return (
    <Dialog title={`Compare with “${name}”`} onClose={onClose} width={1000}
      footer={<>
        <button type="button" className="button" onClick={() => save('md')}>Export Markdown</button>
        <button type="button" className="button" onClick={() => save('csv')}>Export CSV</button>
        <button type="button" className="button primary" onClick={onClose}>Close</button>
      </>}>
      <p className="muted">“This plan” is the open plan; “Other” is {name}. Nothing changes in the open plan.</p>
      <ChangeTable rows={visibleChanges(diff)} />
    </Dialog>
  );
}
