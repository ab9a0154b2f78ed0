/**
 * Presentation mode's keys (use-presentation-keys.ts), said in the bar where there is room for them
 * (1280 px and wider) and behind a "?" button where there is not: written out at 1024 px they took
 * the bar to a second line, a row of the chart the room did not see.
 */
import { useRef, useState } from 'react';
import { Popover } from '../../components/Popover';

const KEYS: readonly { keys: string; does: string }[] = [
  { keys: '← →', does: 'step' }, { keys: '+ −', does: 'zoom' }, { keys: 'T', does: 'today' }, { keys: 'Esc', does: 'exit' },
];

const KEYS_LABEL = 'Presentation keys';

export function PresentationKeysHelp() {
  const [isOpen, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <span className="gl-present-keys">
      <span className="gl-present-help">{KEYS.map((k) => `${k.keys} ${k.does}`).join(' · ')}</span>
      <button ref={button} type="button" className="gl-present-keys-button" aria-label={KEYS_LABEL} title={KEYS_LABEL}
        aria-haspopup="dialog" aria-expanded={isOpen} onClick={() => setOpen((o) => !o)}>?</button>
      {isOpen ? (
        <Popover anchor={button.current} label={KEYS_LABEL} placement="bottom-end" className="gl-present-keys-list" onClose={() => setOpen(false)}>
          <dl>
            {KEYS.map((k) => <div key={k.keys}><dt>{k.keys}</dt><dd>{k.does}</dd></div>)}
          </dl>
        </Popover>
      ) : null}
    </span>
  );
}
