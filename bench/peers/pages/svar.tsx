/** SVAR React Gantt 2.7 (MIT core) on the bench's rows (benchmark-only; never bundled into the app). */
import { Gantt, Willow, type IApi } from '@svar-ui/react-gantt';
import '@svar-ui/react-gantt/all.css';
import { createRoot, type Root } from 'react-dom/client';
import type { PeerData } from '../plan-shapes';
import { boxWidth, firstScreenShown, host, timeToPaint, type PeerPage } from './painted';

type Scales = NonNullable<Parameters<typeof Gantt>[0]['scales']>;
const LINK_TYPES = { FS: 'e2s', SS: 's2s', FF: 'e2e', SF: 's2e' } as const;
const DAY_SCALES: Scales = [{ unit: 'month', step: 1, format: '%F %Y' }, { unit: 'day', step: 1, format: '%j' }];
const WEEK_SCALES: Scales = [{ unit: 'month', step: 1, format: '%F %Y' }, { unit: 'week', step: 1, format: 'W%W' }];

interface SvarData { readonly tasks: object[]; readonly links: object[] }
let json = '';
let data: SvarData = { tasks: [], links: [] };
let root: Root | null = null;
let api: IApi | null = null;
let edited: string | null = null;
let taskCount = 0;

function convert(text: string): SvarData {
  const parsed = JSON.parse(text) as Omit<PeerData, 'plan'>;
  return {
    tasks: parsed.rows.map((r) => ({ id: r.id, text: r.name, start: new Date(r.start), end: new Date(r.finish), progress: r.progress, parent: r.parent ?? 0, type: r.kind, ...(r.kind === 'summary' ? { open: true } : {}) })),
    links: parsed.links.map((l) => ({ id: l.id, source: l.source, target: l.target, type: LINK_TYPES[l.type] })),
  };
}

function render(d: SvarData, scales: Scales): void {
  root ??= createRoot(host());
  // Willow is SVAR's own theme: without it the bars have no colours.
  root.render(<Willow><Gantt tasks={d.tasks} links={d.links} scales={scales} init={(instance) => { api = instance; }} /></Willow>);
}

const bars = (): NodeListOf<HTMLElement> => host().querySelectorAll<HTMLElement>('.wx-bar');
const barOf = (id: string): Element | null => host().querySelector(`.wx-bar[data-id="${CSS.escape(id)}"]`);
/** Bars drawn and the grid's names filling the first screen (painted.ts). */
const firstScreen = (): boolean => bars().length > 0 && firstScreenShown('.wx-grid .wx-row .wx-text', taskCount);
const timelineWidth = (): number => host().querySelector('.wx-area')?.scrollWidth ?? host().querySelector('.wx-chart')?.scrollWidth ?? Number.NaN;

const page: PeerPage = {
  load(text) { json = text; data = convert(text); taskCount = data.tasks.length; },
  firstRender() { return timeToPaint(() => render(data, DAY_SCALES), firstScreen); },
  zoomToWeek() {
    const before = timelineWidth();
    return timeToPaint(() => render(data, WEEK_SCALES), () => timelineWidth() !== before);
  },
  editOne() {
    const bar = [...bars()].find((b) => b.getAttribute('data-id'));
    // SVAR writes string ids into the DOM with a ':' in front of them.
    const attribute = bar?.getAttribute('data-id');
    const id = attribute?.replace(/^:/, '');
    if (!bar || !attribute || !id || !api) throw new Error('no SVAR bar on screen to edit');
    edited = attribute;
    const before = boxWidth(bar);
    const end = new Date((api.getTask(id).end ?? new Date()).getTime() + 86_400_000);
    const gantt = api;
    return timeToPaint(() => gantt.exec('update-task', { id, task: { end } }), () => boxWidth(barOf(attribute)) !== before);
  },
  reload() {
    return timeToPaint(() => {
      root?.unmount();
      root = null;
      render(convert(json), DAY_SCALES);
    }, () => firstScreen() && (edited === null || barOf(edited) !== null));
  },
  reset() { root?.unmount(); root = null; api = null; },
  domCount() { return host().getElementsByTagName('*').length; },
};
window.peer = page;
