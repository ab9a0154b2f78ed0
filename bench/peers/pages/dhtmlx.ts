/** DHTMLX Gantt 10 Community on the bench's rows (benchmark-only; never bundled into the app). */
import { gantt } from 'dhtmlx-gantt';
import 'dhtmlx-gantt/codebase/dhtmlxgantt.css';
import type { PeerData, PeerRow } from '../plan-shapes';
import { boxWidth, firstScreenShown, host, timeToPaint, type PeerPage } from './painted';

const LINK_TYPES = { FS: '0', SS: '1', FF: '2', SF: '3' } as const;
const DAY_SCALES: typeof gantt.config.scales = [{ unit: 'month', step: 1, format: '%F %Y' }, { unit: 'day', step: 1, format: '%j' }];
const WEEK_SCALES: typeof gantt.config.scales = [{ unit: 'month', step: 1, format: '%F %Y' }, { unit: 'week', step: 1, format: 'W%W' }];

let json = '';
type DhtmlxData = Parameters<typeof gantt.parse>[0] & object;
let data: DhtmlxData = { data: [], links: [] };
let edited: string | null = null;
let taskCount = 0;

function convert(text: string): DhtmlxData {
  const parsed = JSON.parse(text) as Omit<PeerData, 'plan'>;
  const type = (row: PeerRow): string => (row.kind === 'summary' ? 'project' : row.kind);
  return {
    data: parsed.rows.map((r) => ({ id: r.id, text: r.name, start_date: new Date(r.start), end_date: new Date(r.finish), progress: r.progress / 100, parent: r.parent ?? 0, type: type(r), open: true })),
    links: parsed.links.map((l) => ({ id: l.id, source: l.source, target: l.target, type: LINK_TYPES[l.type] })),
  };
}

const bars = (): NodeListOf<HTMLElement> => host().querySelectorAll<HTMLElement>('.gantt_task_line.gantt_bar_task');
const barOf = (id: string): Element | null => host().querySelector(`.gantt_task_line[data-task-id="${CSS.escape(id)}"]`);
/** Bars drawn and the grid's names (its tree column) filling the first screen (painted.ts). */
const firstScreen = (): boolean => bars().length > 0 && firstScreenShown('.gantt_cell_tree .gantt_tree_content', taskCount);
const timelineWidth = (): number => gantt.$task_data?.scrollWidth ?? Number.NaN;

const page: PeerPage = {
  load(text) { json = text; data = convert(text); taskCount = data.data?.length ?? 0; },
  firstRender() {
    return timeToPaint(() => {
      gantt.config.scales = DAY_SCALES;
      gantt.init(host());
      gantt.parse(data);
    }, firstScreen);
  },
  zoomToWeek() {
    const before = timelineWidth();
    return timeToPaint(() => { gantt.config.scales = WEEK_SCALES; gantt.render(); }, () => timelineWidth() !== before);
  },
  editOne() {
    const bar = bars()[0];
    const id = bar?.getAttribute('data-task-id');
    if (!id) throw new Error('no DHTMLX bar on screen to edit');
    edited = id;
    const before = boxWidth(bar ?? null);
    return timeToPaint(() => {
      const task = gantt.getTask(id);
      task.end_date = gantt.date.add(task.end_date as Date, 1, 'day');
      gantt.updateTask(id);
    }, () => boxWidth(barOf(id)) !== before);
  },
  reload() {
    return timeToPaint(() => { gantt.clearAll(); gantt.parse(convert(json)); }, () => firstScreen() && (edited === null || barOf(edited) !== null));
  },
  reset() { gantt.clearAll(); host().innerHTML = ''; gantt.config.scales = DAY_SCALES; },
  domCount() { return host().getElementsByTagName('*').length; },
};
window.peer = page;
