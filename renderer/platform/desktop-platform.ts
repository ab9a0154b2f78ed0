import type { DesktopApi } from './contract';
import type { Platform } from './platform';

declare global {
  interface Window {
    /** Present only inside the Electron app (electron/preload.ts). */
    readonly plotline?: DesktopApi;
  }
}

/** The Platform over the preload's API; a thin adapter, all validation lives in main. */
export function createDesktopPlatform(api: DesktopApi): Platform {
  const info = api.appInfo();
  return {
    isDesktop: true,
    appVersion: info.version,
    os: info.os,
    capabilities: { hasNativeMenu: true, snapshots: 'disk', printToPdf: true, recentFiles: true },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    setMenuState: (state) => api.setMenuState(state),
    openFile: () => api.openFileDialog(),
    onFileOpened: (listener) => subscribeToOpenedFiles(api, listener),
    saveFile: (request) => api.saveFile(request),
    recentFiles: () => api.listRecentFiles(),
    openRecent: (path) => api.openRecentFile(path),
    writeSnapshot: (request) => api.writeSnapshot(request),
    listSnapshots: (projectId) => api.listSnapshots(projectId ?? null),
    readSnapshot: (ref) => api.readSnapshot(ref),
    printToPdf: (options) => api.printToPdf(options),
    printHtmlToPdf: (request) => api.printHtmlToPdf(request),
    setFullScreen: (on) => api.setFullScreen(on),
    onFullScreenChanged: (listener) => api.onFullScreenChanged(listener),
    onCloseRequested: (finish) => api.onCloseRequested(() => {
      // Confirm whatever happens: a failed snapshot must not keep the window open.
      void finish()
        .catch((error: unknown) => console.warn('Last snapshot before closing failed:', error))
        .finally(() => void api.confirmClose());
    }),
  };
}

/**
 * Subscribe first, then drain what main queued before anyone listened (a file double-clicked to
 * launch the app arrives long before React mounts). The order means nothing is lost in between.
 */
function subscribeToOpenedFiles(api: DesktopApi, listener: Parameters<Platform['onFileOpened']>[0]): () => void {
  let isActive = true;
  const unsubscribe = api.onFileOpened(listener);
  void api.takePendingFiles().then((pending) => {
    for (const outcome of pending) if (isActive) listener(outcome);
  });
  return () => {
    isActive = false;
    unsubscribe();
  };
}
