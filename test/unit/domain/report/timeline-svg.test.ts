import { describe, expect, it } from 'vitest';
import type { LocalDate, TaskId } from '../../../../renderer/domain/model';
import { timelineSvg } from '../../../../renderer/domain/report/timeline-svg';

const milestone = (name: string, finish: string, baselineFinish: string | null = null) => ({
  taskId: name as TaskId, name, finish: finish as LocalDate, baselineFinish: baselineFinish as LocalDate | null, slipDays: baselineFinish ? 1 : null, isDone: false,
});
const timeline = (names: readonly string[]) => timelineSvg({
  kind: 'timeline', from: '2027-01-04' as LocalDate, to: '2027-02-03' as LocalDate, statusDate: '2027-01-04' as LocalDate,
  items: names.map((n, i) => milestone(n, i === names.length - 1 ? '2027-02-03' : '2027-01-06')),
});

describe('timelineSvg (the status report\'s milestone timeline)', () => {
  it('is as wide as its container, not a fixed drawing scaled to fit: 100% wide, no viewBox, type at 11 px', () => {
    const svg = timeline(['Kickoff', 'Launch']);
    expect(svg).toMatch(/^<svg [^>]*width="100%"/);
    expect(svg).not.toContain('viewBox');
    expect(Math.min(...[...svg.matchAll(/font-size="(\d+)"/g)].map((m) => Number(m[1])))).toBe(11);
  });
  it('starts its axis just right of the longest name: 7 characters take 59 px, 34 characters the 210 px most', () => {
    const axisStart = (svg: string): number => Number(/<text x="([\d.]+)" y="12"/.exec(svg)?.[1]);
    expect(axisStart(timeline(['Kickoff', 'Launch']))).toBe(Math.ceil(7 * 6.4) + 14);
    expect(axisStart(timeline(['A milestone with a much longer name than that']))).toBe(210);
  });
  it('places a date f of the way along the axis at f × width plus a px shift, so its place follows the width', () => {
    // Launch on the axis's last day: 100% of the width, moved back by the right margin (16 px).
    expect(timeline(['Kickoff', 'Launch'])).toContain('<g transform="translate(-16 0)"><svg x="100%" y="67"');
    // The status date on the first day: 0% moved to the axis's start (59 px).
    expect(timeline(['Kickoff', 'Launch'])).toContain('<line x1="0%" x2="0%" transform="translate(59 0)"');
  });
});
