/** Raw frappe-gantt 1.2 (what Plotline wraps) on the bench's rows: every bar in the DOM. */
import Gantt from 'frappe-gantt';
import 'frappe-gantt/style.css';
import type { PeerData } from '../plan-shapes';
import { boxWidth, host, timeToPaint, type PeerPage } from './painted';

interface FrappeTask { id: string; name: string; start: string; end: string; progress: number; dependencies: string }
interface FrappeChart { change_view_mode(mode: string): void; refresh(tasks: FrappeTask[]): void; tasks: FrappeTask[] }
type FrappeConstructor = new (element: HTMLElement, tasks: FrappeTask[], options: object) => FrappeChart;

let json = '';
let tasks: FrappeTask[] = [];
let chart: FrappeChart | null = null;

function convert(text: string): FrappeTask[] {
  const parsed = JSON.parse(text) as Omit<PeerData, 'plan'>;
  const predecessors = new Map<string, string[]>();
  for (const l of parsed.links) predecessors.set(l.target, [...(predecessors.get(l.target) ?? []), l.source]);
  return parsed.rows.map((r) => ({
    id: r.id, name: r.name, start: r.start.replace('T', ' '), end: r.finish.replace('T', ' '), progress: r.progress,
    dependencies: (predecessors.get(r.id) ?? []).join(','),
  }));
}

function mount(list: FrappeTask[]): void {
  host().innerHTML = '';
  chart = new (Gantt as unknown as FrappeConstructor)(host(), list, { view_mode: 'Day', infinite_padding: false, popup: false });
}

const bars = (): NodeListOf<Element> => host().querySelectorAll('.bar-wrapper');
const barOf = (id: string): Element | null => host().querySelector(`.bar-wrapper[data-id="${CSS.escape(id)}"] .bar`);
const timelineWidth = (): number => host().querySelector('.gantt')?.getBoundingClientRect().width ?? Number.NaN;

const page: PeerPage = {
  load(text) { json = text; tasks = convert(text); },
  firstRender() { return timeToPaint(() => mount(tasks), () => bars().length > 0); },
  zoomToWeek() {
    const before = timelineWidth();
    return timeToPaint(() => chart?.change_view_mode('Week'), () => timelineWidth() !== before);
  },
  editOne() {
    if (!chart) throw new Error('no frappe chart to edit');
    const current = chart;
    const task = current.tasks[0];
    if (!task) throw new Error('no frappe task to edit');
    const before = boxWidth(barOf(task.id));
    const end = new Date(new Date(task.end.replace(' ', 'T')).getTime() + 86_400_000).toISOString().slice(0, 16).replace('T', ' ');
    return timeToPaint(() => current.refresh(current.tasks.map((t) => (t === task ? { ...t, end } : t))), () => boxWidth(barOf(task.id)) !== before);
  },
  reload() { return timeToPaint(() => mount(convert(json)), () => bars().length > 0); },
  reset() { chart = null; host().innerHTML = ''; },
  domCount() { return host().getElementsByTagName('*').length; },
};
window.peer = page;
