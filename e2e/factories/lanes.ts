// The one lane factory of the Playwright tier. Every lane is built through /api/v1 as the signed-in
// platform lead (the `request` fixture of a spec), exactly as a person or a pipeline would build it:
// no SQL, so whatever the factory makes, the API and the gate also accept. Each call makes a lane
// with a slug of its own, so specs run in parallel beside each other and beside the demo seed.
//
//   await createLane(request)                                   a PROPOSED lane with targets only
//   await createLane(request, READY_LANE)                       owners, rollback, drill, plan, 2 stable releases
//   await createLane(request, holdLane("NO_PLAN_SNAPSHOTS"))    READY_LANE less what that reason names
//   await createLane(request, { ...READY_LANE, stage: "PRODUCTION" })
//
// Time cannot be bent through the API (targets are in force from the lane's creation, a deployment
// is never recorded before them), so releases are deployed now and their windows closed at once.
import { randomBytes } from "node:crypto";
import { expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import type { Stage } from "@/lib/domain/readiness/types";
import type { TKpiTargetInput as TTarget } from "@/lib/schemas/targets";
import { STORAGE } from "../auth-helpers";
import { laneFields, passingValue, RELEASE_TARGETS, relativeLatency } from "../../tests/factories/inputs";
import { uniq } from "../support/http-session";

const port = Number(process.env.E2E_PORT ?? 3100);
// Cookie-authenticated writes must come from the app's own origin (CSRF rule), as a browser's do.
const ORIGIN = `http://127.0.0.1:${port}`;

/** A slug no other call, spec or worker uses: `prefix-<time>-<random>`. */
export const uniqueSlug = (prefix: string) => `${prefix}-${uniq()}`;

/** DESIGN's targets with a real baseline, as the integration tier's factory uses them too. */
export const DEFAULT_TARGETS = RELEASE_TARGETS;

/** One p95 latency target (20% under `baseline`, stop at +10%): what a benchmark run records. */
export const latencyTarget = (baseline = 1000): TTarget[] => [relativeLatency(baseline)];

export interface LaneOptions {
  /** Slug prefix (a unique suffix is added), or the whole slug; the name defaults to "E2E <slug>". */
  prefix?: string;
  slug?: string;
  name?: string;
  workload?: string;
  /** The owning team's slug; default a seeded team (the demo seed runs before every Playwright run). */
  team?: string;
  engineVersion?: string;
  /** Version 1 targets, defined with the lane; default DEFAULT_TARGETS, `false` for none. */
  targets?: TTarget[] | false;
  /** Planner and executor owners (the factory's two people of this worker). */
  planner?: boolean;
  executor?: boolean;
  rollbackDesign?: boolean;
  /** A drill recorded an hour ago; `false` for none. Needs the rollback design. */
  drill?: { recoverySeconds: number } | false;
  /** A plan snapshot of query `revenue_by_region` on the lane. */
  planSnapshot?: boolean;
  /** Releases 1.0.0, 1.1.0, … each deployed now, measured on target and closed: STABLE. */
  stableReleases?: number;
  /** The stage to walk the lane to after everything else, through every stage before it. */
  stage?: Stage;
  recoveryLimitSeconds?: number;
  requiredStableReleases?: number;
}

/** Everything DESIGN's READY needs; the lane stays PROPOSED unless `stage` says otherwise. */
export const READY_LANE: LaneOptions = {
  planner: true,
  executor: true,
  rollbackDesign: true,
  drill: { recoverySeconds: 300 },
  planSnapshot: true,
  stableReleases: 2,
};

export type HoldReason =
  | "NO_PLAN_SNAPSHOTS"
  | "PLANNER_OWNER_MISSING"
  | "EXECUTOR_OWNER_MISSING"
  | "NO_ROLLBACK_DESIGN"
  | "ROLLBACK_DRILL_MISSING"
  | "ROLLBACK_DRILL_TOO_SLOW"
  | "STREAK_TOO_SHORT";

/** READY_LANE less exactly what `reason` names, so the gate holds the lane for that reason alone. */
export function holdLane(reason: HoldReason): LaneOptions {
  const less: Record<HoldReason, LaneOptions> = {
    NO_PLAN_SNAPSHOTS: { planSnapshot: false },
    PLANNER_OWNER_MISSING: { planner: false },
    EXECUTOR_OWNER_MISSING: { executor: false },
    NO_ROLLBACK_DESIGN: { rollbackDesign: false, drill: false },
    ROLLBACK_DRILL_MISSING: { drill: false },
    ROLLBACK_DRILL_TOO_SLOW: { drill: { recoverySeconds: 25 * 60 } },
    STREAK_TOO_SHORT: { stableReleases: 1 },
  };
  return { ...READY_LANE, ...less[reason] };
}

export interface BuiltLane {
  id: string;
  slug: string;
  name: string;
  targets: TTarget[];
  /** Labels of the releases the factory made, oldest first. */
  releases: string[];
}

/** Sends a write as the spec's signed-in session and insists on `status`; returns the JSON answer. */
export async function apiWrite<T = Record<string, unknown>>(
  request: APIRequestContext,
  path: string,
  data: unknown,
  { method = "POST", status = [200, 201] }: { method?: string; status?: number | number[] } = {},
): Promise<T> {
  const res = await request.fetch(path.startsWith("/api/") ? path : `/api/v1${path}`, {
    method,
    data,
    headers: { origin: ORIGIN },
  });
  const body = await res.text();
  expect([status].flat(), `${method} ${path} answered ${res.status()}: ${body}`).toContain(res.status());
  return (body ? JSON.parse(body) : {}) as T;
}

export type Person = { id: string; name: string; email: string };

/** A new person of `role`, invited by the lead and accepted over the API. */
export async function createPerson(
  request: APIRequestContext,
  role: "PLATFORM_LEAD" | "LANE_OWNER" | "STAKEHOLDER" = "LANE_OWNER",
  name = `Person ${randomBytes(3).toString("hex")}`,
  { password = "factory-password-123", email = `${uniqueSlug("person")}@factory.example` } = {},
): Promise<Person & { password: string }> {
  const invitation = await apiWrite<{ acceptPath: string }>(request, "/invitations", { email, role });
  const token = invitation.acceptPath.split("/").at(-1)!;
  // Accepting is what the invited person does, signed out.
  const res = await fetch(`${ORIGIN}/api/v1/invitations/accept`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN },
    body: JSON.stringify({ token, name, password }),
  });
  const text = await res.text();
  expect(res.status, text).toBe(201);
  const account = JSON.parse(text) as Person;
  return { ...account, password };
}

