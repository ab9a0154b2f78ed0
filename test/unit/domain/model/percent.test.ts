import { describe, expect, it } from 'vitest';
import { percentText, shareText } from '../../../../renderer/domain/model';
import { buildStatusReport, writeReportMarkdown } from '../../../../renderer/domain/report';
import { agreedPlan, day, onTrackAt10March } from '../report/report-plans';

describe('percentages', () => {
  it('are written as MS Project and Excel show them, the sign joined to the number', () => {
    expect(percentText(42.46)).toBe('42.5%');
    expect(percentText(42.46, 0)).toBe('42%');
    expect(percentText(-8.25)).toBe('-8.3%');
    expect(shareText(0.425)).toBe('42.5%');
    expect(shareText(1, 0)).toBe('100%');
  });

  it('never leave a space a line can break at in a status report', () => {
    const text = writeReportMarkdown(buildStatusReport(onTrackAt10March(agreedPlan()), { statusDate: day('2026-03-10'), audience: 'team' }));
    expect(text).toMatch(/\d%/);
    expect(text).not.toMatch(/\d\s%/);
  });
});
