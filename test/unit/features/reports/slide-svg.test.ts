/** The slide is well-formed SVG (an <img> refuses anything else) and shows hostile text as text. */
import { describe, expect, it } from 'vitest';
import { buildStatusReport } from '../../../../renderer/domain/report';
import { LIGHT_SLIDE, slideSvg } from '../../../../renderer/features/reports/slide-svg';
import { formatDate } from '../../../../renderer/features/shared/format';
import { agreedPlan, day, onTrackAt4March } from '../../domain/report/report-plans';

describe('report slide', () => {
  it('never repeats an attribute and escapes the headline', () => {
    const svg = slideSvg(buildStatusReport(agreedPlan(), { statusDate: day('2026-03-04'), audience: 'executive', headline: 'Late <script>x()</script>' }));
    for (const tag of svg.match(/<[a-z]+\s[^>]*>/g) ?? []) {
      const names = [...tag.matchAll(/\s([a-z-]+)=/g)].map((m) => m[1]);
      expect(new Set(names).size, tag).toBe(names.length);
    }
    expect(svg).toContain('Late &lt;script&gt;x()&lt;/script&gt;');
    expect(svg).not.toContain('<script');
  });

  it('draws its ground and text in the colours it is given, the light theme\'s when given none', () => {
    const model = buildStatusReport(agreedPlan(), { statusDate: day('2026-03-04'), audience: 'executive', headline: 'On track' });
    const fills = (svg: string): { ground: string | undefined; title: string | undefined; status: string | undefined } => ({
      ground: /<rect width="100%" height="100%" fill="([^"]+)"/.exec(svg)?.[1],
      title: /font-size="64" fill="([^"]+)"/.exec(svg)?.[1],
      status: /font-size="36" fill="([^"]+)">Status /.exec(svg)?.[1],
    });
    expect(fills(slideSvg(model, { background: '#161b22', text: '#e6e8eb', muted: '#9aa4b2' }))).toEqual({ ground: '#161b22', title: '#e6e8eb', status: '#9aa4b2' });
    expect(fills(slideSvg(model))).toEqual({ ground: LIGHT_SLIDE.background, title: LIGHT_SLIDE.text, status: LIGHT_SLIDE.muted });
    // A colour read from a stylesheet is never markup in the file.
    expect(slideSvg(model, { ...LIGHT_SLIDE, text: '"/><script>x()</script>' })).not.toContain('<script');
  });

  it('says the project has not started, and when it starts, before the start; how far it is from then on', () => {
    const outlook = (svg: string): string | undefined => /<text x="120" y="280" font-size="36" fill="[^"]+">([^<]*)</.exec(svg)?.[1];
    const early = slideSvg(buildStatusReport(agreedPlan(), { statusDate: day('2026-02-27'), audience: 'executive' }));
    // Its days as the app writes them on every screen.
    expect(outlook(early)).toBe(`Not started: starts ${formatDate('2026-03-02')} · forecast finish ${formatDate('2026-03-13')}`);
    expect(early).not.toContain('0% complete');
    const started = slideSvg(buildStatusReport(onTrackAt4March(agreedPlan()), { statusDate: day('2026-03-04'), audience: 'executive' }));
    expect(outlook(started)).toMatch(new RegExp(`^\\d+(\\.\\d)?% complete · forecast finish ${formatDate('2026-03-13')}$`));
  });
});
