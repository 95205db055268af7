// Every /api/v1 route file and the methods it exports, read from app/api/v1 (the routes as built).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const apiDir = path.join(root, "app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Keys like "POST /api/v1/lanes/[slug]/releases", sorted. */
export function listApiRoutes(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const src = readFileSync(full, "utf8");
        const route = `/api/v1/${path.relative(apiDir, dir).split(path.sep).join("/")}`.replace(/\/$/, "");
        for (const m of METHODS)
          if (new RegExp(`export\\s+(const|async\\s+function|function)\\s+${m}\\b`).test(src))
            out.push(`${m} ${route}`);
      }
    }
  };
  walk(apiDir);
  return out.sort();
}
