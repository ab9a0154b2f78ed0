/** The slide is well-formed SVG (an <img> refuses anything else) and shows hostile text as text. */
import { describe, expect, it } from 'vitest';
import { buildStatusReport } from '../../../../renderer/domain/report';
import { slideSvg } from '../../../../renderer/features/reports/slide-svg';
import { agreedPlan, day } from '../../domain/report/report-plans';

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
});
