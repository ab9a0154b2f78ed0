/** Commands on the project's own settings. */
import type { Project } from '../model/plan';
import { parseLocalDate, parseLocalDateTime } from '../model/time';
import { defineCommand } from './command';

export type ProjectChanges = Partial<Pick<Project, 'name' | 'description' | 'manager' | 'start' | 'statusDate' | 'currency'>>;

export const updateProject = defineCommand<{ readonly changes: ProjectChanges }>({
  name: 'updateProject',
  label: (args) => (Object.keys(args.changes).length === 1 && args.changes.name !== undefined ? 'Rename project' : 'Edit project'),
  apply(draft, { changes }) {
    if (changes.name !== undefined && !changes.name.trim()) return { message: 'A project needs a name.' };
    if (changes.start !== undefined && !parseLocalDateTime(changes.start)) return { message: `'${changes.start}' is not a valid start date.` };
    if (changes.statusDate !== undefined && changes.statusDate !== null && !parseLocalDate(changes.statusDate)) {
      return { message: `'${changes.statusDate}' is not a valid status date.` };
    }
    if (changes.currency !== undefined && !/^[A-Z]{3}$/.test(changes.currency)) return { message: 'Currency must be a three-letter ISO code such as USD.' };
    Object.assign(draft.project, changes);
    return undefined;
  },
});
