import { createBrowserPlatform } from './browser-platform';
import { createDesktopPlatform } from './desktop-platform';
import type { Platform } from './platform';

export * from './platform';
export { createBrowserPlatform } from './browser-platform';
export { createDesktopPlatform } from './desktop-platform';

let current: Platform | undefined;

/** The platform for this page: desktop when the preload exposed window.plotline, else the browser. */
export function getPlatform(): Platform {
  current ??= window.plotline === undefined ? createBrowserPlatform() : createDesktopPlatform(window.plotline);
  return current;
}
