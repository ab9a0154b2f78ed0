// frappe-gantt 1.2.2 decides whether a bar's label fits inside it with getBBox(), one bar at a
// time, each after the previous one's attribute writes: one forced layout per bar per render.
// Measure the text on a canvas instead, once per (font, text). See patches/README.md.
import { patchFrappeDist } from './frappe-gantt-lib.mjs';

export function apply(root) {
  return patchFrappeDist(root, 'plotline:label-width', [
    [
      `const o = i.getBBox().width, h = e.getWidth();`,
      `const o = plotlineLabelWidth(this.gantt, i) /* plotline:label-width */, h = e.getWidth();`,
    ],
    [
      `class F {
  constructor(t, e) {`,
      `let plotlineContext = null;
const plotlineWidths = new Map();
function plotlineLabelWidth(gantt, label) {
  // One style read per render (Plotline clears the cached font before each refresh).
  if (!gantt.plotline_label_font) gantt.plotline_label_font = getComputedStyle(label).font;
  const font = gantt.plotline_label_font;
  plotlineContext = plotlineContext || document.createElement("canvas").getContext("2d");
  if (!font || !plotlineContext) return label.getBBox().width;
  const text = label.textContent || "";
  const key = font + "|" + text;
  let width = plotlineWidths.get(key);
  if (width === undefined) {
    plotlineContext.font = font;
    width = plotlineContext.measureText(text).width;
    if (plotlineWidths.size > 20000) plotlineWidths.clear();
    plotlineWidths.set(key, width);
  }
  return width;
}
class F {
  constructor(t, e) {`,
    ],
  ]);
}
