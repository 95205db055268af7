import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO, STORAGE } from "./auth-helpers";
import { sql } from "./support/db";
import { apiOk, FORGED_COOKIES, savedCookie, send, signInOverHttp, uniq } from "./support/http-session";

// Every page × every kind of visitor, over plain HTTP against the real server: the status (or the
// redirect) each must get, and that no lane, audit, webhook or people data reaches a visitor who
// may not see it, not even in the body of a redirect. A page without an entry in PAGES fails the
// first test, so a new page cannot skip this matrix.
test.describe.configure({ timeout: 240_000 });
test.use({ storageState: { cookies: [], origins: [] } });

const VISITORS = [
  "anonymous",
  "forgedSecure",
  "forgedPlain",
  "signedOut",
  "stakeholder",
  "owner",
  "otherOwner",
  "lead",
] as const;
type Visitor = (typeof VISITORS)[number];
const SIGNED_IN: readonly Visitor[] = ["stakeholder", "owner", "otherOwner", "lead"];

/** The data this spec creates through the API, and markers of it that only a reader may see. */
interface Data {
  slug: string;
  laneName: string;
  laneId: string;
  releaseLabel: string;
  releaseId: string;
  webhookUrl: string;
  webhookId: string;
  invitedEmail: string;
  teamSlug: string;
  teamName: string;
}

type Access = "public" | "read" | "lead";
interface PageEntry {
  access: Access;
  path: (d: Data) => string;
  /** Data that a visitor who may open the page sees in its HTML (proves the absence checks can fail). */
  shows?: (d: Data) => string[];
}

const PAGES: Record<string, PageEntry> = {
  "/": { access: "read", path: () => "/", shows: (d) => [d.laneName] },
  "/api": { access: "read", path: () => "/api" },
  "/audit": { access: "read", path: () => "/audit", shows: (d) => [d.laneName] },
  "/compare": { access: "read", path: () => "/compare" },
  "/decisions": { access: "read", path: () => "/decisions" },
  "/inbox": { access: "read", path: () => "/inbox" },
  "/invitations/[token]": { access: "public", path: () => "/invitations/not-a-real-invitation-token" },
  "/lanes/[slug]": { access: "read", path: (d) => `/lanes/${d.slug}`, shows: (d) => [d.laneName, d.releaseLabel] },
  "/lanes/[slug]/plans/diff": { access: "read", path: (d) => `/lanes/${d.slug}/plans/diff` },
  "/lanes/[slug]/releases/[label]": {
    access: "read",
    path: (d) => `/lanes/${d.slug}/releases/${d.releaseLabel}`,
    shows: (d) => [d.laneName],
  },
  "/lanes/new": { access: "lead", path: () => "/lanes/new" },
  "/people": { access: "lead", path: () => "/people", shows: (d) => [d.invitedEmail] },
  "/sign-in": { access: "public", path: () => "/sign-in" },
  "/teams": { access: "read", path: () => "/teams", shows: (d) => [d.teamName] },
  "/teams/[slug]": { access: "read", path: (d) => `/teams/${d.teamSlug}`, shows: (d) => [d.teamName, d.laneName] },
  "/tokens": { access: "lead", path: () => "/tokens" },
  "/webhooks": { access: "lead", path: () => "/webhooks", shows: (d) => [d.webhookUrl] },
};

/** What each visitor must get: a status, or a redirect to the sign-in page (carrying `next`) or home. */
function expected(entry: PageEntry, visitor: Visitor, pagePath: string): number | "sign-in" | "home" {
  const signedIn = SIGNED_IN.includes(visitor);
  if (entry.access === "public") return pagePath === "/sign-in" && signedIn ? "home" : 200;
  if (!signedIn) return "sign-in";
  if (entry.access === "lead") return visitor === "lead" ? 200 : 403;
  return 200;
}

function discoverPages(): string[] {
  return readdirSync("app", { recursive: true, encoding: "utf8" })
    .filter((f) => path.basename(f) === "page.tsx")
    .map((f) => {
      const dir = path.dirname(f).split(path.sep).join("/");
      return dir === "." ? "/" : `/${dir}`;
    })
    .sort();
}

let data: Data;
const cookies = {} as Record<Visitor, string | undefined>;
// Names of seeded people and lanes: no visitor without a valid session may see any of them.
const SEEDED = ["Priya Raman", "Lena Okafor", "Grace Kim", "Nightly revenue rollup", "northwind.example"];

