import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemText, readFileToDialog } from '../../../../renderer/features/files/read-file';

const NOW = '2026-03-02T08:00:00.000Z';
const opened = (name: string, text: string) => ({ kind: 'opened', file: { name, text } }) as const;

describe('readFileToDialog', () => {
  it('shows a plan file as a summary to confirm', async () => {
    const dialog = await readFileToDialog(opened('features.xml', readFileSync('test/fixtures/mspdi/features.xml', 'utf8')), NOW);
    expect(dialog?.kind === 'summary' && [dialog.format, dialog.head.projectName]).toEqual(['mspdi', 'Fixture & friends']);
    const plan = dialog?.kind === 'summary' ? await dialog.plan : null;
    expect(plan?.ok && plan.value.plan.project.name).toBe('Fixture & friends');
  });

  it('says what went wrong and where for a broken or unknown file', async () => {
    const broken = await readFileToDialog(opened('plan.plotline', '{"format": "plotline", "version": 1,'), NOW);
    expect(broken).toMatchObject({ kind: 'error', title: 'Could not open “plan.plotline”' });
    expect(broken?.kind === 'error' && broken.message).toMatch(/line|column|JSON/i);
    const unknown = await readFileToDialog(opened('notes.txt', 'hello'), NOW);
    expect(unknown?.kind === 'error' && unknown.message).toMatch(/cannot tell what kind of file 'notes.txt' is/);
    const unreadable = await readFileToDialog({ kind: 'failed', name: 'big.xml', message: '"big.xml" is larger than 50 MB, so Plotline did not open it.' }, NOW);
    expect(unreadable).toEqual({ kind: 'error', title: 'Could not open “big.xml”', message: '"big.xml" is larger than 50 MB, so Plotline did not open it.' });
  });

  it('sends CSV to the column mapping (a sample of the table, which stays with the import) and .ics to the holidays dialog', async () => {
    const csv = await readFileToDialog(opened('t.csv', 'Name,Start\nDesign,2026-03-02\n'), NOW);
    expect(csv).toMatchObject({
      kind: 'table', fileName: 't.csv',
      sample: { header: ['Name', 'Start'], body: [['Design', '2026-03-02']], totalRows: 1, totalColumns: 2, sheets: [], sheetIndex: 0 },
    });
    const ics = await readFileToDialog(opened('h.ics', readFileSync('test/fixtures/ics/holidays.ics', 'utf8')), NOW);
    expect(ics?.kind === 'holidays' && ics.exceptions.length).toBe(4);
  });
});

describe('problemText', () => {
  it('names the place once', () => {
    expect(problemText({ message: 'XML error at line 1:62: element <Task> is never closed', where: 'line 1:62' })).toBe('XML error at line 1:62: element <Task> is never closed');
    expect(problemText({ message: "'3x' is not a duration", where: 'row 4' })).toBe("row 4: '3x' is not a duration");
  });
});
