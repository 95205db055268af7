import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect as baseExpect, test } from "@playwright/test";
import { DEMO, expectSignedInAs, signIn } from "./auth-helpers";

// Sign-ins hash with scrypt on purpose and the CI machine is shared: generous waits, same assertions.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

// These specs start signed out.
test.use({ storageState: { cookies: [], origins: [] } });

test("a signed-out visitor is sent to the sign-in page, and the API answers 401", async ({ page, request }) => {
  await page.goto("/lanes/nightly-revenue-rollup");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Flanes%2Fnightly-revenue-rollup$/);
  await expect(page.getByRole("heading", { name: "Sign in to Lanegate" })).toBeVisible();
  const api = await request.get("/api/v1/lanes/nightly-revenue-rollup/readiness");
  expect(api.status()).toBe(401);
  expect((await request.get("/api/health")).status()).toBe(200);
});

test("signs in with a password, lands where it was going, and signs out", async ({ page }) => {
  await page.goto("/lanes/nightly-revenue-rollup");
  await page.getByLabel("Email").fill(DEMO.lead);
  await page.getByLabel("Password").fill("lanegate-demo");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/lanes\/nightly-revenue-rollup$/);
  await expectSignedInAs(page, "Priya Raman");
  await page.screenshot({ path: "test-results/auth-signed-in-lane.png", fullPage: true });
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith("better-auth.session_token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: true });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a wrong password and an unknown account get the same clear message", async ({ page }) => {
  await signIn(page, DEMO.lead, "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "Wrong" })).toHaveText(
    "Wrong email or password. Check both and try again.",
  );
  await page.screenshot({ path: "test-results/auth-wrong-password.png" });
  await signIn(page, "nobody@northwind.example", "whatever-password");
  await expect(page.getByRole("alert").filter({ hasText: "Wrong" })).toHaveText(
    "Wrong email or password. Check both and try again.",
  );
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("pages carry the security headers", async ({ request }) => {
  const res = await request.get("/sign-in");
  const h = res.headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).not.toContain("unsafe-eval");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
});

test("no secret reaches a client bundle", () => {
  const secrets = [
    process.env.BETTER_AUTH_SECRET,
    process.env.OIDC_CLIENT_SECRET,
    "lanegate-development-secret-not-for-production",
  ].filter((s): s is string => !!s);
  expect(secrets.length).toBe(3);
  const files = readdirSync(".next/static", { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const text = readFileSync(path.join(file.parentPath, file.name), "utf8");
    for (const secret of secrets) expect(text.includes(secret), `${file.name} contains a secret`).toBe(false);
  }
});
