// frappe-gantt 1.2.2 ends every render with set_dimensions(), which reads the SVG's
// getBoundingClientRect() to widen it to the grid when the container is narrower: a forced
// layout in the middle of each render. Plotline's host is always exactly the grid's width, so
// the width is set from the grid without measuring. See patches/README.md.
import { patchFrappeDist } from './frappe-gantt-lib.mjs';

export function apply(root) {
  return patchFrappeDist(root, 'plotline:no-measure', [
    [
      `const { width: t } = this.$svg.getBoundingClientRect(), e = this.$svg.querySelector(".grid .grid-row") ? this.$svg.querySelector(".grid .grid-row").getAttribute("width") : 0;
    t < e && this.$svg.setAttribute("width", e);`,
      `/* plotline:no-measure */
    const e = this.$svg.querySelector(".grid .grid-row") ? this.$svg.querySelector(".grid .grid-row").getAttribute("width") : 0;
    e && this.$svg.setAttribute("width", e);`,
    ],
  ]);
}
