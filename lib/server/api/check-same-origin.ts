import "server-only";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/server/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF defence for cookie-authenticated writes: the browser must say the request comes from our own
 * origin (Sec-Fetch-Site, else Origin). SameSite=Lax cookies already stop most cross-site posts;
 * this also stops same-site subdomains and old browsers. Bearer-token requests carry no ambient
 * credentials, so they are exempt (the caller decides).
 */
export function checkSameOrigin(req: Request): void {
  if (SAFE_METHODS.has(req.method)) return;
  const fetchSite = req.headers.get("sec-fetch-site");
  if (fetchSite === "same-origin") return;
  const origin = req.headers.get("origin");
  if (!fetchSite || fetchSite === "none") {
    if (origin && allowedOrigins(req).has(origin)) return;
  }
  throw new AppError("CSRF_REJECTED", "This change was not sent from Lanegate itself, so it was refused.", {
    fix: "Make the change from the Lanegate pages, or call the API with `Authorization: Bearer lg_...` instead of a session cookie.",
  });
}

// Next normalises 127.0.0.1 to localhost in req.url, so the Host header the browser used counts too.
function allowedOrigins(req: Request): Set<string> {
  const url = new URL(req.url);
  const origins = new Set([url.origin]);
  const host = req.headers.get("host");
  if (host) origins.add(`${url.protocol}//${host}`);
  const configured = getEnv().BETTER_AUTH_URL;
  if (configured) origins.add(new URL(configured).origin);
  return origins;
}
