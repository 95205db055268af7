import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { formatQuantity } from "@/lib/domain/format/format-quantity";
import { DEMO_LANES, type DemoRelease } from "@/lib/server/seed/demo-lanes";
import { sameOrigin } from "./support/same-origin";
import { apiWrite, createLane, createPerson, holdLane, uniqueSlug } from "./factories/lanes";

test.use(sameOrigin);

// The charts' tests are about the demo seed (its counted values, incidents and recovery times) and
// only read the seeded lanes; the tests that write build lanes of their own.

// Charts, axe scans and full-page screenshots are slow on a shared 2-core runner.
test.describe.configure({ timeout: 120_000 });

/** The counted value of a KPI in the seed: latest non-synthetic, non-invalidated measurement. */
function seededCountedValue(release: DemoRelease, kpiKey: string): number | null {
  const counting = release.measurements
    .filter((m) => m.kpiKey === kpiKey && m.source !== "SYNTHETIC" && !m.invalidated)
    .sort((a, b) => a.daysAgo - b.daysAgo)[0];
  return counting?.value ?? null;
}

/** Opens a chart's text alternative and returns its body rows as text cells. */
async function chartTable(page: Page, chartId: string): Promise<{ chart: Locator; rows: string[][] }> {
  const chart = page.locator(`figure[data-chart="${chartId}"]`);
  await expect(chart).toBeVisible();
  await chart.getByText("Show data table").click();
  const table = chart.getByRole("table");
  await expect(table).toBeVisible();
  const rows = await table
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? "").trim())));
  return { chart, rows };
}

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

for (const lane of DEMO_LANES.filter((l) => l.releases.length > 0)) {
  test(`the KPI charts of ${lane.slug} show the seeded counted values per release, oldest first`, async ({ page }) => {
    await page.goto(`/lanes/${lane.slug}`);
    const releases = [...lane.releases].sort((a, b) => b.deployedDaysAgo - a.deployedDaysAgo);
    for (const target of lane.targets) {
      const { chart, rows } = await chartTable(page, `kpi-${target.kpiKey}`);
      await expect(chart.locator(".recharts-surface").first()).toBeVisible();
      expect(rows.map((r) => r[0])).toEqual(releases.map((r) => r.label));
      expect(rows.map((r) => r[1])).toEqual(
        releases.map((r) => {
          const v = seededCountedValue(r, target.kpiKey);
          return v === null ? "—" : formatQuantity({ value: v, unit: target.unit });
        }),
      );
    }
  });
}

test("synthetic and superseded measurements are listed apart and never drawn as the counted value", async ({
  page,
}) => {
  await page.goto("/lanes/nightly-revenue-rollup");
  const { chart, rows } = await chartTable(page, "kpi-p95_latency_ms");
  expect(rows.find((r) => r[0] === "2026.10.1")).toEqual([
    "2026.10.1",
    "3,240 ms",
    "4,200 ms",
    "3,360 ms",
    "4,620 ms",
    "3,390 ms (synthetic)",
    "22.9% better",
  ]);
  expect(rows.find((r) => r[0] === "2026.11.1")?.[5]).toBe("3,650 ms (superseded)");
  for (const legend of [
    "Counted value",
    "Baseline",
    "Target",
    "Stop threshold",
    "Synthetic (not counted)",
    "Superseded (not counted)",
  ]) {
    await expect(chart.getByRole("list", { name: "Legend" })).toContainText(legend);
  }
  // Nothing of this KPI was invalidated: the legend lists only what is drawn.
  await expect(chart.getByRole("list", { name: "Legend" })).not.toContainText("Invalidated");

  const poc = await (async () => {
    await page.goto("/lanes/log-search-adhoc");
    return chartTable(page, "kpi-p95_latency_ms");
  })();
  // latency(1500): target 20% lower, stop 10% higher; the only measurement is synthetic, so nothing counts.
  expect(poc.rows).toEqual([["poc-2026.10", "—", "1,500 ms", "1,200 ms", "1,650 ms", "640 ms (synthetic)", "—"]]);
});

test("incidents by severity and recovery times against the limit match the seed", async ({ page }) => {
  await page.goto("/lanes/nightly-revenue-rollup");
  const incidents = await chartTable(page, "incidents");
  expect(incidents.rows).toEqual([
    ["2026.09.1", "0", "1", "0", "0", "1"],
    ["2026.10.1", "0", "0", "0", "0", "0"],
    ["2026.11.1", "0", "0", "0", "0", "0"],
  ]);
  const recovery = await chartTable(page, "recovery");
  expect(recovery.rows.map((r) => [r[0], r[3], r[4]])).toEqual([
    ["2026.09.1", "11 min", "yes"],
    ["2026.11.1", "15 min", "yes"],
  ]);
});

