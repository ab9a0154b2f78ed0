/**
 * Lifecycle phase bands: a labelled strip under the time scale (name, status, gate diamond) and a
 * faint tint of each phase's window behind the bars. The bands are computed by features/phases;
 * the Gantt only places them on its time scale.
 */
import { memo } from 'react';
import type { Rag } from '../../domain/model';
import { localX, windowHeight, type ChartGeometry } from './chart-geometry';
import { xOf, type Scale } from './time-scale';

export interface PhaseBand {
  readonly id: string;
  readonly name: string;
  readonly colour: string;
  readonly rag: Rag;
  /** What the status word says ("Amber"). */
  readonly ragLabel: string;
  /** Wall minutes of the phase window. */
  readonly startMinutes: number;
  readonly finishMinutes: number;
  /** Where the gate milestone falls; null = no gate milestone. */
  readonly gateMinutes: number | null;
  /** "Gate: go on 3 Mar", "Gate not decided". */
  readonly gateLabel: string;
  readonly isFlagged: boolean;
}

export const PhaseBandStrip = memo(function PhaseBandStrip({ scale, bands }: { scale: Scale; bands: readonly PhaseBand[] }) {
  return (
    <div className="gl-phase-strip" role="list" aria-label="Phases">
      {bands.map((b) => {
        const left = xOf(scale, b.startMinutes);
        const width = Math.max(2, xOf(scale, b.finishMinutes) - left);
        const title = `${b.name}: ${b.ragLabel}. ${b.gateLabel}${b.isFlagged ? ' (decided with criteria open)' : ''}`;
        return (
          <div key={b.id} role="listitem" className="gl-phase-band" style={{ left, width, '--phase-colour': b.colour } as React.CSSProperties}
            title={title} aria-label={title}>
            <span className={`gl-phase-rag rag-${b.rag}`} aria-hidden="true" />
            <span className="gl-phase-name">{b.name}</span>
          </div>
        );
      })}
      {bands.map((b) => (b.gateMinutes === null ? null : (
        <span key={`${b.id}-gate`} className={`gl-phase-gate${b.isFlagged ? ' is-flagged' : ''}`} style={{ left: xOf(scale, b.gateMinutes) }}
          aria-hidden="true" title={`${b.name} ${b.gateLabel}`} />
      )))}
    </div>
  );
});

/** The phase windows tinted across the rendered rows, with a dashed line at each gate. */
export const PhaseBandLayer = memo(function PhaseBandLayer({ geometry: g, bands }: { geometry: ChartGeometry; bands: readonly PhaseBand[] }) {
  const h = windowHeight(g);
  return (
    <g className="gl-phase-layer" aria-hidden="true">
      {bands.map((b) => {
        if (b.finishMinutes < g.window.startMinutes || b.startMinutes > g.window.endMinutes) return null;
        const x1 = localX(g, b.startMinutes);
        const x2 = localX(g, b.finishMinutes);
        return (
          <g key={b.id}>
            <rect x={x1} y={0} width={Math.max(1, x2 - x1)} height={h} fill={b.colour} className="gl-phase-tint" />
            {b.gateMinutes !== null && <line className="gl-phase-gate-line" x1={localX(g, b.gateMinutes)} x2={localX(g, b.gateMinutes)} y1={0} y2={h} stroke={b.colour} />}
          </g>
        );
      })}
    </g>
  );
});
