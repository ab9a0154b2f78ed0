/**
 * The risk views' text colours come from the theme (theme.css), and read: WCAG AA asks 4.5:1 for
 * text of this size. risks.css's rules (and app.css's link button, which the views share) are read
 * as written and resolved in each theme, then measured against what they sit on: the view's
 * background (--bg, the register and the logs) and the surface of a dialog or card (--surface, the
 * categories dialog's alert). An overdue review date once stayed the light theme's #dc2626 in dark:
 * 3.9:1 on the dark background.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../support/contrast';
import { themeTokens } from '../../../support/theme-tokens';

const RISKS_CSS = readFileSync('renderer/features/risks/risks.css', 'utf8');
const APP_CSS = readFileSync('renderer/app/app.css', 'utf8');

/** The `property` of the rule whose selector is exactly `selector`, as written in risks.css or app.css. */
function declared(selector: string, property: string): string {
  const rule = `${RISKS_CSS}\n${APP_CSS}`.split('\n').find((line) => line.startsWith(`${selector} {`));
  const value = rule ? new RegExp(`[{;]\\s*${property}\\s*:\\s*([^;]+);`).exec(rule)?.[1] : undefined;
  if (!value) throw new Error(`risks.css and app.css have no '${property}' in a '${selector}' rule`);
  return value.trim();
}

/** A colour as written (var(--x), var(--x, fallback) or #hex) in `scheme`. */
function resolved(value: string, scheme: 'light' | 'dark'): string {
  const name = /^var\((--[\w-]+)(?:,[^)]*)?\)$/.exec(value)?.[1];
  return name ? (themeTokens(scheme)[name] ?? `missing ${name}`) : value;
}

/** Text that sits on the view's background or a surface; each must read on both. */
const TEXT = [
  ['.risk-table .overdue, .raid-log .overdue, .category-problem', 'overdue review or due date, category problem'],
  ['.link-button', 'risk title, linked task'],
  ['.heat-axis', 'heat map axis'],
  ['.p-values dt', 'simulation percentile'],
  ['.stale-tag', 'simulation result out of date'],
] as const;

describe('risk views\' text colours', () => {
  it('meet WCAG AA (4.5:1) on the background and surface they sit on, light and dark', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const tokens = themeTokens(scheme);
      for (const [selector, what] of TEXT) {
        const text = resolved(declared(selector, 'color'), scheme);
        for (const under of ['--bg', '--surface'] as const) {
          const ratio = Math.round(contrastRatio(text, tokens[under] ?? '') * 100) / 100;
          expect([scheme, what, under, ratio >= 4.5 ? 'AA' : ratio]).toEqual([scheme, what, under, 'AA']);
        }
      }
    }
  });

  it('takes every colour from the theme: no colour written into risks.css', () => {
    expect(RISKS_CSS.match(/#[0-9a-f]{3,8}\b|rgba?\(/gi) ?? []).toEqual([]);
  });
});
