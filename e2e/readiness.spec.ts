import { expect, test } from "@playwright/test";

const EXPECTED = [
  ["Nightly revenue rollup", "READY", "2/2"],
  ["Ad attribution joins", "HOLD", "1/2"],
  ["Clickstream sessionization", "STOP", "0/2"],
  ["Log search (ad hoc)", "HOLD", "0/2"],
  ["Inventory snapshot ETL", "HOLD", "1/2"],
  ["Customer 360 enrichment", "HOLD", "1/2"],
  ["Supplier risk scoring", "HOLD", "0/2"],
] as const;

test("the readiness page lists every seeded lane with its verdict, streak and owners", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Readiness" })).toBeVisible();
  for (const [name, verdict, streak] of EXPECTED) {
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row.getByText(verdict, { exact: true })).toBeVisible();
    await expect(row.getByText(streak, { exact: true })).toBeVisible();
  }
  // A missing owner is shown, not hidden.
  const attribution = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Ad attribution joins" }) });
  await expect(attribution.getByText("missing")).toBeVisible();
  await expect(attribution.getByText("One-lane rule overridden")).toBeVisible();
  await expect(page.getByRole("region", { name: "One-lane rule" })).toContainText("lifted");
  await page.screenshot({ path: testInfo.outputPath("readiness.png"), fullPage: true });
});

test("filters by verdict and stage and sorts by column", async ({ page }) => {
  // Other specs add lanes while this one runs, so the expected counts come from the API the page
  // polls, read just before each filter is applied; the seeded lanes fix what each filter must find.
  type Lane = { verdict: string; stage: string };
  const lanes = async (): Promise<Lane[]> => {
    const res = await page.request.get("/api/v1/lanes");
    expect(res.status()).toBe(200);
    return ((await res.json()) as { lanes: Lane[] }).lanes;
  };
  const countText = async (keep: (lane: Lane) => boolean) => {
    const all = await lanes();
    return new RegExp(`^${all.filter(keep).length} of ${all.length} lanes$`);
  };

  // The one-lane banner links the READY lane too, so lane links are looked for in the table's rows.
  const rowOf = (name: string) => page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });

  await page.goto("/");
  await page.getByRole("combobox", { name: /^Verdict/ }).selectOption("HOLD");
  await expect(page.getByText(await countText((l) => l.verdict === "HOLD"))).toBeVisible();
  await expect(rowOf("Ad attribution joins")).toBeVisible();
  await expect(rowOf("Nightly revenue rollup")).toHaveCount(0);
  await page.getByRole("combobox", { name: /^Stage/ }).selectOption("CANARY");
  await expect(page.getByText(await countText((l) => l.verdict === "HOLD" && l.stage === "CANARY"))).toBeVisible();
  await expect(rowOf("Clickstream sessionization")).toHaveCount(0);
  await page.getByRole("combobox", { name: /^Verdict/ }).selectOption("STOP");
  await expect(page.getByText(await countText((l) => l.verdict === "STOP" && l.stage === "CANARY"))).toBeVisible();
  await expect(rowOf("Ad attribution joins")).toHaveCount(0);

  await page.getByRole("combobox", { name: /^Verdict/ }).selectOption("");
  await page.getByRole("combobox", { name: /^Stage/ }).selectOption("");
  await page.getByRole("button", { name: /Streak/ }).click();
  const first = page.locator("tbody tr").first();
  await expect(first).toContainText("0/2");
  await page.getByRole("button", { name: /Streak/ }).click();
  await expect(page.locator("tbody tr").first()).toContainText("2/2");
});