test("a change through the API appears in the lane's readiness timeline, the history API and the verdicts chart", async ({
  page,
  request,
}) => {
  // Giving a lane of this test its missing executor owner changes its reasons, so readiness history records it.
  const lane = await createLane(request, { ...holdLane("EXECUTOR_OWNER_MISSING"), prefix: "history" });
  const executor = await createPerson(request, "LANE_OWNER", "Dmitri Factory");
  await apiWrite(request, `/lanes/${lane.slug}/owners`, {
    role: "EXECUTOR",
    userId: executor.id,
    reason: "Runtime team takes the executor role",
  });
  const cause = `Executor owner of ${lane.name} assigned`;

  const api = await request.get(`/api/v1/lanes/${lane.slug}/readiness?history=1`);
  const body = (await api.json()) as {
    verdict: string;
    streak: number;
    history: { headline: string; cause: string }[];
  };
  expect(body.history[0]).toMatchObject({ cause });

  await page.goto(`/lanes/${lane.slug}`);
  const timeline = page.getByRole("region", { name: "Readiness history" });
  await expect(timeline.locator("[data-history-entry]").first()).toContainText(cause);
  await expect(timeline.locator("[data-history-entry]").first()).toContainText(body.history[0]?.headline ?? "");
  const streak = await chartTable(page, "streak");
  // The streak chart ends at the lane's current streak.
  expect(streak.rows.at(-1)?.[1]).toBe(String(body.streak));

  await page.goto("/");
  const verdicts = await chartTable(page, "verdicts");
  const today = new Date().toISOString().slice(0, 10);
  const last = verdicts.rows.at(-1);
  expect(last?.[0]).toBe(today);
  expect(Number(last?.[1]) + Number(last?.[2]) + Number(last?.[3])).toBeGreaterThanOrEqual(1);
});

test("the readiness table has a main-KPI sparkline per lane with the seeded values in its text", async ({ page }) => {
  // The overview is paged and other specs add lanes: each lane is found by searching for it.
  await page.goto("/?q=Nightly%20revenue%20rollup");
  const row = page
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: "Nightly revenue rollup", exact: true }) });
  await expect(row.locator("[data-sparkline]")).toContainText(
    "p95 latency per release: 2026.09.1 3,410 ms, 2026.10.1 3,240 ms, 2026.11.1 3,020 ms; target 3,360 ms",
  );
  await page.goto("/?q=Log%20search");
  const poc = page
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: "Log search (ad hoc)", exact: true }) });
  await expect(poc).toContainText("no counted p95 latency");
});

test("exports download as attachments: the lane history as CSV and JSON, the readiness table as CSV", async ({
  request,
}) => {
  const csv = await request.get("/api/v1/lanes/nightly-revenue-rollup/export.csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toMatch(
    /^attachment; filename="nightly-revenue-rollup-history-\d{4}-\d{2}-\d{2}\.csv"$/,
  );
  const lines = (await csv.text())
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
  expect(lines[0]).toBe("record_type,release,time,item,value,unit,status,detail,ended_at");
  // Earlier specs may plan more releases on this seeded lane; the seeded ones come first, in order.
  expect(
    lines
      .filter((l) => l.startsWith("release,"))
      .map((l) => l.split(",")[1])
      .slice(0, 3),
  ).toEqual(["2026.09.1", "2026.10.1", "2026.11.1"]);
  expect(lines.some((l) => l.startsWith("measurement,2026.10.1,") && l.includes(",3390,ms,synthetic,"))).toBe(true);
  expect(lines.some((l) => l.startsWith("incident,2026.09.1,") && l.includes("INC-2087,,,P2,"))).toBe(true);

  const json = await request.get("/api/v1/lanes/nightly-revenue-rollup/export.json");
  expect(json.headers()["content-disposition"]).toContain("attachment");
  const data = (await json.json()) as {
    lane: { verdict: string };
    measurements: { counted: boolean; value: number }[];
  };
  expect(data.lane.verdict).toBe("READY");
  expect(data.measurements.filter((m) => m.counted).map((m) => m.value)).toEqual([3410, 0, 3240, 0, 3020, 0]);

  const table = await request.get("/api/v1/readiness.csv");
  expect(table.headers()["content-disposition"]).toMatch(/attachment; filename="readiness-/);
  const rows = (await table.text()).trimEnd().split("\r\n");
  // One row per lane (other specs add lanes of their own): every seeded lane is there once.
  for (const lane of DEMO_LANES)
    expect(
      rows.filter((r) => r.includes(lane.slug)),
      lane.slug,
    ).toHaveLength(1);
});

test("a platform lead adds a webhook: the secret is shown once and the webhook is listed", async ({ page }) => {
  const url = `https://hooks.example.test/${uniqueSlug("lanegate")}`;
  await page.goto("/webhooks");
  await page.getByRole("button", { name: "Add webhook" }).click();
  await expect(page.getByText("Enter an http(s) URL")).toBeVisible();
  await page.getByLabel("Receiver URL").fill(url);
  await page.getByRole("button", { name: "Add webhook" }).click();
  await expect(page.locator("[data-secret]")).toHaveText(/^whsec_/);
  await expect(page.locator(`[data-webhook="${url}"]`)).toContainText("verdict.changed, stop.breached · all lanes");
  await expectNoSeriousA11yViolations(page);
});

for (const [name, path] of [
  ["readiness", "/"],
  ["lane", "/lanes/nightly-revenue-rollup"],
  ["release", "/lanes/nightly-revenue-rollup/releases/2026.11.1"],
] as const) {
  test(`the ${name} page has no serious or critical axe violations and fits a laptop and a phone`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(300_000);
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      // The page itself never scrolls sideways; wide tables scroll inside their own box.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.screenshot({ path: testInfo.outputPath(`${name}-${viewport.width}.png`), fullPage: true });
    }
  });
}

test("the lane page prints without navigation or buttons and with every chart's data table open", async ({
  page,
}, testInfo) => {
  await page.goto("/lanes/nightly-revenue-rollup");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.locator('figure[data-chart="kpi-p95_latency_ms"] table')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("lane-print.png"), fullPage: true });
});
