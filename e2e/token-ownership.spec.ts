import { expect as baseExpect, test } from "@playwright/test";
import { DEMO, STORAGE } from "./auth-helpers";
import { createLaneAsLead } from "./factories/lanes";
import { sql } from "./support/db";
import { apiOk, BASE_URL, savedCookie, send, signInOverHttp } from "./support/http-session";

// The token model (README, Security model): a lane token belongs to the lane, not to its creator.
// When the creator stops owning the lane the token keeps writing, the creator loses the right to
// see or revoke it, the lane's current owners and platform leads keep it, and the tokens card says
// that its creator no longer has rights.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });
test.use({ storageState: { cookies: [], origins: [] } });

const NEW_OWNER = "tomas.rivera@northwind.example";

async function userId(email: string): Promise<string> {
  const [row] = await sql<{ id: string }>(`SELECT id FROM "user" WHERE email = $1`, [email]);
  return row!.id;
}

const release = (bearer: string, slug: string, label: string) =>
  send(`/api/v1/lanes/${slug}/releases`, {
    method: "POST",
    headers: { authorization: `Bearer ${bearer}` },
    body: { versionLabel: label, engineVersion: "DataFusion 53.1.0" },
  });

test("a lane token outlives its creator's ownership; the lane's current owner sees it and revokes it", async ({
  browser,
}) => {
  const lead = savedCookie(STORAGE.lead);
  const creator = savedCookie(STORAGE.owner); // Lena Okafor
  const { slug } = await createLaneAsLead({ prefix: "tokens", targets: false });
  const assign = (email: string) =>
    userId(email).then((id) =>
      apiOk(lead, "POST", `/api/v1/lanes/${slug}/owners`, { role: "PLANNER", userId: id, reason: "Token test owner" }),
    );
  await assign(DEMO.owner);

  // The owner creates a token while she owns the lane; it writes.
  const token = await apiOk<{ id: string; token: string }>(creator, "POST", "/api/v1/tokens", {
    name: `ci-${slug}`,
    lane: slug,
  });
  expect((await release(token.token, slug, "r1")).status).toBe(201);

  // She stops owning the lane: the token belongs to the lane and keeps writing...
  await assign(NEW_OWNER);
  expect((await release(token.token, slug, "r2")).status).toBe(201);
  // ...and she can no longer list or revoke it (her rights on the lane ended).
  expect((await send(`/api/v1/tokens?lane=${slug}`, { cookie: creator })).status).toBe(403);
  expect((await send(`/api/v1/tokens/${token.id}`, { cookie: creator, method: "DELETE" })).status).toBe(403);

  // The new owner sees it, with its creator marked as no longer having rights.
  const newOwner = await signInOverHttp(NEW_OWNER);
  const listed = await apiOk<{
    tokens: { id: string; works: boolean; createdBy: { name: string; hasRights: boolean } }[];
  }>(newOwner, "GET", `/api/v1/tokens?lane=${slug}`);
  expect(listed.tokens.find((t) => t.id === token.id)).toMatchObject({
    works: true,
    createdBy: { name: "Lena Okafor", hasRights: false },
  });

  // On the lane page's tokens card, and revokes it there.
  const session = newOwner.split("; ").find((c) => c.includes("session_token="))!;
  const [name, value] = session.split(/=(.*)/s) as [string, string];
  const ctx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const domain = new URL(BASE_URL).hostname;
  await ctx.addCookies([
    { name, value, domain, path: "/", httpOnly: true, sameSite: "Lax", secure: name.startsWith("__Secure-") },
  ]);
  const page = await ctx.newPage();
  await page.goto(`/lanes/${slug}`);
  const card = page.locator("#tokens");
  const row = card.getByTestId("token-row").filter({ hasText: `ci-${slug}` });
  await expect(row).toContainText("by Lena Okafor (no longer an owner of this lane");
  await expect(card.getByTestId("token-policy")).toContainText(
    "Any current owner of this lane or a platform lead can revoke it.",
  );
  await card.screenshot({ path: "test-results/token-ownership-card.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await card.screenshot({ path: "test-results/token-ownership-card-390.png" });
  await page.setViewportSize({ width: 1280, height: 720 });
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("cannot be undone");
  await row.getByRole("button", { name: /^Revoke .* now$/ }).click();
  await expect(row).toContainText("Revoked");
  expect((await release(token.token, slug, "r3")).status).toBe(401);
  await ctx.close();

  // A platform lead can revoke a lane token too, whoever created it.
  const second = await apiOk<{ id: string; token: string }>(newOwner, "POST", "/api/v1/tokens", {
    name: `ci2-${slug}`,
    lane: slug,
  });
  expect((await send(`/api/v1/tokens/${second.id}`, { cookie: lead, method: "DELETE" })).status).toBe(200);
  expect((await release(second.token, slug, "r4")).status).toBe(401);
});
