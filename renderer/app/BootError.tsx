/**
 * The page shown when start-up itself fails: what happened and the ways forward, never a blank
 * window. It needs nothing the failed start-up would have built (no stores, no database).
 */
import { useState } from 'react';
import { MEMORY_SESSION_KEY } from './boot';

export function BootError({ error }: { error: unknown }) {
  const [copied, setCopied] = useState(false);
  const message = error instanceof Error ? error.message : String(error);
  const details = error instanceof Error && error.stack ? error.stack : message;
  const startInMemory = (): void => {
    // For this tab or window only: the next normal start tries the saved data again.
    sessionStorage.setItem(MEMORY_SESSION_KEY, `you chose to start without saved data after: ${message}`);
    location.reload();
  };
  return (
    <main className="boot-error">
      <div className="boot-error-card" role="alert" aria-labelledby="boot-error-title">
        <h1 id="boot-error-title">Plotline could not start</h1>
        <p>{message}</p>
        <p className="muted">Your saved projects have not been changed. Try again; if this keeps happening, start without saved data to keep working (nothing from that session is kept), and send the details below to support.</p>
        <pre aria-label="Details">{details}</pre>
        <div className="trouble-actions">
          <button type="button" className="button primary" onClick={() => location.reload()}>Try again</button>
          <button type="button" className="button" onClick={startInMemory}>Start without saved data</button>
          <button type="button" className="button" onClick={() => void navigator.clipboard.writeText(details).then(() => setCopied(true))}>{copied ? 'Copied' : 'Copy details'}</button>
        </div>
      </div>
    </main>
  );
}
