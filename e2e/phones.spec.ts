import { expect, test, type Page } from "@playwright/test";

// Every page at phone width (390 px) as the platform lead, who sees the most: nothing scrolls
// sideways, and where a page shows a verdict the first one is on screen without scrolling.
// Tables may scroll inside their own region; the page itself may not.

test.use({ viewport: { width: 390, height: 844 } });
test.describe.configure({ timeout: 120_000 });

const PAGES = [
  "/",
  "/decisions",
  "/audit",
  "/api",
  "/people",
  "/tokens",
  "/webhooks",
  "/lanes/new",
  "/lanes/nightly-revenue-rollup",
  "/lanes/clickstream-sessionization",
  "/lanes/nightly-revenue-rollup/releases/2026.11.1",
  "/lanes/clickstream-sessionization/releases/2026.11.2",
  "/lanes/nightly-revenue-rollup/plans/diff?query=revenue_by_region&release=2026.11.1",
];

async function sideways(page: Page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    // The widest element, to say what overflows when the check fails.
    culprit: [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}.${String(e.className).slice(0, 60)}`)
      .slice(0, 3),
  }));
}

for (const path of PAGES) {
  test(`${path} fits 390 px`, async ({ page }, testInfo) => {
    const messages: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") messages.push(m.text());
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState("networkidle");
    const width = await sideways(page);
    expect(width.scrollWidth, `sideways scroll on ${path}: ${width.culprit.join(", ")}`).toBeLessThanOrEqual(
      width.innerWidth,
    );
    const verdicts = page.locator("main [data-verdict]").filter({ visible: true });
    if ((await verdicts.count()) > 0) await expect(verdicts.first()).toBeInViewport();
    // The favicon is served (no 404 in the console).
    expect(messages.filter((m) => m.includes("404"))).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath("page-390.png"), fullPage: true });
  });
}

test("the nav is one Menu button at phone width", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Decisions" })).toBeHidden();
  await nav.getByText("Menu").click();
  await nav.getByRole("link", { name: "Decisions" }).click();
  await expect(page).toHaveURL(/\/decisions$/);
  // Following a link folds the menu again.
  await expect(nav.getByRole("link", { name: "Audit" })).toBeHidden();
  const box = await nav.boundingBox();
  // One row: the logo, Menu and the viewer fit a single line.
  expect(box?.height ?? 0).toBeLessThan(70);
});

test("the release KPI table keeps Target and Result on screen", async ({ page }) => {
  await page.goto("/lanes/nightly-revenue-rollup/releases/2026.11.1");
  const row = page.locator('[data-kpi="p95_latency_ms"]');
  await expect(row.getByText("≤ 3,360 ms")).toBeInViewport();
  await expect(row.getByText("pass")).toBeInViewport();
});
