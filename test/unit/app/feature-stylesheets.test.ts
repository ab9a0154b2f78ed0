/**
 * Every view's stylesheet ends up in one CSS bundle, so a rule at the top level of a feature's
 * stylesheet styles that class wherever it appears. A class that several features use (an icon
 * button, a chip) then looked right in another view only because the owning feature happened to be
 * bundled, and changed with that feature's file. Shared classes live in app.css; a feature's
 * stylesheet styles only what that feature's components (and the components importing it) use.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = 'renderer';

function filesUnder(dir: string, ending: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ending))
    .map((name) => join(dir, name));
}

const COMPONENTS = filesUnder(RENDERER, '.tsx').map((path) => ({ path, source: readFileSync(path, 'utf8') }));

/** The classes a component names in a className attribute: its string literals, and a template's text outside ${}. */
function classesOf(source: string): Set<string> {
  const words: string[] = [];
  for (const attribute of source.matchAll(/className=(?:"([^"]*)"|\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\})/g)) {
    const expression = attribute[2] ?? `'${attribute[1] ?? ''}'`;
    for (const quoted of expression.matchAll(/'([^']*)'|"([^"]*)"/g)) words.push(...(quoted[1] ?? quoted[2] ?? '').split(/\s+/));
    for (const template of expression.matchAll(/`([^`]*)`/g)) words.push(...(template[1] ?? '').replace(/\$\{[^}]*\}/g, ' ').split(/\s+/));
  }
  return new Set(words.filter((word) => /^[a-z][\w-]*$/i.test(word)));
}

/**
 * For each rule, the classes an element and its ancestors must carry for it to apply: every class
 * its selector names, but those inside :not() (`.issues-table .stacked` gives [issues-table, stacked]).
 * A component that uses all of them is styled by the rule; one that lacks any is not.
 */
function selectorClasses(css: string): string[][] {
  const selectors = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\{[^{}]*\}/g, '\n').split(/[\n,]/);
  const found: string[][] = [];
  for (const raw of selectors) {
    const selector = raw.replace(/@[^{]*\{/g, '').replace(/\}/g, '').replace(/:not\([^)]*\)|\[[^\]]*\]/g, '');
    const classes = [...selector.matchAll(/\.([a-z][\w-]*)/gi)].map((m) => m[1] ?? '');
    if (classes.length > 0) found.push(classes);
  }
  return found;
}

/** The feature folders a stylesheet belongs to: its own and those of the components importing it. */
function owners(stylesheet: string): Set<string> {
  const importers = COMPONENTS.filter(({ path, source }) =>
    [...source.matchAll(/import '(\.[^']+\.css)'/g)].some((m) => join(dirname(path), m[1] ?? '') === stylesheet));
  return new Set([dirname(stylesheet), ...importers.map(({ path }) => dirname(path))]);
}

/** "features/board/board.css styles .chip" for each rule that also styles another feature's component. */
function leaks(stylesheet: string): string[] {
  const owning = owners(stylesheet);
  const found = new Set<string>();
  for (const classes of selectorClasses(readFileSync(stylesheet, 'utf8'))) {
    const isUsedElsewhere = COMPONENTS.some(({ path, source }) => !owning.has(dirname(path)) && classes.every((c) => classesOf(source).has(c)));
    if (isUsedElsewhere) found.add(`${relative(RENDERER, stylesheet)} styles .${classes.join('.')}`);
  }
  return [...found];
}

describe('feature stylesheets', () => {
  it('are read the way this test means (its parsers)', () => {
    expect(classesOf('<b className="icon-button tiny" /><i className={`chip ${gap ? \'gap\' : \'\'}`} />')).toEqual(new Set(['icon-button', 'tiny', 'chip', 'gap']));
    expect(selectorClasses('.a, .b.c:hover > .d { x: 1 }\n@media (max-width: 9px) { .e:not(.g) .f { y: 2 } }')).toEqual([['a'], ['b', 'c', 'd'], ['e', 'f']]);
    expect(owners('renderer/features/risks/risks.css')).toEqual(new Set(['renderer/features/risks', 'renderer/features/changes']));
  });

  it('style only their own feature\'s components: a class other views use (.icon-button, .chip, .add-line) is in app.css', () => {
    expect(filesUnder(join(RENDERER, 'features'), '.css').flatMap(leaks)).toEqual([]);
  });
});
