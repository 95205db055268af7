// A clone must pass its own tests with nothing beside it: no file of the repository may read, link
// or point at a path outside it (the design notes and sample folders some machines keep next to the
// checkout included). Fixtures the tests need live in tests/fixtures, the rules in docs/.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const SKIPPED_DIRS = new Set([
  "node_modules",
  ".git",
  ".next",
  ".data",
  "test-results",
  "playwright-report",
  "bench-results",
  "generated",
  "fixtures",
]);
const TEXT_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs|json|md|yml|yaml|sh|css|sql|prisma)$|^run$/;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIPPED_DIRS.has(name)) return [];
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return listFiles(full);
    return TEXT_FILE.test(name) && name !== "package-lock.json" ? [full] : [];
  });
}

/** A path literal or Markdown link target that, read from `file`'s folder, ends outside the repository. */
export function findEscapingPaths(file: string, text: string): string[] {
  const dir = path.dirname(file);
  const candidates = [
    ...text.matchAll(/["'`]((?:\.\.\/)+[^"'`\s]*)["'`]/g),
    ...text.matchAll(/\]\(((?:\.\.\/)+[^)\s]*)\)/g),
  ].map((m) => m[1] as string);
  return candidates.filter((candidate) => {
    const relative = path.relative(root, path.resolve(dir, candidate));
    return relative === ".." || relative.startsWith(`..${path.sep}`);
  });
}

/** Names of things that only exist beside some checkouts, never in a clone. */
const OUTSIDE_NAMES = [
  /\.\.\/shared\b/,
  /\/work\/shared\b/,
  /datafusion-samples/,
  /shared\/DESIGN\.md/,
  /shared\/notes/,
];

describe("the repository stands alone", () => {
  // This file spells out the forbidden paths on purpose.
  const files = listFiles(root).filter((file) => file !== fileURLToPath(import.meta.url));

  it("finds the files it checks", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain(path.join(root, "README.md"));
  });

  it("no file names a folder that lives beside the repository", () => {
    const offenders = files.flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return OUTSIDE_NAMES.filter((re) => re.test(text)).map((re) => `${path.relative(root, file)}: ${re.source}`);
    });
    expect(offenders).toEqual([]);
  });

  it("no relative path in code or docs leaves the repository", () => {
    const offenders = files.flatMap((file) =>
      findEscapingPaths(file, readFileSync(file, "utf8")).map((p) => `${path.relative(root, file)}: ${p}`),
    );
    expect(offenders).toEqual([]);
  });

  it("catches the ways a path can leave it", () => {
    const file = path.join(root, "lib/domain/plans/x.test.ts");
    // The sibling folder's name is put together here, so this file does not name it literally.
    const sibling = ["..", "shared"].join("/");
    expect(findEscapingPaths(file, `new URL("../../../${sibling}/x/", import.meta.url)`)).toHaveLength(1);
    expect(findEscapingPaths(file, `new URL("../../../tests/fixtures/", import.meta.url)`)).toEqual([]);
    expect(findEscapingPaths(path.join(root, "README.md"), `see [design](${sibling}/DESIGN.md)`)).toHaveLength(1);
  });
});
