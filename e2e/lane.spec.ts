import { expect, test, type APIRequestContext } from "@playwright/test";
import {
  apiWrite,
  type BuiltLane,
  createLane,
  createPerson,
  deployRelease,
  holdLane,
  READY_LANE,
  recordMeasurement,
} from "./factories/lanes";

// Each test builds its own lanes, so the tests of this file run side by side too.
test.describe.configure({ mode: "parallel" });

type ReadinessBody = {
  verdict: string;
  streak: number;
  reasons: { code: string; message: string; fix: string }[];
  warnings: { code: string; message: string }[];
  flags: { code: string; message: string }[];
};

// Lanes of every verdict, built through the API by this file: the page must show each reason,
// warning and flag the readiness API gives for them, whatever they are.
const CASES: { name: string; verdict: string; build: (request: APIRequestContext) => Promise<BuiltLane> }[] = [
  {
    name: "a READY lane",
    verdict: "READY",
    build: (request) => createLane(request, { ...READY_LANE, prefix: "page-ready" }),
  },
  {
    name: "a HOLD lane without plan snapshots",
    verdict: "HOLD",
    build: (request) => createLane(request, { ...holdLane("NO_PLAN_SNAPSHOTS"), prefix: "page-hold" }),
  },
  {
    name: "a lane nobody owns, with no rollback design",
    verdict: "HOLD",
    build: (request) => createLane(request, { prefix: "page-unowned", stableReleases: 1 }),
  },
  {
    name: "a STOP lane whose release breached a stop condition",
    verdict: "STOP",
    build: async (request) => {
      const lane = await createLane(request, { ...READY_LANE, stableReleases: 1, prefix: "page-stop" });
      await deployRelease(request, lane.slug, "2.0.0");
      // 4,700 ms is more than 10% over the 4,200 ms baseline.
      await recordMeasurement(request, lane.slug, "2.0.0", "p95_latency_ms", 4700);
      return lane;
    },
  },
];

for (const { name, verdict, build } of CASES) {
  test(`the lane page of ${name} shows every reason, warning and flag the readiness API gives`, async ({
    page,
    request,
  }, testInfo) => {
    const { slug } = await build(request);
    const api = await request.get(`/api/v1/lanes/${slug}/readiness`);
    expect(api.status()).toBe(200);
    const body = (await api.json()) as ReadinessBody;
    expect(body.verdict).toBe(verdict);

    await page.goto(`/lanes/${slug}`);
    const verdictCard = page.getByRole("region", { name: `Why ${body.verdict}` });
    await expect(verdictCard).toBeVisible();
    await expect(page.getByLabel(`Stable streak ${body.streak} of 2`)).toBeVisible();
    for (const reason of [...body.reasons, ...body.warnings]) {
      await expect(verdictCard.getByText(reason.message, { exact: true }).first()).toBeVisible();
    }
    for (const flag of body.flags) {
      await expect(
        page.getByRole("region", { name: "Anti-pattern flags" }).getByText(flag.message, { exact: true }),
      ).toBeVisible();
    }
    if (body.verdict === "READY") await expect(verdictCard).toContainText("Every gate rule passes");
    await page.screenshot({ path: testInfo.outputPath(`lane-${slug}.png`), fullPage: true });
  });
}

test("the lane page shows owners with their history, target versions, rollback design and releases", async ({
  page,
  request,
}) => {
  const lane = await createLane(request, { prefix: "page-owners", rollbackDesign: true });
  const [first, second] = [
    await createPerson(request, "LANE_OWNER", "Tomás Factory"),
    await createPerson(request, "LANE_OWNER", "Dmitri Factory"),
  ];
  const assign = (userId: string, reason: string) =>
    apiWrite(request, `/lanes/${lane.slug}/owners`, { role: "EXECUTOR", userId, reason });
  await assign(first.id, "Runs the hash-aggregate operators");
  await assign(second.id, "Tomás moved to the inventory lane full time.");
  await deployRelease(request, lane.slug, "2026.11.3");
  await recordMeasurement(request, lane.slug, "2026.11.3", "p95_latency_ms", 3000);

  await page.goto(`/lanes/${lane.slug}`);
  const owners = page.getByRole("region", { name: "Accountability" });
  await expect(owners.locator('[data-role="EXECUTOR"]')).toContainText("Dmitri Factory");
  await expect(owners).toContainText("Tomás Factory as executor owner");
  await expect(owners).toContainText("Tomás moved to the inventory lane full time.");
  await expect(page.getByRole("region", { name: "KPI targets and stop conditions" })).toContainText(
    "20% lower than baseline",
  );
  await expect(page.getByRole("region", { name: "Rollback design" })).toContainText("warehouse job");
  const inProgress = page.locator('[data-release="2026.11.3"]');
  await expect(inProgress).toContainText("In progress");
  await expect(inProgress.locator('[data-kpi="result_mismatches"]')).toContainText("no measurement");
});

test("an unknown lane is a clear 404 page, and the API answers with problem+json", async ({ page, request }) => {
  const response = await page.goto("/lanes/no-such-lane");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  const api = await request.get("/api/v1/lanes/no-such-lane/readiness");
  expect(api.status()).toBe(404);
  expect(api.headers()["content-type"]).toContain("application/problem+json");
  expect(await api.json()).toMatchObject({ code: "NOT_FOUND" });
  const bad = await request.get("/api/v1/lanes/Not_A_Slug/readiness");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ code: "INVALID_PARAMS", invalid_params: [{ pointer: "/params/slug" }] });
});
