import { describe, expect, it } from 'vitest';
import { pdfPageWindows } from '../../../../renderer/features/present/pdf-pages';

describe('PDF page layout of the Gantt', () => {
  it('puts a small chart on one page', () => {
    expect(pdfPageWindows({ rowCount: 10, from: 0, to: 1000, pxPerMinute: 1 }, 32, 1100)).toEqual([{ firstRow: 0, endRow: 10, from: 0, to: 1000 }]);
  });

  it('tiles across time first, then down by rows, covering every row and minute once', () => {
    const pages = pdfPageWindows({ rowCount: 70, from: 100, to: 2600, pxPerMinute: 1 }, 32, 1000);
    expect(pages.map((p) => `${String(p.firstRow)}-${String(p.endRow)}@${String(p.from)}-${String(p.to)}`)).toEqual([
      '0-32@100-1100', '0-32@1100-2100', '0-32@2100-2600',
      '32-64@100-1100', '32-64@1100-2100', '32-64@2100-2600',
      '64-70@100-1100', '64-70@1100-2100', '64-70@2100-2600',
    ]);
  });

  it('still makes one page for an empty plan', () => {
    expect(pdfPageWindows({ rowCount: 0, from: 0, to: 0, pxPerMinute: 1 })).toHaveLength(1);
  });
});
