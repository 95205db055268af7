import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isPublicPage } from "@/lib/domain/auth/is-public-path";

// Structural guard for pages: proxy.ts already refuses an invalid session before any page renders;
// on top of that, every non-public page must start with `await requireViewer(...)`, which applies
// the page's permission (the same policy as the API) before anything is read. A new page that
// forgets it fails here.
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../app");

function pages(): { route: string; file: string }[] {
  return readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.split(path.sep).at(-1) === "page.tsx")
    .map((f) => {
      const dir = path.dirname(f).split(path.sep).join("/");
      // A sample URL for the route: dynamic segments get a placeholder value.
      const route = dir === "." ? "/" : `/${dir.replace(/\[[^\]]+\]/g, "x")}`;
      return { route, file: path.join(appDir, f) };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

describe("every page checks its viewer before it reads anything", () => {
  const all = pages();

  it("finds the pages", () => {
    expect(all.length).toBeGreaterThan(8);
  });

  for (const { route, file } of all.filter((p) => !isPublicPage(p.route))) {
    it(`${route} starts with await requireViewer(...)`, () => {
      const src = readFileSync(file, "utf8");
      const start = src.search(/export default async function \w+\([^)]*\)[^{]*\{/);
      expect(start, "the page's default export must be an async function").toBeGreaterThanOrEqual(0);
      const body = src.slice(start);
      const firstAwait = body.search(/\bawait\b/);
      expect(body.slice(firstAwait), "the first await of the page must be requireViewer").toMatch(
        /^await requireViewer\(/,
      );
      // generateMetadata runs beside the page: it may use the URL, never the database.
      const meta = src.search(/export async function generateMetadata/);
      if (meta >= 0) expect(src.slice(meta, start > meta ? start : undefined)).not.toMatch(/getDb|db\./);
    });
  }
});
