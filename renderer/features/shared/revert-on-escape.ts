/**
 * Esc in a field that is committed on leaving it (the RAID logs' and the stakeholder tables'
 * fields): the field takes back its stored value and is left, so leaving it commits nothing, as Esc
 * does in a grid cell or the risk editor. The stored value is the input's defaultValue (React keeps
 * it in step with the defaultValue prop). A field that has already put its own value back (the
 * app's date field) says so by preventing the key's default, and is left as it is.
 */
import type { KeyboardEvent } from 'react';

/** True when the key was Esc on a field and the field was reverted. */
export function revertOnEscape(e: KeyboardEvent<HTMLElement>): boolean {
  const target = e.target;
  if (e.key !== 'Escape' || e.defaultPrevented || !(target instanceof HTMLInputElement)) return false;
  e.preventDefault();
  target.value = target.defaultValue;
  target.blur();
  return true;
}
