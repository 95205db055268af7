import { expect as baseExpect, test, type Page } from "@playwright/test";
import { signIn, STORAGE } from "./auth-helpers";
import { apiWrite, createLane, createLaneAsLead, createPerson, uniqueSlug } from "./factories/lanes";

// Sign-ins hash with scrypt on purpose and the CI machine is shared: generous waits, same assertions.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

// A request forged from the signed-in browser itself (same origin, real cookie): only the policy stands in the way.
async function forge(page: Page, path: string, body: unknown) {
  return page.evaluate(
    async ({ path, body }) => {
      const res = await fetch(path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as { code?: string } };
    },
    { path, body },
  );
}

test.describe("stakeholder", () => {
  test.use({ storageState: STORAGE.stakeholder });

  test("sees no edit controls, and a forged change is refused with 403 and writes nothing", async ({ page }) => {
    const lane = await createLaneAsLead({ prefix: "stakeholder-view" });
    await page.goto(`/lanes/${lane.slug}`);
    await expect(page.getByTestId("viewer")).toContainText("Grace Kim · Stakeholder");
    await expect(page.getByRole("heading", { name: "CI tokens" })).toHaveCount(0);
    await expect(
      page.getByRole("button", { name: /create|edit|assign|record|approve|revoke|deploy|override|invite/i }),
    ).toHaveCount(0);
    await expect(page.getByRole("link", { name: "People" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Webhooks" })).toHaveCount(0);
    await page.screenshot({ path: "test-results/auth-stakeholder-lane.png", fullPage: true });

    const forged = await forge(page, `/api/v1/lanes/${lane.slug}/releases`, {
      versionLabel: "forged-1",
      engineVersion: "DataFusion 53",
    });
    expect(forged).toMatchObject({ status: 403, body: { code: "FORBIDDEN" } });
    const token = await forge(page, "/api/v1/tokens", { name: "sneaky", lane: lane.slug });
    expect(token.status).toBe(403);
    await page.reload();
    await expect(page.getByText("forged-1")).toHaveCount(0);

    const people = await page.goto("/people");
    expect(people?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not available to your role" })).toBeVisible();
    await page.screenshot({ path: "test-results/auth-stakeholder-forbidden.png", fullPage: true });
  });
});

test.describe("lane owner", () => {
  test("changes their own lane but not another's", async ({ page, request }) => {
    // A lane owner of this test's own, planner of one lane; the other lane is someone else's.
    const owner = await createPerson(request, "LANE_OWNER", "Owen Laneowner");
    const mine = await createLane(request, { prefix: "owned" });
    await apiWrite(request, `/lanes/${mine.slug}/owners`, {
      role: "PLANNER",
      userId: owner.id,
      reason: "Owns this lane's planning",
    });
    const theirs = await createLane(request, { prefix: "not-owned" });
    await page.context().clearCookies();
    await signIn(page, owner.email, owner.password);
    await expect(page.getByTestId("viewer")).toContainText("Owen Laneowner · Lane owner");
    await page.goto(`/lanes/${mine.slug}`);
    const card = page.locator("#tokens");
    await card.getByPlaceholder(/Pipeline name/).fill("nightly-ci");
    await card.getByRole("button", { name: "Create token" }).click();
    const secret = (await card.getByTestId("new-token").textContent())!.trim();
    expect(secret).toMatch(/^lg_/);
    await expect(card.getByTestId("token-row").filter({ hasText: "nightly-ci" })).toContainText("last used never");
    await page.screenshot({ path: "test-results/auth-owner-tokens.png", fullPage: true });

    const own = await forge(page, `/api/v1/lanes/${mine.slug}/releases`, {
      versionLabel: "owner-e2e-1",
      engineVersion: "DataFusion 53",
    });
    expect(own.status).toBe(201);

    // The token works for its lane, from a CI pipeline (no cookie), and not for another lane.
    const ci = page.context().request;
    const pushed = await ci.post(`/api/v1/lanes/${mine.slug}/releases`, {
      headers: { authorization: `Bearer ${secret}`, cookie: "" },
      data: { versionLabel: "ci-e2e-1", engineVersion: "DataFusion 53" },
    });
    expect(pushed.status()).toBe(201);
    const elsewhere = await ci.post(`/api/v1/lanes/${theirs.slug}/releases`, {
      headers: { authorization: `Bearer ${secret}` },
      data: { versionLabel: "ci-e2e-1", engineVersion: "DataFusion 53" },
    });
    expect(elsewhere.status()).toBe(403);
    await page.reload();
    await expect(card.getByTestId("token-row").filter({ hasText: "nightly-ci" })).not.toContainText("last used never");
    await card
      .getByTestId("token-row")
      .filter({ hasText: "nightly-ci" })
      .getByRole("button", { name: "Revoke" })
      .click();
    // Revoking asks once more, saying pipelines are refused at once.
    await card
      .getByTestId("token-row")
      .filter({ hasText: "nightly-ci" })
      .getByRole("button", { name: "Revoke nightly-ci now" })
      .click();
    await expect(card.getByTestId("token-row").filter({ hasText: "nightly-ci" })).toContainText("Revoked");
    const afterRevoke = await ci.post(`/api/v1/lanes/${mine.slug}/releases`, {
      headers: { authorization: `Bearer ${secret}` },
      data: { versionLabel: "ci-e2e-2", engineVersion: "DataFusion 53" },
    });
    expect(afterRevoke.status()).toBe(401);

    await page.goto(`/lanes/${theirs.slug}`);
    await expect(page.getByRole("heading", { name: "CI tokens" })).toHaveCount(0);
    const other = await forge(page, `/api/v1/lanes/${theirs.slug}/releases`, {
      versionLabel: "owner-e2e-2",
      engineVersion: "DataFusion 53",
    });
    expect(other).toMatchObject({ status: 403, body: { code: "FORBIDDEN" } });
  });
});

test.describe("platform lead", () => {
  test("invites a person who then signs in with the invited role", async ({ page, browser }) => {
    const email = `${uniqueSlug("new.analyst")}@northwind.example`;
    await page.goto("/people");
    await page.getByPlaceholder("name@example.com").fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption("STAKEHOLDER");
    await page.getByRole("button", { name: "Create invitation" }).click();
    const link = (await page.getByTestId("invitation-link").textContent())!.trim();
    await page.screenshot({ path: "test-results/auth-people.png", fullPage: true });

    const ctx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const guest = await ctx.newPage();
    await guest.goto(link);
    await guest.getByLabel("Your name").fill("New Analyst");
    await guest.getByLabel(/Password/).fill("short");
    await guest.getByRole("button", { name: "Create my account" }).click();
    await expect(guest.getByText("Use at least 12 characters")).toBeVisible();
    await guest.getByLabel(/Password/).fill("a-long-analyst-password");
    await guest.getByRole("button", { name: "Create my account" }).click();
    await expect(guest).toHaveURL(/\/sign-in$/);
    await guest.getByLabel("Email").fill(email);
    await guest.getByLabel("Password").fill("a-long-analyst-password");
    await guest.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(guest.getByTestId("viewer")).toContainText("New Analyst · Stakeholder");
    // The link works once.
    await guest.goto(link);
    await expect(guest.getByText("This invitation link is no longer valid.")).toBeVisible();

    // Deactivation ends the person's access at once.
    await page.reload();
    await page.getByTestId("person-row").filter({ hasText: email }).getByRole("button", { name: "Deactivate" }).click();
    await expect(page.getByTestId("person-row").filter({ hasText: email })).toContainText("Deactivated");
    await guest.goto("/");
    await expect(guest).toHaveURL(/\/sign-in/);
    await ctx.close();
  });
});
