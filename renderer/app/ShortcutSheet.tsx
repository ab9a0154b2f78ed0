/** The keyboard shortcut sheet: ? or F1 anywhere outside a text field, or Help → Keyboard Shortcuts. */
import { useEffect } from 'react';
import { Dialog } from '../components/Dialog';
import { keyLabel, shortcutGroups } from './shortcut-sheet';
import { isTextTarget } from './use-app-commands';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** Opens the sheet on F1, or on ? when no text field or grid cell took the key first. */
export function useShortcutSheetKeys(open: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'F1' || (e.key === '?' && !isTextTarget(e.target))) {
        e.preventDefault();
        open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}

export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  return (
    // Wide, its groups flowing through columns: all of them show at once in a 1024×768 window,
    // the last (Notices) too, which a person would not know to scroll to.
    <Dialog title="Keyboard shortcuts" onClose={onClose} width={1180}
      footer={<>
        <p className="muted shortcut-sheet-hint">{`Press ${keyLabel('?')} or F1 to open this sheet.`}</p>
        <button type="button" className="button primary" onClick={onClose}>Close</button>
      </>}>
      <div className="shortcut-sheet">
        {shortcutGroups(isMac).map((group) => (
          <section key={group.title} aria-label={group.title}>
            <h3>{group.title}</h3>
            {group.rows.map((row) => (
              <div key={`${row.keys}-${row.label}`} className="shortcut"><span>{row.label}</span><kbd>{row.keys}</kbd></div>
            ))}
          </section>
        ))}
      </div>
    </Dialog>
  );
}
