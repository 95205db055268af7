import { expect as baseExpect, test } from "@playwright/test";
import { OPEN_REDIRECT_BYPASSES, SAME_ORIGIN_ODDITIES } from "../tests/fixtures/open-redirect-bypasses";
import { STORAGE } from "./auth-helpers";
import { BASE_URL, savedCookie, send } from "./support/http-session";

// `/sign-in?next=` over real HTTP: whatever `next` holds, a signed-in visitor is redirected to a
// path on this site (never another host, never a 500), and the sign-in page renders for everyone.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });
test.use({ storageState: { cookies: [], origins: [] } });

const signInUrl = (next: string) => `/sign-in?next=${encodeURIComponent(next)}`;

test("a signed-in visitor is redirected on this site, whatever ?next= holds", async () => {
  const cookie = savedCookie(STORAGE.lead);
  for (const next of [...OPEN_REDIRECT_BYPASSES, ...SAME_ORIGIN_ODDITIES]) {
    const res = await send(signInUrl(next), { cookie });
    expect(res.status, `next=${JSON.stringify(next)}: ${res.body.slice(0, 200)}`).toBe(307);
    const lands = new URL(res.location ?? "", `${BASE_URL}/sign-in`);
    expect(lands.origin, `next=${JSON.stringify(next)} → ${res.location}`).toBe(BASE_URL);
    if (OPEN_REDIRECT_BYPASSES.includes(next)) expect(lands.pathname, JSON.stringify(next)).toBe("/");
  }
  // The reported cases, as a browser sends them.
  for (const raw of ["/sign-in?next=/%0a/x", "/sign-in?next=/%09/evil.example", "/sign-in?next=/%5cevil.example"]) {
    const res = await send(raw, { cookie });
    expect(res.status, raw).toBe(307);
    expect(new URL(res.location ?? "", BASE_URL).href, raw).toBe(`${BASE_URL}/`);
  }
  // A good path is kept.
  const good = await send(signInUrl("/decisions?x=1"), { cookie });
  expect(new URL(good.location ?? "", BASE_URL).href).toBe(`${BASE_URL}/decisions?x=1`);
});

test("the sign-in page renders for any ?next= (no 500)", async () => {
  for (const next of [...OPEN_REDIRECT_BYPASSES, ...SAME_ORIGIN_ODDITIES]) {
    const res = await send(signInUrl(next));
    expect(res.status, `next=${JSON.stringify(next)}`).toBe(200);
  }
  expect((await send("/sign-in?next=/a&next=/b&error=x&error=y")).status).toBe(200);
});

test("signing in from a link with a tab-smuggled ?next= lands on this site's home page", async ({ page }) => {
  await page.goto("/sign-in?next=/%09/evil.example");
  await page.getByLabel("Email").fill("grace.kim@northwind.example");
  await page.getByLabel("Password").fill("lanegate-demo");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("viewer")).toContainText("Grace Kim");
  expect(new URL(page.url()).origin).toBe(BASE_URL);
  expect(new URL(page.url()).pathname).toBe("/");
});
