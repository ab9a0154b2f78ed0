/** The draggable divider between grid and chart; arrow keys move it too. */
import { useRef } from 'react';

export interface SplitterProps {
  readonly width: number;
  readonly onWidth: (width: number) => void;
  readonly min: number;
  readonly max: number;
}

export function Splitter({ width, onWidth, min, max }: SplitterProps) {
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
      onPointerUp={() => {
        start.current = null;
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft') onWidth(clamp(width - 24));
        if (e.key === 'ArrowRight') onWidth(clamp(width + 24));
      }}
    />
  );
}
