import { expect, test } from "@playwright/test";
import { STORAGE } from "./auth-helpers";
import { apiOk, savedCookie, send, uniq } from "./support/http-session";

// SSRF at the door: the real server (no WEBHOOK_ALLOW_PRIVATE_TARGETS) refuses webhook URLs that
// point at loopback, private, link-local, multicast or unspecified addresses, in every notation a
// URL parser accepts, when a webhook is created or changed. Names that resolve to such an address
// are refused at delivery (lib/server/webhooks/deliver-due-webhooks.integration.test.ts).
test.describe.configure({ timeout: 120_000 });
test.use({ storageState: { cookies: [], origins: [] } });

const REFUSED = [
  "http://127.0.0.1:5432/",
  "http://127.1/hook",
  "http://2130706433/hook",
  "http://0x7f.1/hook",
  "http://0177.0.0.1/hook",
  "http://[::1]:3000/hook",
  "http://[::ffff:127.0.0.1]/hook",
  "http://0.0.0.0:3000/hook",
  "http://localhost:3000/api/health",
  "http://LOCALHOST./hook",
  "http://admin.localhost/hook",
  "http://10.0.0.5/hook",
  "http://172.16.1.1/hook",
  "http://192.168.0.1/hook",
  "http://100.64.0.1/hook",
  "http://[fd12:3456::1]/hook",
  "http://169.254.169.254/latest/meta-data/",
  "http://[fe80::1]/hook",
  "http://224.0.0.1/hook",
  "http://[::]/hook",
];

type Problem = { code: string; invalid_params?: { pointer: string; message: string }[] };

test("creating or changing a webhook to a private or special-purpose address is refused with 400 and stores nothing", async () => {
  const lead = savedCookie(STORAGE.lead);
  type List = { webhooks: { id: string; url: string }[] };
  const count = async () => (await apiOk<List>(lead, "GET", "/api/v1/webhooks")).webhooks.length;
  const before = await count();
  for (const url of REFUSED) {
    const res = await send("/api/v1/webhooks", {
      cookie: lead,
      method: "POST",
      body: { url, events: ["verdict.changed"] },
    });
    expect(res.status, `${url}: ${res.body}`).toBe(400);
    const problem = res.json() as Problem;
    expect(problem.code, url).toBe("WEBHOOK_TARGET_NOT_ALLOWED");
    expect(problem.invalid_params?.[0]?.pointer, url).toBe("/url");
  }
  expect(await count()).toBe(before);

  const publicUrl = `https://hooks.example.test/ssrf-${uniq()}`;
  const created = await apiOk<{ id: string; version: number }>(lead, "POST", "/api/v1/webhooks", {
    url: publicUrl,
    events: ["verdict.changed"],
  });
  for (const url of ["http://2130706433/hook", "http://[::1]/hook", "http://169.254.169.254/"]) {
    const res = await send(`/api/v1/webhooks/${created.id}`, {
      cookie: lead,
      method: "PATCH",
      body: { version: created.version ?? 1, url },
    });
    expect(res.status, `${url}: ${res.body}`).toBe(400);
    expect((res.json() as Problem).code).toBe("WEBHOOK_TARGET_NOT_ALLOWED");
  }
  const list = await apiOk<List>(lead, "GET", "/api/v1/webhooks");
  expect(list.webhooks.find((w) => w.id === created.id)?.url).toBe(publicUrl);
});

test("the webhook form says why a loopback receiver is refused", async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: STORAGE.lead });
  const page = await ctx.newPage();
  await page.goto("/webhooks");
  await page.getByLabel("Receiver URL").fill("http://127.1:8080/hook");
  await page.getByRole("button", { name: "Add webhook" }).click();
  // The reason is the field's own error, announced with it (aria-describedby).
  const field = page.getByLabel("Receiver URL");
  await expect(field).toHaveAccessibleDescription(/127\.0\.0\.1 is a loopback address/);
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await page.screenshot({ path: "test-results/webhook-target-refused.png", fullPage: false });
  await ctx.close();
});
