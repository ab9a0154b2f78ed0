/** Paper, orientation and layout for the Gantt's PDF, chosen just before exporting. */
import { useState } from 'react';
import { Popover } from '../../components/Popover';
import { DEFAULT_PDF_OPTIONS, type PdfOptions } from '../present/export';
import { PAPER_SIZES, type Orientation, type PaperName } from '../present/pdf-pages';

export function PdfOptionsPopover({ anchor, onExport, onClose }: { anchor: HTMLElement | null; onExport: (options: PdfOptions) => void; onClose: () => void }) {
  const [options, setOptions] = useState<PdfOptions>(DEFAULT_PDF_OPTIONS);
  return (
    <Popover anchor={anchor} className="gl-pdf-options" label="PDF options" placement="bottom-end" onClose={onClose}>
      <label>Paper
        <select value={options.paper} onChange={(e) => setOptions({ ...options, paper: e.target.value as PaperName })}>
          {(Object.keys(PAPER_SIZES) as PaperName[]).map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
      </label>
      <label>Orientation
        <select value={options.orientation} onChange={(e) => setOptions({ ...options, orientation: e.target.value as Orientation })}>
          <option value="landscape">Landscape</option>
          <option value="portrait">Portrait</option>
        </select>
      </label>
      <label>Layout
        <select value={options.layout} onChange={(e) => setOptions({ ...options, layout: e.target.value as PdfOptions['layout'] })}>
          <option value="tile">Tile pages (names and time scale on every page)</option>
          <option value="fit">Fit the whole chart on one page</option>
        </select>
      </label>
      <div className="gl-pdf-actions">
        <button type="button" onClick={onClose}>Cancel</button>
        <button type="button" className="gl-primary" onClick={() => { onClose(); onExport(options); }}>Export PDF</button>
      </div>
    </Popover>
  );
}
