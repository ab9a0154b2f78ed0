// frappe-gantt 1.2.2 sizes bars by counting whole calendar days from the start (a 09:00-17:00
// task is drawn 24 h wide, a 3-day task ending at midnight 4 days wide). Plotline plans carry
// times of day, so bar width must be the exact elapsed time. See patches/README.md.
import { patchFrappeDist } from './frappe-gantt-lib.mjs';

const ORIGINAL = `  compute_duration() {
    let t = 0, e = 0;`;

const EXACT = `  compute_duration() {
    /* plotline:exact-duration */
    const plotlineDays = (this.task._end - this.task._start + (this.task._start.getTimezoneOffset() - this.task._end.getTimezoneOffset()) * 6e4) / 864e5;
    const plotlinePerDay = { minute: 1440, hour: 24, day: 1, month: 1 / 30, year: 1 / 365 }[this.gantt.config.unit] ?? 1;
    this.task.actual_duration = Math.round(plotlineDays);
    this.task.ignored_duration = 0;
    this.duration = plotlineDays * plotlinePerDay / this.gantt.config.step;
    this.actual_duration_raw = this.duration;
    this.ignored_duration_raw = 0;
    return;
    let t = 0, e = 0;`;

export function apply(root) {
  return patchFrappeDist(root, 'plotline:exact-duration', [[ORIGINAL, EXACT]]);
}
