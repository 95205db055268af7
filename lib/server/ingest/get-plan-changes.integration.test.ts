import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { diffExplains } from "@/lib/domain/plans/diff-explains";
import * as parser from "@/lib/domain/plans/parse-explain";
import { createTestDb, uniqueSlug } from "@/tests/test-db";
import { getPlanChanges } from "@/lib/server/ingest/get-plan-changes";
import { TEST_TEAM } from "@/tests/test-team";

// The real parser, watched: identical texts must never reach it.
vi.mock("@/lib/domain/plans/parse-explain", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/domain/plans/parse-explain")>();
  return { ...actual, parseExplain: vi.fn(actual.parseExplain) };
});

const { db, counter } = createTestDb();
const plan = (file: string) => readFileSync(path.join(process.cwd(), "tests/fixtures/datafusion/plans", file), "utf8");
const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 25);

/** A lane whose two releases pushed `before` then `after` for query q1 (and a padded copy for q2). */
async function laneWithPlans(before: string, after: string) {
  const lane = await db.lane.create({
    data: {
      slug: uniqueSlug("pc"),
      name: `Plans ${uniqueSlug("n")}`,
      workload: "w",
      team: TEST_TEAM,
      engineVersion: "53",
    },
  });
  for (const [i, text] of [before, after].entries()) {
    const release = await db.release.create({
      data: { laneId: lane.id, versionLabel: `r${i}`, engineVersion: "53", deployedAt: new Date(now - (10 - i) * DAY) },
    });
    await db.planSnapshot.createMany({
      data: ["q1", "q2"].map((queryName, q) => ({
        laneId: lane.id,
        releaseId: release.id,
        queryName,
        rawText: text,
        capturedAt: new Date(now - (10 - i) * DAY + q * 1000),
      })),
    });
  }
  return lane;
}

const timed = async () => {
  const before = counter.queries;
  const changes = await getPlanChanges({ db });
  return { changes, queries: counter.queries - before };
};

describe("getPlanChanges", () => {
  beforeEach(() => vi.mocked(parser.parseExplain).mockClear());
  afterAll(async () => {
    await db.$disconnect();
  });

  it("reports byte-identical re-pushed plans as unchanged without parsing them", async () => {
    const text = plan("indent-tpch_plans_q9-2.txt");
    const lane = await laneWithPlans(text, text);
    const { changes } = await timed();
    expect(changes.find((c) => c.slug === lane.slug)).toBeUndefined();
    const parsedTexts = vi.mocked(parser.parseExplain).mock.calls.map(([raw]) => raw);
    expect(parsedTexts).not.toContain(text);
  });

  it("finds a real change, as diffExplains does, and answers the next load from its caches", async () => {
    const [before, after] = [plan("indent-tpch_plans_q5-2.txt"), plan("indent-tpch_plans_q5-3.txt")];
    const lane = await laneWithPlans(before, after);
    const cold = await timed();
    const direct = diffExplains(parser.parseExplain(before), parser.parseExplain(after));
    expect(cold.changes.find((c) => c.slug === lane.slug)).toEqual({
      slug: lane.slug,
      name: lane.name,
      releaseLabel: "r1",
      queries: ["q1", "q2"].map((queryName) => ({ queryName, summary: direct.summary.slice(0, 2) })),
    });

    vi.mocked(parser.parseExplain).mockClear();
    const warm = await timed();
    expect(warm.changes).toEqual(cold.changes);
    // Nothing new was pushed: the same one read as the cold load, and the pairs come from the cache
    // keyed by the texts' hashes: no parse.
    expect(warm.queries).toBe(cold.queries);
    expect(parser.parseExplain).not.toHaveBeenCalled();
  });
});
