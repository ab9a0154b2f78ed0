/** The File button in the top bar: the same commands as the desktop's native File menu. */
import { useEffect, useState } from 'react';
import { Menu, useMenuButton, type MenuEntry } from '../../components/Menu';
import type { MenuCommand, RecentFile } from '../../platform';
import { useSession } from '../../store';
import { useMergeActions } from '../merge';
import { useSettingsDialogs } from '../settings/settings-dialogs';
import { useServices } from '../shared/services';
import { warmUpParser } from './parse-off-thread';
import { useFileCommands } from './use-file-commands';
import { useFileActions } from './use-file-actions';
import './files.css';

const ITEMS: readonly { command: Exclude<MenuCommand, 'file.new'>; label: string; needsPlan: boolean }[] = [
  { command: 'file.open', label: 'Open…', needsPlan: false },
  { command: 'file.import', label: 'Import…', needsPlan: false },
  { command: 'file.saveAs', label: 'Save as .plotline…', needsPlan: true },
  { command: 'file.saveAsTemplate', label: 'Save as template…', needsPlan: true },
  { command: 'file.export', label: 'Export…', needsPlan: true },
  { command: 'file.takeSnapshot', label: 'Take snapshot now…', needsPlan: true },
  { command: 'file.restoreSnapshot', label: 'Restore from snapshot…', needsPlan: false },
];

export function FileMenu() {
  const { platform } = useServices();
  const commands = useFileCommands();
  const actions = useFileActions();
  const settings = useSettingsDialogs();
  const merge = useMergeActions();
  const hasPlan = useSession((s) => s.plan !== null);
  const [recent, setRecent] = useState<readonly RecentFile[]>([]);
  const menu = useMenuButton();

  useEffect(() => {
    if (!menu.isOpen) return;
    // Opening this menu is how most opens begin: the parser's worker starts and warms up while
    // the person picks Open… and then a file, rather than once Open… is chosen.
    warmUpParser();
    if (platform.capabilities.recentFiles) void platform.recentFiles().then(setRecent);
  }, [menu.isOpen, platform]);

  const entries: MenuEntry[] = [
    { label: 'New project', onSelect: () => settings.show({ kind: 'new-project' }) },
    ...ITEMS.map((item) => ({ label: item.label, disabled: item.needsPlan && !hasPlan, onSelect: () => commands[item.command]?.() })),
    { label: 'Compare with…', disabled: !hasPlan, onSelect: () => void merge.compare() },
    { label: "Merge a colleague's copy…", disabled: !hasPlan, onSelect: () => void merge.mergeCopy() },
    ...(recent.length > 0 ? [{ kind: 'heading' as const, label: 'Recent files' }] : []),
    ...recent.map((r) => ({ label: r.name, title: r.path, onSelect: () => void actions.openRecent(r.path) })),
  ];
  return (
    <div className="file-menu">
      <button type="button" className="button ghost" {...menu.buttonProps}>File</button>
      {menu.isOpen ? <Menu anchor={menu.anchor} label="File" entries={entries} onClose={menu.close} focusFirst={menu.focusFirst} /> : null}
    </div>
  );
}