test.beforeAll(async () => {
  const lead = savedCookie(STORAGE.lead);
  const id = uniq();
  data = {
    slug: `access-${id}`,
    laneName: `Access matrix lane ${id}`,
    releaseLabel: `2026.${id}`,
    webhookUrl: `https://hooks.example.test/services/T0/B0/secret-${id}`,
    invitedEmail: `invited-${id}@access.example`,
    teamSlug: `access-team-${id}`,
    teamName: `Access team ${id}`,
  } as Data;
  await apiOk(lead, "POST", "/api/v1/teams", { slug: data.teamSlug, name: data.teamName });
  const lane = await apiOk<{ id: string }>(lead, "POST", "/api/v1/lanes", {
    slug: data.slug,
    name: data.laneName,
    workload: "Access matrix workload",
    team: data.teamSlug,
    engineVersion: "DataFusion 53.1.0",
    requiredStableReleases: 2,
    recoveryLimitSeconds: 900,
    drillMaxAgeDays: 90,
  });
  data.laneId = lane.id;
  const [owner] = await sql<{ id: string }>(`SELECT id FROM "user" WHERE email = $1`, [DEMO.owner]);
  await apiOk(lead, "POST", `/api/v1/lanes/${data.slug}/owners`, {
    role: "PLANNER",
    userId: owner!.id,
    reason: "Owns the access matrix lane",
  });
  const release = await apiOk<{ id: string }>(lead, "POST", `/api/v1/lanes/${data.slug}/releases`, {
    versionLabel: data.releaseLabel,
    engineVersion: "DataFusion 53.1.0",
  });
  data.releaseId = release.id;
  const webhook = await apiOk<{ id: string }>(lead, "POST", "/api/v1/webhooks", {
    url: data.webhookUrl,
    events: ["verdict.changed"],
  });
  data.webhookId = webhook.id;
  await apiOk(lead, "POST", "/api/v1/invitations", { email: data.invitedEmail, role: "STAKEHOLDER" });

  cookies.anonymous = undefined;
  cookies.forgedSecure = FORGED_COOKIES.forgedSecure;
  cookies.forgedPlain = FORGED_COOKIES.forgedPlain;
  cookies.stakeholder = savedCookie(STORAGE.stakeholder);
  cookies.owner = savedCookie(STORAGE.owner);
  cookies.lead = lead;
  // Another lane's owner (a demo person who does not own this spec's lane).
  cookies.otherOwner = await signInOverHttp("tomas.rivera@northwind.example");
  // A correctly signed cookie of a session that has ended: only the session table knows.
  const ended = await signInOverHttp("aiko.tanaka@northwind.example");
  const signOut = await send("/api/auth/sign-out", { cookie: ended, method: "POST", body: {} });
  expect(signOut.status).toBe(200);
  cookies.signedOut = ended;
});

test("every page has an entry in the page access matrix", () => {
  const pages = discoverPages();
  expect(pages.length).toBeGreaterThan(8);
  expect(
    pages.filter((p) => !(p in PAGES)),
    "pages without an entry (add them to PAGES in e2e/page-access.spec.ts)",
  ).toEqual([]);
  expect(Object.keys(PAGES).filter((p) => !pages.includes(p))).toEqual([]);
});

test("every page × visitor gets its status, and sees only the data it may", async () => {
  const summary: string[][] = [];
  const secrets = [
    data.laneName,
    data.laneId,
    data.releaseId,
    data.webhookUrl,
    data.webhookId,
    data.invitedEmail,
    data.teamName,
    ...SEEDED,
  ];
  for (const [route, entry] of Object.entries(PAGES)) {
    const pagePath = entry.path(data);
    const row = [route];
    for (const visitor of VISITORS) {
      const res = await send(pagePath, { cookie: cookies[visitor] });
      const want = expected(entry, visitor, pagePath);
      const where = `${route} as ${visitor}`;
      if (want === "sign-in") {
        expect(res.status, where).toBe(307);
        const location = new URL(res.location ?? "", "http://x");
        expect(location.pathname, where).toBe("/sign-in");
        if (pagePath !== "/") expect(location.searchParams.get("next"), where).toBe(pagePath);
      } else if (want === "home") {
        expect(res.status, where).toBe(307);
        expect(new URL(res.location ?? "", "http://x").pathname, where).toBe("/");
      } else {
        expect(res.status, `${where}: ${res.body.slice(0, 200)}`).toBe(want);
      }
      // Nothing of the organisation for a visitor without a valid session, on any page.
      if (!SIGNED_IN.includes(visitor))
        for (const s of secrets) expect(res.body, `${where} leaks ${s}`).not.toContain(s);
      // A refused signed-in visitor sees none of the page's own data.
      if (want === 403)
        for (const s of entry.shows?.(data) ?? []) expect(res.body, `${where} leaks ${s}`).not.toContain(s);
      // ... while one who may open it does (so the checks above can fail).
      if (want === 200 && SIGNED_IN.includes(visitor))
        for (const s of entry.shows?.(data) ?? []) expect(res.body, `${where} should show ${s}`).toContain(s);
      row.push(want === 200 || want === 403 ? String(res.status) : `${res.status}→${want}`);
    }
    summary.push(row);
  }
  const header = ["page", ...VISITORS];
  const widths = header.map((h, i) => Math.max(h.length, ...summary.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join(" | ");
  console.log(
    `\nPage access matrix (${summary.length} pages × ${VISITORS.length} visitors)\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("-|-")}\n${summary.map(line).join("\n")}\n`,
  );
});

test("the lane page shows the CI tokens card to the lane's owner and a lead only", async () => {
  const page = `/lanes/${data.slug}`;
  for (const visitor of SIGNED_IN) {
    const res = await send(page, { cookie: cookies[visitor] });
    expect(res.status).toBe(200);
    // The lane's token panel sits in the "Push from CI" card under id="tokens"; others get who can.
    const card = res.body.includes('id="tokens"');
    expect(card, `${visitor} tokens card`).toBe(visitor === "owner" || visitor === "lead");
  }
});

test("a stakeholder gets the same refusals from the API as from the pages", async () => {
  const cookie = cookies.stakeholder;
  expect((await send("/api/v1/webhooks", { cookie })).status).toBe(403);
  expect((await send("/api/v1/tokens", { cookie })).status).toBe(403);
  expect((await send(`/api/v1/tokens?lane=${data.slug}`, { cookie })).status).toBe(403);
  expect((await send("/webhooks", { cookie })).status).toBe(403);
  expect((await send("/tokens", { cookie })).status).toBe(403);
});
