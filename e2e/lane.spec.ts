import { expect, test } from "@playwright/test";

type ReadinessBody = {
  verdict: string;
  streak: number;
  reasons: { code: string; message: string; fix: string }[];
  warnings: { code: string; message: string }[];
  flags: { code: string; message: string }[];
};

for (const slug of [
  "clickstream-sessionization",
  "inventory-snapshot-etl",
  "customer-360-enrichment",
  "nightly-revenue-rollup",
]) {
  test(`the lane page of ${slug} shows every reason, warning and flag the readiness API gives`, async ({
    page,
    request,
  }, testInfo) => {
    const api = await request.get(`/api/v1/lanes/${slug}/readiness`);
    expect(api.status()).toBe(200);
    const body = (await api.json()) as ReadinessBody;

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
}) => {
  await page.goto("/lanes/customer-360-enrichment");
  const owners = page.getByRole("region", { name: "Accountability" });
  await expect(owners.locator('[data-role="EXECUTOR"]')).toContainText("Dmitri Volkov");
  await expect(owners).toContainText("Tomás Rivera as executor owner");
  await expect(owners).toContainText("Tomás moved to the inventory lane full time.");
  await expect(page.getByRole("region", { name: "KPI targets and stop conditions" })).toContainText(
    "20% lower than baseline",
  );
  await expect(page.getByRole("region", { name: "Rollback design" })).toContainText(
    "dbt Cloud job customer_360_hourly",
  );
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
