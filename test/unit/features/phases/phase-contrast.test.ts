/**
 * Text drawn on a phase's colour reads: WCAG AA asks 4.5:1 for text of a chip's size (11 px).
 * A board card's phase chip drew white on every phase, about 2:1 on amber and 2.8:1 on sky. The
 * fixed phases' chips are read from board.css as written and resolved in each theme from
 * theme.css; a phase object's chip takes its text from phaseTextColour, checked on every colour
 * a plan gets by default (the palette, the standard phases) and on every #rgb colour a plan file
 * may carry. The Gantt's phase band writes the theme's text on a tint of the phase's colour
 * (gantt.css), checked likewise.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PHASES, STANDARD_PHASES, type LifecyclePhase, type PhaseId } from '../../../../renderer/domain/model';
import { parseRgb } from '../../../../renderer/features/shared/contrast';
import { PHASE_PALETTE, phaseTextColour } from '../../../../renderer/features/phases/phase-text';
import { contrastRatio } from '../../../support/contrast';
import { themeTokens, type ThemeScheme } from '../../../support/theme-tokens';

const BOARD_CSS = readFileSync('renderer/features/board/board.css', 'utf8');
/** With a rule written over several lines on one line, as `declared` reads rules. */
const GANTT_CSS = readFileSync('renderer/features/gantt/gantt.css', 'utf8').replace(/([{;])\n\s+/g, '$1 ');
const SCHEMES = ['light', 'dark'] as const;
const AA = 4.5;

/** The `property` of the rule whose selector is exactly `selector` in `css`, as written; null without one. */
function declaredIn(css: string, selector: string, property: string): string | null {
  const rule = css.split('\n').find((line) => line.startsWith(`${selector} {`));
  const value = rule ? new RegExp(`[{;]\\s*${property}\\s*:\\s*([^;]+);`).exec(rule)?.[1] : undefined;
  return value?.trim() ?? null;
}

function declared(css: string, selector: string, property: string): string {
  const value = declaredIn(css, selector, property);
  if (value === null) throw new Error(`no '${property}' in a '${selector}' rule`);
  return value;
}

/** A colour as written (var(--x) or #hex) in `scheme`. */
function resolved(value: string, scheme: ThemeScheme): string {
  const name = /^var\((--[\w-]+)\)$/.exec(value)?.[1];
  return name ? (themeTokens(scheme)[name] ?? `missing ${name}`) : value;
}

const ratio = (a: string, b: string): number => Math.round(contrastRatio(a, b) * 100) / 100;
const phaseObject = (colour: string): LifecyclePhase => ({ id: 'p' as PhaseId, name: 'Phase', order: 0, colour });
const DEFAULT_FILLS = [...new Set([...PHASE_PALETTE, ...STANDARD_PHASES.map((p) => p.colour)])];

describe('text on a phase\'s colour', () => {
  it('reads (4.5:1) on a board card\'s chip for each of the five fixed phases, light and dark', () => {
    for (const scheme of SCHEMES) {
      for (const phase of PHASES) {
        const selector = `.board-card__tags .chip--phase.phase--${phase}`;
        const fill = resolved(declared(BOARD_CSS, selector, 'background'), scheme);
        // The phase's own rule, else every phase chip's (as the cascade gives it).
        const text = resolved(declaredIn(BOARD_CSS, selector, 'color') ?? declared(BOARD_CSS, '.board-card__tags .chip--phase', 'color'), scheme);
        const measured = ratio(fill, text);
        expect([scheme, phase, fill, text, measured >= AA ? 'AA' : measured]).toEqual([scheme, phase, fill, text, 'AA']);
      }
    }
  });

  it('reads on a phase object\'s chip in each default colour, and on any #rgb colour a plan file carries', () => {
    for (const fill of DEFAULT_FILLS) {
      const measured = ratio(fill, phaseTextColour(phaseObject(fill)));
      expect([fill, measured >= AA ? 'AA' : measured]).toEqual([fill, 'AA']);
    }
    const failing: string[] = [];
    for (let n = 0; n < 4096; n++) {
      const fill = `#${n.toString(16).padStart(3, '0')}`;
      if (contrastRatio(fill, phaseTextColour(phaseObject(fill))) < AA) failing.push(fill);
    }
    expect(failing).toEqual([]);
  });

  it('keeps white on the fills where white reads, and white for a colour it cannot measure', () => {
    expect(phaseTextColour(phaseObject('#4f46e5'))).toBe('#ffffff');
    expect(phaseTextColour(phaseObject('#f59e0b'))).toBe('#000000');
    expect(phaseTextColour(phaseObject('rgb(14, 165, 233)'))).toBe('#000000');
    expect(phaseTextColour(phaseObject('rebeccapurple'))).toBe('#ffffff');
  });

  it('reads in the Gantt\'s phase band: the theme\'s text on its tint of the phase\'s colour, light and dark', () => {
    const background = declared(GANTT_CSS, '.gl-phase-band', 'background');
    const mix = /^color-mix\(in srgb, var\(--phase-colour\) (\d+)%, (var\(--[\w-]+\))\)$/.exec(background);
    if (!mix?.[1] || !mix[2]) throw new Error(`the band's background is no longer a tint: ${background}`);
    const share = Number(mix[1]) / 100;
    for (const scheme of SCHEMES) {
      const under = parseRgb(resolved(mix[2], scheme));
      const text = resolved(declared(GANTT_CSS, '.gl-phase-band', 'color'), scheme);
      for (const fill of DEFAULT_FILLS) {
        const phase = parseRgb(fill);
        if (!phase || !under) throw new Error(`unreadable ${fill}`);
        const tint = `rgb(${phase.map((c, i) => String(Math.round(c * share + (under[i] ?? 0) * (1 - share)))).join(', ')})`;
        const measured = ratio(tint, text);
        expect([scheme, fill, measured >= AA ? 'AA' : measured]).toEqual([scheme, fill, 'AA']);
      }
    }
  });
});
