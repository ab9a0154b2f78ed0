/**
 * Progress of a read or check running in the import worker: a bar (with a percentage when the
 * reader can tell), the seconds so far, and the time limit, so a person sees it moving and knows
 * it ends. The seconds tick on the page's own thread: a frozen window would show it.
 */
import { useEffect, useState } from 'react';
import { IMPORT_TIMEOUT_MS } from './import-limits';
import { percentText } from '../../domain/model';

export function ImportProgress({ label, progress }: { label: string; progress: number | null | undefined }) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  const percent = typeof progress === 'number' ? Math.round(progress * 100) : null;
  return (
    <div className="import-progress">
      <p role="status">{label}{percent === null ? '' : ` ${percentText(percent, 0)}`}</p>
      {percent === null ? <progress aria-label={label} /> : <progress aria-label={label} max={100} value={percent} />}
      <p className="muted">{String(seconds)} s so far; Plotline stops after {String(IMPORT_TIMEOUT_MS / 1000)} s and says why. Cancel stops it now.</p>
    </div>
  );
}
