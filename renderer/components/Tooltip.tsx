/**
 * A hint shown beside its anchor while the anchor is hovered or focused, placed like the popovers
 * (Popover.tsx's middleware: flips, shifts along the edge, kept inside the window) and rendered
 * into a portal, so a toolbar that wraps on a narrow window does not push it under the sidebar.
 * The tip stays in the document while hidden: the anchor's aria-describedby names it, and a
 * screen reader reads a description the moment focus arrives.
 */
import { autoUpdate, useFloating, type Placement } from '@floating-ui/react-dom';
import { useLayoutEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { popoverMiddleware } from './Popover';

export interface TooltipProps {
  /** The anchor's accessible name (it is a focusable note). */
  readonly label: string;
  /** The tip's element id, for aria-describedby. */
  readonly tipId: string;
  readonly tip: ReactNode;
  readonly className?: string;
  readonly tipClassName?: string;
  readonly placement?: Placement;
  /** What the anchor shows. */
  readonly children: ReactNode;
}

export function Tooltip({ label, tipId, tip, className, tipClassName, placement = 'bottom-end', children }: TooltipProps) {
  const [isHovered, setHovered] = useState(false);
  const [isFocused, setFocused] = useState(false);
  const isShown = isHovered || isFocused;
  const floating = useFloating({ placement, strategy: 'fixed', middleware: popoverMiddleware(), whileElementsMounted: autoUpdate });
  const { update } = floating;
  // Placed while hidden it had no size: place it again as it appears, before that frame is painted.
  useLayoutEffect(() => { if (isShown) update(); }, [isShown, update]);
  return (
    <span
      ref={floating.refs.setReference} className={className} tabIndex={0} role="note" aria-label={label} aria-describedby={tipId}
      onMouseEnter={() => setHovered(true)} onMouseLeave={() => setHovered(false)} onFocus={() => setFocused(true)} onBlur={() => setFocused(false)}
      onKeyDown={(e) => {
        // Esc hides the tip and is not passed on (WAI-ARIA tooltip pattern): nothing else closes.
        if (e.key === 'Escape' && isShown) { e.stopPropagation(); setHovered(false); setFocused(false); }
      }}>
      {children}
      {createPortal(
        <span id={tipId} role="tooltip" ref={floating.refs.setFloating} className={tipClassName} data-placement={floating.placement}
          style={isShown ? floating.floatingStyles : { display: 'none' }}>
          {tip}
        </span>,
        document.body,
      )}
    </span>
  );
}
