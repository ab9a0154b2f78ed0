/**
 * The Content Security Policy, in one place: main sends it as a header on every app:// response
 * (electron/main/protocol.ts) and the build writes the same policy into index.html's meta tag
 * (vite.config.ts), so the browser build and the desktop enforce one policy.
 * 'unsafe-inline' styles only: React and the Gantt set style attributes; scripts stay 'self'.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
] as const;

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** Browsers ignore frame-ancestors in a meta tag (and warn about it); the header carries it. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

/** The placeholder index.html carries where the build writes the policy. */
export const CSP_PLACEHOLDER = '__PLOTLINE_CSP__';

/** index.html with the meta tag's policy filled in; throws when the placeholder is missing (a build bug). */
export function withCspMeta(html: string): string {
  if (!html.includes(CSP_PLACEHOLDER)) throw new Error(`index.html has no ${CSP_PLACEHOLDER} placeholder for the CSP meta tag`);
  return html.replace(CSP_PLACEHOLDER, META_CONTENT_SECURITY_POLICY);
}
