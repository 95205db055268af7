import { expect, test, type Page } from "@playwright/test";
import { sameOrigin } from "./support/same-origin";

// Other specs add lanes while this one runs: every check either names its lanes (search) or builds
// its own through the API with a unique suffix, and counts come from the API the page polls.

test.use(sameOrigin);

const SEEDED = [
  ["Nightly revenue rollup", "READY", "2/2"],
  ["Ad attribution joins", "HOLD", "1/2"],
  ["Clickstream sessionization", "STOP", "0/2"],
  ["Log search (ad hoc)", "HOLD", "0/2"],
  ["Inventory snapshot ETL", "HOLD", "1/2"],
  ["Customer 360 enrichment", "HOLD", "1/2"],
  ["Supplier risk scoring", "HOLD", "0/2"],
] as const;

type Overview = { lanes: { name: string; verdict: string; stage: string }[]; total: number; laneCount: number };

async function createLanes(page: Page, suffix: string, names: string[]) {
  // Lanes belong to a team: each call makes its own.
  const team = await page.request.post("/api/v1/teams", { data: { slug: `team-${suffix}`, name: `Team ${suffix}` } });
  expect(team.status()).toBe(201);
  for (const name of names) {
    const res = await page.request.post("/api/v1/lanes", {
      data: {
        slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${suffix}`,
        name: `${name} ${suffix}`,
        workload: "Readiness spec workload",
        team: `team-${suffix}`,
        engineVersion: "DataFusion 53.1.0",
        requiredStableReleases: 2,
        recoveryLimitSeconds: 900,
        drillMaxAgeDays: 90,
      },
    });
    expect(res.status()).toBe(201);
  }
}

const suffix = () => `rd${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("the readiness page shows every seeded lane with its verdict, streak and owners", async ({ page }, testInfo) => {
  test.slow(); // one page load per lane, on a machine other specs share
  for (const [name, verdict, streak] of SEEDED) {
    await page.goto(`/?q=${encodeURIComponent(name)}`);
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row.getByText(verdict, { exact: true })).toBeVisible();
    await expect(row.getByText(streak, { exact: true })).toBeVisible();
  }
  // A missing owner is shown, not hidden.
  const attribution = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Ad attribution joins" }) });
  await page.goto("/?q=Ad%20attribution%20joins");
  await expect(attribution.getByText("missing")).toBeVisible();
  await expect(attribution.getByText("One-lane rule overridden")).toBeVisible();
  await expect(page.getByRole("region", { name: "One-lane rule" })).toContainText("lifted");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Readiness" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("readiness.png"), fullPage: true });
});

test("filters, sort and page live in the URL, are answered by the server, and a shared link shows the same", async ({
  page,
}) => {
  const api = async (search: string): Promise<Overview> => {
    const res = await page.request.get(`/api/v1/lanes${search}`);
    expect(res.status()).toBe(200);
    return (await res.json()) as Overview;
  };
  await page.goto("/");
  await page.getByRole("combobox", { name: /^Verdict/ }).selectOption("HOLD");
  await expect(page).toHaveURL(/[?&]verdict=HOLD/);
  const hold = await api("?verdict=HOLD");
  await expect(page.getByText(new RegExp(`^${hold.total} of \\d+ lanes$`))).toBeVisible();
  await page.getByRole("combobox", { name: /^Stage/ }).selectOption("CANARY");
  await expect(page).toHaveURL(/stage=CANARY/);
  await page.getByRole("searchbox", { name: "Search" }).fill("attribution");
  await expect(page).toHaveURL(/q=attribution/);
  await expect(page.getByRole("link", { name: "Ad attribution joins", exact: true })).toBeVisible();
  await expect(page.getByText(/^1 of \d+ lanes$/)).toBeVisible();
  await page.getByRole("combobox", { name: /^Verdict/ }).selectOption("STOP");
  await expect(page.getByRole("link", { name: "Ad attribution joins", exact: true })).toHaveCount(0);
  await expect(page.getByRole("cell", { name: "No lane matches these filters." })).toBeVisible();

  // Lanes of this test's own, sorted and paged.
  const s = suffix();
  await createLanes(page, s, ["Alpha", "Bravo", "Charlie"]);
  await page.goto(`/?q=${s}&sort=name&order=desc&pageSize=2`);
  const rows = page.getByRole("region", { name: /^Lanes/ }).locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(`Charlie ${s}`);
  await expect(page.getByText("page 1 of 2")).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`Alpha ${s}`);
  // Sorting from the column header goes back to page 1 and flips the order.
  await page.getByRole("button", { name: /^Lane/ }).click();
  await expect(page).not.toHaveURL(/page=2/);
  await expect(rows.first()).toContainText(`Alpha ${s}`);
  await page.getByRole("button", { name: /^Lane/ }).click();
  await expect(page).toHaveURL(/order=desc/);
  await expect(rows.first()).toContainText(`Charlie ${s}`);
  // The same link in a new page shows the same lanes.
  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(
    other
      .getByRole("region", { name: /^Lanes/ })
      .locator("tbody tr")
      .first(),
  ).toContainText(`Charlie ${s}`);
  await other.close();
  const team = await api(`?team=${encodeURIComponent(`Team ${s}`)}`);
  expect(team.total).toBe(3);
  expect((await page.request.get("/api/v1/lanes?pageSize=101")).status()).toBe(400);
});

test("the page's query follows its URL: an address it did not write, Back to a filter it set, the nav's link to /", async ({
  page,
}) => {
  const rows = page.getByRole("region", { name: /^Lanes/ }).locator("tbody tr[data-lane]");
  const verdict = page.getByRole("combobox", { name: /^Verdict/ });
  // A repeated parameter the server leaves out: the page reads the address itself (the last one wins).
  await page.goto("/?q=Clickstream&verdict=READY&verdict=STOP");
  await expect(verdict).toHaveValue("STOP");
  await expect(rows).toHaveCount(1);
  // A filter set on the page is there again after a visit to a lane and Back.
  await page.goto("/?q=Clickstream");
  await verdict.selectOption("HOLD");
  await expect(page).toHaveURL(/verdict=HOLD/);
  await expect(page.getByRole("cell", { name: "No lane matches these filters." })).toBeVisible();
  await verdict.selectOption("STOP");
  await expect(rows).toHaveCount(1);
  await rows.getByRole("link", { name: "Clickstream sessionization" }).click();
  await expect(page).toHaveURL(/\/lanes\/clickstream-sessionization/);
  await page.goBack();
  await expect(page).toHaveURL(/verdict=STOP/);
  await expect(verdict).toHaveValue("STOP");
  await expect(rows).toHaveCount(1);
  // The main navigation's link to / drops the filters, the search text with them.
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("Clickstream");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Readiness" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(verdict).toHaveValue("");
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("");
});

test("an unchanged overview answers 304 to its ETag, and a change makes a new one", async ({ page }) => {
  const first = await page.request.get("/api/v1/lanes?verdict=HOLD");
  expect(first.status()).toBe(200);
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^W\/".+"$/);
  // Other specs write while this runs: retry until two polls meet with nothing in between.
  await expect(async () => {
    const fresh = (await page.request.get("/api/v1/lanes?verdict=HOLD")).headers()["etag"] ?? "";
    const again = await page.request.get("/api/v1/lanes?verdict=HOLD", { headers: { "if-none-match": fresh } });
    expect(again.status()).toBe(304);
    expect(await again.text()).toBe("");
  }).toPass({ timeout: 30_000 });
  const before = (await page.request.get("/api/v1/lanes?verdict=HOLD")).headers()["etag"] ?? "";
  await createLanes(page, suffix(), ["Etag"]);
  const after = await page.request.get("/api/v1/lanes?verdict=HOLD", { headers: { "if-none-match": before } });
  expect(after.status()).toBe(200);
  expect(after.headers()["etag"]).not.toBe(before);
  // Another query has its own ETag.
  const other = await page.request.get("/api/v1/lanes?verdict=STOP", { headers: { "if-none-match": before } });
  expect(other.status()).toBe(200);
});

test.describe("on a phone (390 px)", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("lanes are cards with the verdict first, nothing scrolls sideways, the verdict shows without scrolling", async ({
    page,
  }, testInfo) => {
    await page.goto("/?q=Nightly%20revenue%20rollup");
    const card = page.getByRole("list", { name: "Lanes" }).getByRole("listitem").first();
    await expect(card).toContainText("Nightly revenue rollup");
    const verdict = card.getByText("READY", { exact: true });
    await expect(verdict).toBeInViewport();
    const box = await verdict.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(844);
    const link = await card.getByRole("link").boundingBox();
    expect(box && link && box.x).toBeLessThan(link?.x ?? 0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.goto("/");
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(wide).toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath("readiness-390.png"), fullPage: true });
  });
});
