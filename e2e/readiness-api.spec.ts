// The readiness API as a deployment pipeline polls it: answered from the lane's stored readiness
// with an ETag, 304 while nothing changed, a new answer and tag after any change to the lane.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { createLaneAsLead, holdLane } from "./factories/lanes";
import { asPipeline, insertPipelineToken } from "./support/pipeline-token";

const PLAN = new URL("../tests/fixtures/datafusion/plans/indent-explain-1.txt", import.meta.url);

test.use(asPipeline);
test.beforeAll(insertPipelineToken);

test("an unchanged lane answers 304 to its ETag; a change gives a new answer and a new tag", async ({ request }) => {
  const lane = await createLaneAsLead(holdLane("NO_PLAN_SNAPSHOTS"));
  const url = `/api/v1/lanes/${lane.slug}/readiness`;
  const first = await request.get(url);
  expect(first.status()).toBe(200);
  const etag = first.headers()["etag"] ?? "";
  expect(etag).toMatch(/^W\/"r\.[\w-]+\.\d+"$/);
  expect(first.headers()["cache-control"]).toBe("private, no-cache");
  const body = await first.json();
  expect(body).toMatchObject({ lane: { slug: lane.slug }, verdict: "HOLD", streak: 2 });
  expect(body.reasons.map((r: { code: string }) => r.code)).toEqual(["NO_PLAN_SNAPSHOTS"]);
  expect(body.releases.map((r: { versionLabel: string; status: string }) => [r.versionLabel, r.status])).toEqual([
    ["1.1.0", "STABLE"],
    ["1.0.0", "STABLE"],
  ]);

  const same = await request.get(url, { headers: { "if-none-match": etag } });
  expect(same.status()).toBe(304);
  expect(await same.text()).toBe("");
  expect(same.headers()["etag"]).toBe(etag);
  // A list of tags, or the strong form of the same tag, matches too; another tag does not.
  expect((await request.get(url, { headers: { "if-none-match": `W/"x", ${etag}` } })).status()).toBe(304);
  expect((await request.get(url, { headers: { "if-none-match": 'W/"r.other.1"' } })).status()).toBe(200);

  // The plan the lane lacked: the stored readiness is rewritten with the change, so the tag moves.
  const plan = await request.post(`/api/v1/lanes/${lane.slug}/plans`, {
    // A plan DataFusion printed (tests/fixtures/datafusion/README.md says which version).
    data: { queryName: "revenue_by_region", text: readFileSync(PLAN, "utf8") },
  });
  expect(plan.status()).toBe(201);
  const after = await request.get(url, { headers: { "if-none-match": etag } });
  expect(after.status()).toBe(200);
  expect(after.headers()["etag"]).not.toBe(etag);
  expect(await after.json()).toMatchObject({ verdict: "READY", reasons: [] });

  // With its history the answer is always whole (it names people as they are named now).
  const history = await request.get(`${url}?history=1`, { headers: { "if-none-match": etag } });
  expect(history.status()).toBe(200);
  expect(history.headers()["etag"]).toBeUndefined();
  expect((await history.json()).history.length).toBeGreaterThan(0);
});