// The two owners every lane of this worker shares: made once, on first use.
let owners: Promise<{ planner: Person; executor: Person }> | null = null;
function factoryOwners(request: APIRequestContext) {
  owners ??= (async () => ({
    planner: await createPerson(request, "LANE_OWNER", `Planner ${randomBytes(2).toString("hex")}`),
    executor: await createPerson(request, "LANE_OWNER", `Executor ${randomBytes(2).toString("hex")}`),
  }))().catch((error: unknown) => {
    owners = null;
    throw error;
  });
  return owners;
}

/** Plans release `label` and deploys it now with a `windowHours` observation window. */
export async function deployRelease(
  request: APIRequestContext,
  slug: string,
  label: string,
  { windowHours = 168, engineVersion = "DataFusion 53.1.0" }: { windowHours?: number; engineVersion?: string } = {},
) {
  await apiWrite(request, `/lanes/${slug}/releases`, { versionLabel: label, engineVersion });
  await apiWrite(request, `/lanes/${slug}/releases/${label}/deploy`, { observationWindowHours: windowHours });
}

/** Records `value` of `kpiKey` for release `label`, taken now. */
export function recordMeasurement(
  request: APIRequestContext,
  slug: string,
  label: string,
  kpiKey: string,
  value: number,
  source: "PRODUCTION" | "SHADOW" | "SYNTHETIC" = "PRODUCTION",
) {
  return apiWrite<{ id: string }>(request, `/lanes/${slug}/releases/${label}/measurements`, {
    kpiKey,
    value,
    source,
    takenAt: new Date().toISOString(),
  });
}

export const closeRelease = (request: APIRequestContext, slug: string, label: string) =>
  apiWrite(request, `/lanes/${slug}/releases/${label}/close`, {});

/** Deploys release `label` now, measures every target on target and closes its window: STABLE. */
export async function stableRelease(request: APIRequestContext, slug: string, label: string, targets: TTarget[]) {
  await deployRelease(request, slug, label);
  for (const target of targets) await recordMeasurement(request, slug, label, target.kpiKey, passingValue(target));
  await closeRelease(request, slug, label);
}

/** An incident of `severity` on release `label`, opened a minute ago (P1 and P2 make it unstable). */
export const recordIncident = (
  request: APIRequestContext,
  slug: string,
  label: string,
  severity: "P1" | "P2" | "P3" | "P4",
  ref = `INC-${randomBytes(2).toString("hex")}`,
) =>
  apiWrite<{ id: string }>(request, `/lanes/${slug}/releases/${label}/incidents`, {
    ref,
    severity,
    title: `Factory incident ${ref}`,
    openedAt: new Date(Date.now() - 60_000).toISOString(),
  });

/** A regression of release `label` detected an hour ago and recovered `recoveryMinutes` later. */
export const recordRegression = (
  request: APIRequestContext,
  slug: string,
  label: string,
  recoveryMinutes: number,
  summary = "Hash join spilled to disk",
) => {
  const detectedAt = Date.now() - 60 * 60_000;
  return apiWrite<{ id: string }>(request, `/lanes/${slug}/releases/${label}/regressions`, {
    summary,
    detectedAt: new Date(detectedAt).toISOString(),
    recoveredAt: new Date(detectedAt + recoveryMinutes * 60_000).toISOString(),
  });
};

