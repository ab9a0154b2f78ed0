/** The colour a theme variable paints, as the browser computes it (rgb(…)), for checking what a person sees against the theme. */
import type { Page } from 'playwright-core';

export const themeColour = (page: Page, variable: string): Promise<string> => page.evaluate((name) => {
  const probe = document.createElement('div');
  probe.style.backgroundColor = `var(${name})`;
  document.body.append(probe);
  const colour = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return colour;
}, variable);
