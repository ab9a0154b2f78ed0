// frappe-gantt 1.2.2 puts each bar on the row of its position in the task list, so a chart must
// pass a task for every row, visible or not. Plotline's window often has dozens of rows whose
// bars lie outside the rendered time range (or are summaries, which Plotline draws itself):
// frappe built a full hidden bar for each. With this patch a task may name its row
// (plotline_row), and only visible bars are passed. See patches/README.md.
import { patchFrappeDist } from './frappe-gantt-lib.mjs';

export function apply(root) {
  return patchFrappeDist(root, 'plotline:row-index', [
    [
      `if (e._index = i, d.get_date_values(e._end)`,
      `if (e._index = e.plotline_row ?? i /* plotline:row-index */, d.get_date_values(e._end)`,
    ],
  ]);
}