/** A rollback drill of `recoverySeconds`, performed `minutesAgo` minutes ago. */
export const recordDrill = (request: APIRequestContext, slug: string, recoverySeconds: number, minutesAgo = 60) =>
  apiWrite(request, `/lanes/${slug}/drills`, {
    performedAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    recoverySeconds,
  });

const STAGE_PATH: Stage[] = ["PROPOSED", "SHADOW", "CANARY", "PRODUCTION", "EXPANDED"];

/**
 * Moves the lane stage by stage to `to`. A lane that is not READY is let into Canary by a platform
 * lead's ONE_LANE override (recorded only when the rule is closed), so a spec's lane never depends
 * on which other lanes happen to be READY; Expanded still needs the lane to be READY.
 */
export async function walkToStage(request: APIRequestContext, slug: string, to: Stage) {
  const target = STAGE_PATH.indexOf(to);
  if (target < 0) throw new Error(`walkToStage goes along ${STAGE_PATH.join(" → ")}, not to ${to}`);
  for (const toStage of STAGE_PATH.slice(1, target + 1)) {
    await apiWrite(request, `/lanes/${slug}/stage`, {
      toStage,
      reason: `Factory lane moves to ${toStage.toLowerCase()}`,
      override: toStage === "CANARY",
    });
  }
}

/** Builds a lane through the API; see the file's head for the presets. */
export async function createLane(request: APIRequestContext, options: LaneOptions = {}): Promise<BuiltLane> {
  const slug = options.slug ?? uniqueSlug(options.prefix ?? "lane");
  const name = options.name ?? `E2E ${slug}`;
  const targets = options.targets === false ? [] : (options.targets ?? DEFAULT_TARGETS);
  const { id } = await apiWrite<{ id: string }>(request, "/lanes", {
    slug,
    ...laneFields(name, {
      ...(options.workload ? { workload: options.workload } : {}),
      team: options.team ?? "finance-data-platform",
      ...(options.engineVersion ? { engineVersion: options.engineVersion } : {}),
      ...(options.requiredStableReleases ? { requiredStableReleases: options.requiredStableReleases } : {}),
      ...(options.recoveryLimitSeconds ? { recoveryLimitSeconds: options.recoveryLimitSeconds } : {}),
    }),
    ...(targets.length ? { targets } : {}),
  });
  if (options.planner || options.executor) {
    const people = await factoryOwners(request);
    for (const role of ["PLANNER", "EXECUTOR"] as const) {
      if (!options[role === "PLANNER" ? "planner" : "executor"]) continue;
      const person = role === "PLANNER" ? people.planner : people.executor;
      await apiWrite(request, `/lanes/${slug}/owners`, { role, userId: person.id, reason: "Accountable owner" });
    }
  }
  if (options.rollbackDesign) {
    await apiWrite(
      request,
      `/lanes/${slug}/rollback-design`,
      { runbookUrl: "https://runbooks.example/rb", rollbackTarget: "warehouse job" },
      { method: "PUT" },
    );
    if (options.drill) await recordDrill(request, slug, options.drill.recoverySeconds);
  }
  if (options.planSnapshot)
    await apiWrite(request, `/lanes/${slug}/plans`, {
      queryName: "revenue_by_region",
      text: "ProjectionExec: expr=[region@0 as region]\n  DataSourceExec: file_groups={1 group: [[orders.parquet]]}",
    });
  const releases: string[] = [];
  for (let i = 0; i < (options.stableReleases ?? 0); i++) {
    const label = `1.${i}.0`;
    await stableRelease(request, slug, label, targets);
    releases.push(label);
  }
  if (options.stage && options.stage !== "PROPOSED") await walkToStage(request, slug, options.stage);
  return { id, slug, name, targets, releases };
}

/**
 * Runs `build` as the platform lead, for specs whose own `request` is not the lead's (a pipeline's
 * bearer token, a stakeholder's session, no session): a context of the lead's saved sign-in.
 */
export async function asLead<T>(build: (lead: APIRequestContext) => Promise<T>): Promise<T> {
  // A context made inside a test inherits the test's `use` options: the headers are set here so a
  // pipeline's bearer token (asPipeline) does not ride along.
  const lead = await playwrightRequest.newContext({
    baseURL: ORIGIN,
    storageState: STORAGE.lead,
    extraHTTPHeaders: { origin: ORIGIN },
  });
  try {
    return await build(lead);
  } finally {
    await lead.dispose();
  }
}

export const createLaneAsLead = (options: LaneOptions = {}) => asLead((lead) => createLane(lead, options));
