import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { withCspMeta } from './electron/csp';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./renderer'),
  // Relative asset URLs: the same build is served from app://plotline/ (Electron) and http://localhost (e2e).
  base: './',
  publicDir: false,
  // The CSP meta tag comes from the same constant as the desktop's header (electron/csp.ts).
  plugins: [react(), { name: 'plotline-csp', transformIndexHtml: (html: string) => withCspMeta(html) }],
  resolve: {
    alias: {
      // frappe-gantt's package.json "exports" does not expose its stylesheet.
      'frappe-gantt/style.css': here('./node_modules/frappe-gantt/dist/frappe-gantt.css'),
      '@assets': here('./assets'),
    },
  },
  build: {
    outDir: here('./dist/renderer'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
});
