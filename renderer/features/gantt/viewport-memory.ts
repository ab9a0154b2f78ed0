/**
 * The last measured size of each chart's viewport, by the surface's label ("Gantt",
 * "Presentation"), for this window's lifetime. A chart mounted again (back from the task table,
 * a project reopened) at the same size draws its rows and bars in its first commit, for the
 * window that size shows. Without it the first commit laid out the chart's frame alone, the
 * layout effect measured it, and a second render drew the rows before the first paint. A size
 * that changed meanwhile (the window resized) is measured and redrawn as before.
 *
 * Module state rather than the UI store: it is a measurement of this window's DOM, never shown,
 * saved or undone, and reading it must not re-render anything.
 */
export interface ViewportSize {
  readonly width: number;
  readonly height: number;
}

const measured = new Map<string, ViewportSize>();

export function rememberedViewport(surface: string): ViewportSize | null {
  return measured.get(surface) ?? null;
}

export function rememberViewport(surface: string, size: ViewportSize): void {
  const last = measured.get(surface);
  if (last?.width !== size.width || last.height !== size.height) measured.set(surface, { width: size.width, height: size.height });
}
