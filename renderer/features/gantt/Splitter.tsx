/** The draggable divider between grid and chart; arrow keys move it too. */
import { useRef } from 'react';

export interface SplitterProps {
  readonly width: number;
  /** The width while the divider is dragged. */
  readonly onWidth: (width: number) => void;
  /** The width where the divider was let go, or moved to by an arrow key: the person's choice. */
  readonly onDone: (width: number) => void;
  readonly min: number;
  readonly max: number;
}

export function Splitter({ width, onWidth, onDone, min, max }: SplitterProps) {
  const start = useRef<{ x: number; width: number } | null>(null);
  const clamp = (w: number): number => Math.round(Math.min(max, Math.max(min, w)));
  return (
    <div
      className="gl-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize task grid"
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        start.current = { x: e.clientX, width };
      }}
      onPointerMove={(e) => {
        if (start.current) onWidth(clamp(start.current.width + e.clientX - start.current.x));
      }}
      onPointerUp={(e) => {
        // A click that did not move the divider leaves it scaling with the window.
        if (start.current && e.clientX !== start.current.x) onDone(clamp(start.current.width + e.clientX - start.current.x));
        start.current = null;
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft') onDone(clamp(width - 24));
        if (e.key === 'ArrowRight') onDone(clamp(width + 24));
      }}
    />
  );
}
