/**
 * Applies the theme to <html data-theme>: the OS choice by default (following its changes live),
 * or a forced light/dark from the top bar or View → Toggle theme.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useUi } from '../store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function effectiveTheme(theme: 'system' | 'light' | 'dark'): 'light' | 'dark' {
  if (theme !== 'system') return theme;
  return isSystemSchemeDark() ? 'dark' : 'light';
}

/** Sets data-theme before the first paint, so a dark OS never flashes a light window. */
export function applyTheme(theme: 'system' | 'light' | 'dark'): void {
  document.documentElement.dataset['theme'] = effectiveTheme(theme);
}

/**
 * The theme on screen: the one picked, or the OS's while following it. Components that name the
 * theme (the top bar's button) re-render when the OS switches, as the page does.
 */
export function useShownTheme(): 'light' | 'dark' {
  const theme = useUi((s) => s.theme);
  const isSystemDark = useSyncExternalStore(followSystemScheme, isSystemSchemeDark);
  if (theme !== 'system') return theme;
  return isSystemDark ? 'dark' : 'light';
}

function followSystemScheme(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function isSystemSchemeDark(): boolean {
  return window.matchMedia(DARK_QUERY).matches;
}

export function useTheme(): void {
  const shown = useShownTheme();
  useEffect(() => { document.documentElement.dataset['theme'] = shown; }, [shown]);
}
