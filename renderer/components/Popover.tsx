/**
 * The one popover: anchored to the element that opened it, kept inside the window (flips to the
 * other side, then shifts along the edge), rendered into a portal so no grid row, toolbar or
 * overflow clips it; Escape and a press outside close it, and focus goes back to the opener.
 * Menus (Menu.tsx) are popovers with menu keys. Placement by Floating UI. When its anchor scrolls
 * out of sight (out of its scrolling table, or under the table's frozen columns or stuck header),
 * the popover hides until the anchor comes back, as Excel's and MS Project's do: pinned at the
 * window's edge it stood beside nothing, or beside another row's cell. A popover opened from inside
 * an element marked `data-popover-boundary` (the app's main area, beside the sidebar) stays inside
 * that element: the warnings panel spilled over the sidebar and hid its shortcut hints.
 */
import { autoUpdate, flip, hide, offset, shift, size, useFloating, type Boundary, type Middleware, type Placement } from '@floating-ui/react-dom';
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { stickyCover } from './sticky-cover';

export type CloseReason = 'escape' | 'outside' | 'done';

/** A point or box on screen to hang from when no element opened the popover (a click on a chart arrow). */
export interface VirtualAnchor {
  readonly getBoundingClientRect: () => DOMRect;
}

/** A virtual anchor at a screen point (client coordinates). */
export function pointAnchor(x: number, y: number): VirtualAnchor {
  return { getBoundingClientRect: () => new DOMRect(x, y, 0, 0) };
}

export interface PopoverProps {
  /**
   * What the popover hangs from: usually the button that opened it, which gets focus back; a
   * virtual anchor gives focus back to whatever had it when the popover opened.
   */
  readonly anchor: HTMLElement | VirtualAnchor | null;
  readonly onClose: (reason: CloseReason) => void;
  readonly label: string;
  readonly role?: 'dialog' | 'menu';
  readonly placement?: Placement;
  readonly className?: string;
  readonly children: ReactNode;
  /** Moves focus to the first focusable element inside on open (default true). */
  readonly autoFocus?: boolean;
  readonly onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
}

/** Space kept between the popover and the window's edges, in px. */
export const EDGE_PADDING = 8;

/**
 * Offset from the anchor, flip to the opposite side when the preferred one has no room, shift
 * along the edge to stay inside, cap the height at the room left (the content scrolls), and note
 * when the anchor is wholly out of its scrolling ancestors' view, less their frozen columns and
 * stuck header (`referenceHidden`). Exported so the decision can be tested without a layout engine.
 */
export function popoverMiddleware(padding = EDGE_PADDING, boundary: Boundary = 'clippingAncestors'): Middleware[] {
  return [
    offset(4),
    flip({ padding, boundary, crossAxis: 'alignment' }),
    shift({ padding, boundary }),
    size({
      padding,
      boundary,
      apply({ availableHeight, elements }) {
        elements.floating.style.maxHeight = `${String(Math.max(120, Math.floor(availableHeight)))}px`;
      },
    }),
    hide(({ elements }) => {
      const anchor = elements.reference instanceof Element ? elements.reference : elements.reference.contextElement;
      const cover = anchor ? stickyCover(anchor) : null;
      return { strategy: 'referenceHidden', padding: cover ? { left: cover.left, top: cover.top } : 0 };
    }),
  ];
}

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The area a popover opened from `anchor` stays inside: its nearest `data-popover-boundary`, else the window. */
function boundaryOf(anchor: HTMLElement | VirtualAnchor | null): Boundary {
  return (anchor instanceof HTMLElement ? anchor.closest<HTMLElement>('[data-popover-boundary]') : null) ?? 'clippingAncestors';
}

export function Popover(props: PopoverProps) {
  const { anchor, onClose, placement = 'bottom-start', autoFocus = true } = props;
  const floating = useFloating({
    placement,
    strategy: 'fixed',
    elements: { reference: anchor },
    middleware: popoverMiddleware(EDGE_PADDING, boundaryOf(anchor)),
    whileElementsMounted: autoUpdate,
  });
  const box = useRef<HTMLDivElement | null>(null);
  const close = useRef(onClose);
  close.current = onClose;
  const [opener] = useState(() => (anchor instanceof HTMLElement ? anchor : document.activeElement instanceof HTMLElement ? document.activeElement : null));

  // Focus in on open; back to the opener on close when focus was inside (or was lost with it),
  // never away from what a press outside chose.
  useLayoutEffect(() => {
    const el = box.current;
    if (autoFocus && el) (el.querySelector<HTMLElement>(FOCUSABLE) ?? el).focus({ preventScroll: true });
    return () => {
      const active = document.activeElement;
      if (!active || active === document.body || (el?.contains(active) ?? false)) opener?.focus({ preventScroll: true });
    };
  }, [opener, autoFocus]);

  useEffect(() => {
    const onPointerDown = (e: PointerEvent | MouseEvent): void => {
      const target = e.target as Node | null;
      if (!target || box.current?.contains(target) || (opener?.contains(target) ?? false)) return;
      close.current('outside');
    };
    const onKey = (e: globalThis.KeyboardEvent): void => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      close.current('escape');
      opener?.focus({ preventScroll: true });
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('keydown', onKey);
    };
  }, [opener]);

  // Hidden rather than closed while its anchor is out of view: nothing the person typed or moved
  // to in it is lost, and it is back beside its anchor when that scrolls back into view.
  const isAnchorHidden = floating.middlewareData.hide?.referenceHidden === true;
  // A hidden popover cannot keep the focus (the browser drops it to the page, where keys reach
  // nothing): it goes back to the opener, a date cell's text, as Excel keeps typing in a cell scrolled away.
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (isAnchorHidden && (active === document.body || (box.current?.contains(active) ?? false))) opener?.focus({ preventScroll: true });
  }, [isAnchorHidden, opener]);
  const style: CSSProperties = { ...floating.floatingStyles, overflow: 'auto', visibility: isAnchorHidden ? 'hidden' : undefined };
  return createPortal(
    <div
      ref={(el) => { box.current = el; floating.refs.setFloating(el); }}
      className={`popover${props.className ? ` ${props.className}` : ''}`}
      role={props.role ?? 'dialog'}
      aria-label={props.label}
      tabIndex={-1}
      style={style}
      data-placement={floating.placement}
      onKeyDown={(e) => {
        props.onKeyDown?.(e);
        if (e.key === 'Escape' && !e.defaultPrevented) {
          // Handled here so the grid or a dialog underneath does not see it as well.
          e.preventDefault();
          e.stopPropagation();
          close.current('escape');
          opener?.focus({ preventScroll: true });
        }
      }}
    >
      {props.children}
    </div>,
    document.body,
  );
}
