/** The File button in the top bar: the same commands as the desktop's native File menu. */
import { useEffect, useRef, useState } from 'react';
import type { MenuCommand, RecentFile } from '../../platform';
import { useSession } from '../../store';
import { useSettingsDialogs } from '../settings/settings-dialogs';
import { useServices } from '../shared/services';
import { useFileCommands } from './use-file-commands';
import { useFileActions } from './use-file-actions';
import './files.css';

const ITEMS: readonly { command: Exclude<MenuCommand, 'file.new'>; label: string; needsPlan: boolean }[] = [
  { command: 'file.open', label: 'Open…', needsPlan: false },
  { command: 'file.import', label: 'Import…', needsPlan: false },
  { command: 'file.saveAs', label: 'Save as .plotline…', needsPlan: true },
  { command: 'file.export', label: 'Export…', needsPlan: true },
  { command: 'file.restoreSnapshot', label: 'Restore from snapshot…', needsPlan: false },
];

export function FileMenu() {
  const { platform } = useServices();
  const commands = useFileCommands();
  const actions = useFileActions();
  const settings = useSettingsDialogs();
  const hasPlan = useSession((s) => s.plan !== null);
  const [isOpen, setOpen] = useState(false);
  const [recent, setRecent] = useState<readonly RecentFile[]>([]);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!isOpen) return;
    if (platform.capabilities.recentFiles) void platform.recentFiles().then(setRecent);
    const close = (e: MouseEvent): void => { if (!ref.current?.contains(e.target as Node)) setOpen(false); };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [isOpen, platform]);

  const run = (action: () => void): void => {
    setOpen(false);
    action();
  };
  return (
    <div className="file-menu" ref={ref} onKeyDown={(e) => moveFocus(e, ref.current, () => setOpen(false))}>
      <button type="button" className="button ghost" aria-haspopup="menu" aria-expanded={isOpen} onClick={() => setOpen(!isOpen)}>File</button>
      {isOpen ? (
        <div className="popover-menu" role="menu" aria-label="File">
          <button type="button" role="menuitem" className="menu-item" autoFocus onClick={() => run(() => settings.show({ kind: 'new-project' }))}>New project</button>
          {ITEMS.map((item) => (
            <button key={item.command} type="button" role="menuitem" className="menu-item" disabled={item.needsPlan && !hasPlan}
              onClick={() => run(() => commands[item.command]?.())}>{item.label}</button>
          ))}
          {recent.length > 0 ? <div className="menu-heading" role="presentation">Recent files</div> : null}
          {recent.map((r) => (
            <button key={r.path} type="button" role="menuitem" className="menu-item" title={r.path}
              onClick={() => run(() => void actions.openRecent(r.path))}>{r.name}</button>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** Arrow keys move between the menu's items; Escape closes it (WAI-ARIA menu button pattern). */
function moveFocus(e: React.KeyboardEvent, root: HTMLElement | null, close: () => void): void {
  if (e.key === 'Escape') {
    close();
    root?.querySelector<HTMLElement>('[aria-haspopup]')?.focus();
    return;
  }
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const items = Array.from(root?.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)') ?? []);
  if (items.length === 0) return;
  e.preventDefault();
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next = e.key === 'ArrowDown' ? (at + 1) % items.length : (at - 1 + items.length) % items.length;
  items[next]?.focus();
}
