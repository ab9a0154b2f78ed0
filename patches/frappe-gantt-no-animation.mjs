// frappe-gantt 1.2.2 animates every bar's width from 0 with SMIL <animate> on every render.
// Plotline re-renders the visible window while scrolling, so bars would flicker and each
// render would start dozens of animations. See patches/README.md.
import { patchFrappeDist } from './frappe-gantt-lib.mjs';

export function apply(root) {
  return patchFrappeDist(root, 'plotline:no-animation', [
    [`function Y(n, t, e, i) {
  const s = C(n, t, e, i);`, `function Y(n, t, e, i) {
  return; /* plotline:no-animation */
  const s = C(n, t, e, i);`],
  ]);
}
