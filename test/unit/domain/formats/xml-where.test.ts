import { describe, expect, it } from 'vitest';
import { importGanttProject, importMspdi } from '../../../../renderer/domain/formats';
import { sequentialIds } from '../../../../renderer/domain/model';

const ctx = () => ({ newId: sequentialIds('f'), now: '2026-03-01T12:00:00.000Z' });
const project = (inner: string): string => `<Project xmlns="http://schemas.microsoft.com/project">\n<Name>x</Name>\n${inner}\n</Project>`;
const whereOf = (result: ReturnType<typeof importMspdi>): string | undefined => (result.ok ? undefined : result.error.where);

describe('MSPDI refusals inside resources and assignments point at their own element', () => {
  it('a resource with 1e30 max units: the line and column of its <Resource>', () => {
    const xml = project('<Resources>\n  <Resource><UID>1</UID><ID>1</ID><Name>R</Name><Type>1</Type><MaxUnits>1e30</MaxUnits></Resource>\n</Resources>');
    expect(whereOf(importMspdi(xml, ctx()))).toMatch(/^line 4, column 3 \(resources\['f\d+'\]\.maxUnits\)$/);
  });
  it('an assignment at 1e30 units: the line and column of its <Assignment>', () => {
    const xml = project([
      '<Tasks><Task><UID>1</UID><ID>1</ID><Name>A</Name></Task></Tasks>',
      '<Resources><Resource><UID>1</UID><ID>1</ID><Name>R</Name><Type>1</Type></Resource></Resources>',
      '<Assignments>',
      '    <Assignment><UID>1</UID><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID><Units>1e30</Units></Assignment>',
      '</Assignments>',
    ].join('\n'));
    expect(whereOf(importMspdi(xml, ctx()))).toMatch(/^line 6, column 5 \(assignments\['f\d+'\]\.units\)$/);
  });
});

describe('refusals nested in another entity point at the innermost element the value came from', () => {
  it("MSPDI: a baseline dated 9999 is placed at its <Task>, not the root", () => {
    const xml = project([
      '<Tasks>',
      '  <Task><UID>1</UID><ID>1</ID><Name>A</Name><Duration>PT8H0M0S</Duration>',
      '    <Baseline><Number>0</Number><Start>9999-01-01T08:00:00</Start><Finish>9999-01-01T17:00:00</Finish></Baseline></Task>',
      '</Tasks>',
    ].join('\n'));
    expect(whereOf(importMspdi(xml, ctx()))).toMatch(/^line 4, column 3 \(baselines\['f\d+'\]\.tasks\['f\d+'\]\.(start|finish)\)$/);
  });
});

describe('GanttProject: a schema refusal carries the line and column too', () => {
  it('a link whose lag overflows to Infinity is refused at its <depend>', () => {
    const gan = [
      '<project name="x">',
      '<tasks>',
      '<task id="1" name="A" start="2024-01-01" duration="1">',
      '  <depend id="2" type="2" difference="1e308" hardness="Strong"/>',
      '</task>',
      '<task id="2" name="B" start="2024-01-02" duration="1"/>',
      '</tasks></project>',
    ].join('\n');
    const result = importGanttProject(gan, ctx());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.where).toMatch(/^line 4, column 3 \(links\['f\d+'\]\.lagMinutes\)$/);
      expect(result.error.message).toMatch(/line 4, column 3 \(links\['f\d+'\]\.lagMinutes\): expected a finite number/);
    }
  });
});
