/**
 * Applies the theme to <html data-theme>: the OS choice by default (following its changes live),
 * or a forced light/dark from the top bar or View → Toggle theme.
 */
import { useEffect } from 'react';
import { useUi } from '../store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function effectiveTheme(theme: 'system' | 'light' | 'dark'): 'light' | 'dark' {
  if (theme !== 'system') return theme;
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/** Sets data-theme before the first paint, so a dark OS never flashes a light window. */
export function applyTheme(theme: 'system' | 'light' | 'dark'): void {
  document.documentElement.dataset['theme'] = effectiveTheme(theme);
}

export function useTheme(): void {
  const theme = useUi((s) => s.theme);
  useEffect(() => {
    applyTheme(theme);
    if (theme !== 'system') return;
    const query = window.matchMedia(DARK_QUERY);
    const follow = (): void => applyTheme('system');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [theme]);
}
