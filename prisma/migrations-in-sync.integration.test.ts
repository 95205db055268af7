import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createFreshDatabase } from "@/tests/fresh-database";

// `prisma migrate diff` replays prisma/migrations into a shadow database and compares the result
// with schema.prisma: a schema change without its migration (or hand-edited SQL that drifts from
// the schema) fails here.
describe("prisma/migrations", () => {
  let shadow: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    shadow = await createFreshDatabase("lanegate_shadow", { migrate: false });
  });
  afterAll(async () => {
    await shadow.drop();
  });

  it("match schema.prisma exactly", () => {
    const run = () =>
      execFileSync(
        process.execPath,
        [
          "scripts/prisma.mjs",
          "migrate",
          "diff",
          "--from-migrations",
          "prisma/migrations",
          "--to-schema",
          "prisma/schema.prisma",
          "--exit-code",
        ],
        {
          // The CLI wants a datasource; only the shadow database is written to.
          env: { ...process.env, DATABASE_URL: inject("databaseUrl"), SHADOW_DATABASE_URL: shadow.url },
          encoding: "utf8",
          stdio: "pipe",
        },
      );
    expect(run()).toContain("No difference detected");
  });
});
