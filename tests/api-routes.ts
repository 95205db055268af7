// Every /api/v1 route file and the methods it exports, read from app/api/v1 (the routes as built).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const apiDir = path.join(root, "app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

export type ApiRouteFile = { key: string; file: string; method: (typeof METHODS)[number] };

/** Every method of every route file, keyed like "POST /api/v1/lanes/[slug]/releases", sorted by key. */
export function discoverApiRoutes(): ApiRouteFile[] {
  const out: ApiRouteFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const src = readFileSync(full, "utf8");
        const route = `/api/v1/${path.relative(apiDir, dir).split(path.sep).join("/")}`.replace(/\/$/, "");
        for (const method of METHODS)
          if (
            new RegExp(`export\\s+(const|async\\s+function|function)\\s+${method}\\b`).test(src) ||
            new RegExp(`export\\s*\\{[^}]*\\b${method}\\b`).test(src)
          )
            out.push({ key: `${method} ${route}`, file: full, method });
      }
    }
  };
  walk(apiDir);
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Keys like "POST /api/v1/lanes/[slug]/releases", sorted. */
export const listApiRoutes = (): string[] => discoverApiRoutes().map((r) => r.key);
