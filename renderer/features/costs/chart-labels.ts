/**
 * Where the S-curve's level labels (BAC, Budget, EAC) go. A label sits above or below its own line
 * with a gap, so its descenders ("p" in "bottom-up", "g" in "Budget") are not crossed by its own
 * dashed line, and clear of every other line: the other levels, the status-date line and the curves.
 * The curves all end where PV reaches BAC and the forecast reaches EAC, at the plot's right end, so
 * a label there is often crossed; the first clear place in the level's order of preference is
 * taken, and where none is clear, the one crossing the fewest lines (the chart paints a halo behind
 * the letters, so what still crosses does not cut them). Pure geometry, in any one unit (the chart
 * passes canvas pixels, y growing downwards).
 */

export interface Point { readonly x: number; readonly y: number }
export interface Box { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number }

export interface LevelLabel {
  /** The level line's y. */
  readonly y: number;
  readonly width: number;
  /** The text's height above its baseline (capitals and ascenders). */
  readonly ascent: number;
  /** The text's depth below its baseline (descenders). */
  readonly descent: number;
  /** Where along its line the label reads best when that place is clear. */
  readonly prefers: 'left' | 'right';
}

export interface LabelScene {
  readonly plot: Box;
  /** The status-date line's x, or null where it is not drawn. */
  readonly statusX: number | null;
  readonly levels: readonly LevelLabel[];
  /** Each curve's points, joined by straight segments; a null breaks the curve. */
  readonly curves: readonly (readonly (Point | null)[])[];
  /** The least space between a label's letters and any line. */
  readonly gap: number;
}

export interface PlacedLabel {
  /** Where the text starts (left-aligned) and its baseline. */
  readonly x: number;
  readonly baseline: number;
  /** The text's box: from its ascent above the baseline to its descent below. */
  readonly box: Box;
}

/** Places each level's label in turn (later labels keep clear of earlier ones). */
export function placeLevelLabels(scene: LabelScene): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const level of scene.levels) {
    let best: { label: PlacedLabel; crossings: number } | null = null;
    for (const label of candidates(scene, level)) {
      const crossings = crossingsOf(label.box, scene, level, placed);
      if (best === null || crossings < best.crossings) best = { label, crossings };
      if (crossings === 0) break;
    }
    if (best) placed.push(best.label);
  }
  return placed;
}

/** The places a label may take, most preferred first: each x above its line, then below it. */
function candidates(scene: LabelScene, level: LevelLabel): PlacedLabel[] {
  const { plot, statusX, gap } = scene;
  const pad = 2 * gap;
  const atLeft = plot.left + pad;
  const atRight = plot.right - pad - level.width;
  const statusSide = statusX === null ? [] : [statusX + pad, statusX - pad - level.width];
  const between = [0.25, 0.5, 0.75].map((f) => atLeft + f * (atRight - atLeft));
  const ends = level.prefers === 'left' ? [atLeft, atRight] : [atRight, atLeft];
  const xs = [...ends, ...statusSide, ...between].filter((x) => x >= plot.left && x + level.width <= plot.right);
  const baselines = [level.y - gap - level.descent, level.y + gap + level.ascent];
  const all = baselines.flatMap((baseline) => (xs.length > 0 ? xs : [atLeft]).map((x) => ({
    x, baseline, box: { left: x, top: baseline - level.ascent, right: x + level.width, bottom: baseline + level.descent },
  })));
  // A plot too small to hold the label anywhere still shows it, at its most preferred place.
  const inside = all.filter((label) => label.box.top >= plot.top && label.box.bottom <= plot.bottom);
  return inside.length > 0 ? inside : all.slice(0, 1);
}

/** How many lines and labels come within the gap of a label's box. */
function crossingsOf(box: Box, scene: LabelScene, own: LevelLabel, placed: readonly PlacedLabel[]): number {
  // A line exactly the gap away is clear: the label's own line is, by where the label is put.
  const g = scene.gap - 0.5;
  const near: Box = { left: box.left - g, top: box.top - g, right: box.right + g, bottom: box.bottom + g };
  const { plot } = scene;
  let count = 0;
  for (const level of scene.levels) {
    if (level === own) continue;
    if (segmentMeetsBox({ x: plot.left, y: level.y }, { x: plot.right, y: level.y }, near)) count += 1;
  }
  if (scene.statusX !== null && segmentMeetsBox({ x: scene.statusX, y: plot.top }, { x: scene.statusX, y: plot.bottom }, near)) count += 1;
  for (const curve of scene.curves) {
    if (curve.some((p, i) => { const q = curve[i + 1] ?? null; return p !== null && q !== null && segmentMeetsBox(p, q, near); })) count += 1;
  }
  for (const other of placed) if (boxesMeet(other.box, near)) count += 1;
  return count;
}

const boxesMeet = (a: Box, b: Box): boolean => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** Whether the segment p–q touches the box (Liang–Barsky clipping of the segment to the box). */
export function segmentMeetsBox(p: Point, q: Point, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const edges: readonly (readonly [number, number])[] = [
    [-dx, p.x - box.left], [dx, box.right - p.x], [-dy, p.y - box.top], [dy, box.bottom - p.y],
  ];
  for (const [towards, room] of edges) {
    if (towards === 0) {
      if (room < 0) return false;
    } else {
      const t = room / towards;
      if (towards < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}
