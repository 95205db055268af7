/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() from next/navigation: a page the viewer's role may not see answers 403 with
  // app/forbidden.tsx (lib/server/auth/get-viewer.ts, requireViewer).
  experimental: { authInterrupts: true },
  // Security headers on every response, static files included; the CSP (with its per-request nonce)
  // is added by proxy.ts. Kept in sync with lib/security/content-security-policy.ts (tested).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
          },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          ...(process.env.NODE_ENV === "production" && (process.env.BETTER_AUTH_URL ?? "").startsWith("https:")
            ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
            : []),
        ],
      },
    ];
  },
};

export default nextConfig;
