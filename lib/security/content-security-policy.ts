/**
 * The Content-Security-Policy for every page and API response. Scripts need the per-request nonce
 * ('strict-dynamic' lets Next's own chunks load); no 'unsafe-eval' outside `next dev`, where React
 * needs it for error overlays. Styles allow 'unsafe-inline' because React and Recharts set style
 * attributes, which nonces cannot cover; style injection cannot run script.
 */
export function contentSecurityPolicy(nonce: string, isDev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
