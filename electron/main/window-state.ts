/**
 * Remembers the main window's size and place in <userData>/window-state.json. Saved bounds are
 * used only if they still overlap a connected display, so unplugging a monitor never leaves the
 * window off screen.
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './atomic-write';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  readonly bounds: Rect;
  readonly isMaximized: boolean;
}

/** The part of the title bar a user must be able to reach to drag the window back. */
const MIN_VISIBLE_PX = 64;

export function isVisibleOn(bounds: Rect, workAreas: readonly Rect[]): boolean {
  return workAreas.some((area) => {
    const overlapX = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
    const titleBarVisible = bounds.y >= area.y && bounds.y < area.y + area.height - MIN_VISIBLE_PX / 2;
    return overlapX >= MIN_VISIBLE_PX && titleBarVisible;
  });
}

export async function loadWindowState(path: string, workAreas: readonly Rect[]): Promise<WindowState | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    const state = asWindowState(parsed);
    return state !== null && isVisibleOn(state.bounds, workAreas) ? state : null;
  } catch {
    return null;
  }
}

export function saveWindowState(path: string, state: WindowState): Promise<void> {
  return writeFileAtomic(path, JSON.stringify(state));
}

function asWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null || !('bounds' in value) || !('isMaximized' in value)) return null;
  const { bounds, isMaximized } = value;
  if (typeof isMaximized !== 'boolean' || typeof bounds !== 'object' || bounds === null) return null;
  const b = bounds as Partial<Record<keyof Rect, unknown>>;
  const numbers = [b.x, b.y, b.width, b.height];
  if (!numbers.every((n): n is number => typeof n === 'number' && Number.isFinite(n))) return null;
  const [x = 0, y = 0, width = 0, height = 0] = numbers;
  if (width < 400 || height < 300 || width > 20_000 || height > 20_000) return null;
  return { bounds: { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) }, isMaximized };
}
