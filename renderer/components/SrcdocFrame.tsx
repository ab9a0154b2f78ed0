/**
 * A frame that shows an HTML document given as a string, running no script (sandbox="").
 *
 * Each new document gets a new frame element rather than a new `srcdoc` on the same one. Chromium
 * 152 and later can commit the first of two srcdocs assigned to a frame a few milliseconds apart
 * and drop the second while the attribute already reads the second: the Reports view then showed
 * the report for today's date after a person had typed another status date (the reports spec failed
 * that way in CI, where the date is typed right after the view mounts). Removing a frame discards
 * its load in flight, so the document on screen is always the last one given.
 */
import { useRef } from 'react';

export interface SrcdocFrameProps {
  readonly title: string;
  readonly document: string;
  readonly className?: string;
}

export function SrcdocFrame({ title, document, className }: SrcdocFrameProps) {
  // Counts documents, not renders: rendering the same document again keeps the same frame.
  const shown = useRef({ document, revision: 0 });
  if (shown.current.document !== document) shown.current = { document, revision: shown.current.revision + 1 };
  return <iframe key={shown.current.revision} title={title} sandbox="" srcDoc={document} className={className} />;
}
