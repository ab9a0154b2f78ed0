/**
 * "Drop to open" overlay while files are dragged over the window. In the browser the platform
 * already reads dropped files (onFileOpened); on desktop the page reads them here, because main
 * only hands over files the OS opened.
 */
import { useEffect, useState } from 'react';
import type { FileOpenOutcome } from '../../platform';
import { readPickedFile } from '../../platform/web-files';
import { useServices } from '../shared/services';
import './files.css';

const hasFiles = (event: DragEvent): boolean => Array.from(event.dataTransfer?.types ?? []).includes('Files');

export function DropZone({ onFile }: { onFile: (outcome: FileOpenOutcome) => void }) {
  const { platform } = useServices();
  const [isOver, setOver] = useState(false);
  useEffect(() => {
    // dragenter/dragleave fire for every child element; a counter tells when the pointer left the window.
    let depth = 0;
    const enter = (e: DragEvent): void => { if (hasFiles(e)) { depth++; setOver(true); } };
    const leave = (e: DragEvent): void => { if (hasFiles(e) && --depth <= 0) { depth = 0; setOver(false); } };
    const over = (e: DragEvent): void => { if (hasFiles(e)) e.preventDefault(); };
    const drop = (e: DragEvent): void => {
      depth = 0;
      setOver(false);
      if (!platform.isDesktop || !hasFiles(e)) return;
      e.preventDefault();
      for (const file of Array.from(e.dataTransfer?.files ?? [])) void readPickedFile(file).then(onFile);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [platform, onFile]);
  if (!isOver) return null;
  return (
    <div className="drop-zone" aria-hidden="true">
      <div className="drop-zone-card">
        <strong>Drop to open</strong>
        <span>.plotline, MS Project .xml, GanttProject .gan, .csv — or .ics holidays</span>
      </div>
    </div>
  );
}
