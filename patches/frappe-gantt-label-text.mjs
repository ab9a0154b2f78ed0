// frappe-gantt 1.2.2 writes each bar's label with innerHTML, so every bar it draws runs the HTML
// parser over a task name (and the name had to be escaped for it). Write the name as text.
// See patches/README.md.
import { patchFrappeDist } from './frappe-gantt-lib.mjs';

export function apply(root) {
  return patchFrappeDist(root, 'plotline:label-text', [
    [`    this.task.thumbnail && (t = this.x + this.image_size + 5), f("text", {
      x: t,
      y: this.y + this.height / 2,
      innerHTML: this.task.name,
      class: "bar-label",
      append_to: this.bar_group
    }), requestAnimationFrame`, `    this.task.thumbnail && (t = this.x + this.image_size + 5), f("text", {
      x: t,
      y: this.y + this.height / 2,
      class: "bar-label",
      append_to: this.bar_group
    }).textContent = this.task.name /* plotline:label-text */, requestAnimationFrame`],
  ]);
}
