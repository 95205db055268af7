import { afterAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/tests/test-db";
import { createTestLane } from "@/tests/factories/lanes";
import { EVALUATION_BATCH, loadEvaluatedLanes, mapEvaluatedLanes } from "@/lib/server/lanes/load-evaluated-lanes";

const { db } = createTestDb();

afterAll(async () => {
  await db.$disconnect();
});

describe("mapEvaluatedLanes", () => {
  it("gives what one whole load gives, lane by lane in name order, however the lanes are batched", async () => {
    const lanes = [
      await createTestLane(db, { stage: "PRODUCTION", ready: true }),
      await createTestLane(db, {}),
      await createTestLane(db, { stage: "CANARY", ready: true }),
      await createTestLane(db, {}),
      await createTestLane(db, { stage: "SHADOW" }),
    ];
    const where = { id: { in: lanes.map((l) => l.id) } };
    const now = new Date();
    const judge = ({ row, evaluation }: Awaited<ReturnType<typeof loadEvaluatedLanes>>[number]) => ({
      slug: row.slug,
      stage: row.stage,
      verdict: evaluation.verdict,
      streak: evaluation.streak,
      reasons: evaluation.reasons.map((r) => r.code),
      releases: evaluation.releases.length,
    });
    const whole = (await loadEvaluatedLanes({ db, where, now })).map(judge);
    expect(whole).toHaveLength(5);
    expect(new Set(whole.map((l) => l.verdict)).size).toBeGreaterThan(1);
    for (const batchSize of [1, 2, 3, 5, EVALUATION_BATCH]) {
      expect(await mapEvaluatedLanes({ db, where, now, map: judge, batchSize }), `batches of ${batchSize}`).toEqual(
        whole,
      );
    }
  });
});
