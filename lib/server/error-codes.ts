import "server-only";

export interface ErrorKind {
  status: number;
  /** The same for every occurrence of the code (RFC 9457 `title`); the throw site says what happened (`detail`). */
  title: string;
  /** How to fix it, when the throw site has nothing more specific to say. */
  fix?: string;
}

/**
 * Every error code /api/v1 answers with, and its HTTP status. A throw site names the code and
 * says what happened; the status and title come from here, so one kind of failure has one status.
 *
 * - 400: the request itself is malformed (schema, JSON, header).
 * - 422: the request is well-formed but its values contradict the clock or the stored record
 *   (a time in the future, a KPI the release is not judged on, a person who does not exist).
 * - 409: the request conflicts with the record's current state (already done, taken, stale, a gate).
 */
const CODES = {
  INVALID_BODY: { status: 400, title: "The request body is invalid." },
  INVALID_PARAMS: { status: 400, title: "The URL parameters are invalid." },
  INVALID_QUERY: { status: 400, title: "The query parameters are invalid." },
  INVALID_IDEMPOTENCY_KEY: {
    status: 400,
    title: "The Idempotency-Key header is invalid.",
    fix: "Send 8 to 200 characters; a UUID is a good choice.",
  },
  INVALID_BENCHMARK_RUN: { status: 400, title: "The benchmark result is not one this API reads." },
  /** Answered by proxy.ts (lib/security/reject-malformed-path.ts) before any route runs. */
  WEBHOOK_TARGET_NOT_ALLOWED: {
    status: 400,
    title: "Lanegate does not send webhooks to this address.",
    fix: "Use the receiver's public URL.",
  },
  INVALID_PATH: { status: 400, title: "The URL path is not valid percent-encoded UTF-8." },
  KPI_VALUE_OUT_OF_DOMAIN: {
    status: 400,
    title: "The value is outside the KPI unit's valid range.",
    fix: "Send the value as measured, in the KPI's unit (docs/kpi-units.md).",
  },

  UNAUTHENTICATED: { status: 401, title: "Not signed in.", fix: "Sign in or send a valid API token." },
  INVALID_TOKEN: { status: 401, title: "The API token is missing, wrong or revoked." },

  FORBIDDEN: { status: 403, title: "Not allowed." },
  CSRF_REJECTED: { status: 403, title: "The change did not come from Lanegate's own pages." },

  NOT_FOUND: { status: 404, title: "Not found." },
  RELEASE_NOT_FOUND: {
    status: 404,
    title: "The release was not found.",
    fix: "Create the release first (POST /api/v1/lanes/{slug}/releases), or check the label.",
  },
  PLAN_NOT_FOUND: { status: 404, title: "The plan was not found." },

  CONFLICT: { status: 409, title: "A record with the same unique key already exists." },
  STALE_VERSION: {
    status: 409,
    title: "The record changed since it was read.",
    fix: "Review the current values, re-apply your change and save again.",
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 409,
    title: "The Idempotency-Key was used for a different request.",
    fix: "Use a new key for a new request; reuse a key only to retry the same request.",
  },
  IDEMPOTENT_REQUEST_IN_PROGRESS: {
    status: 409,
    title: "A request with this Idempotency-Key is still running.",
    fix: "Retry shortly.",
  },
  SLUG_TAKEN: { status: 409, title: "The slug is taken." },
  TEAM_EXISTS: { status: 409, title: "A team with that slug or name exists already." },
  RELEASE_EXISTS: { status: 409, title: "The release exists already." },
  INCIDENT_REF_TAKEN: { status: 409, title: "The incident reference is taken." },
  PERSON_EXISTS: { status: 409, title: "The person has an account already." },
  OWNER_UNCHANGED: { status: 409, title: "The person holds the role already." },
  LAST_PLATFORM_LEAD: { status: 409, title: "The last platform lead cannot step down." },
  NO_PLATFORM_LEAD: { status: 409, title: "There is no platform lead." },
  RELEASE_ALREADY_DEPLOYED: { status: 409, title: "The release was deployed already." },
  RELEASE_NOT_DEPLOYED: { status: 409, title: "The release is not deployed." },
  RELEASE_ALREADY_ROLLED_BACK: { status: 409, title: "The release was rolled back already." },
  WINDOW_ALREADY_CLOSED: { status: 409, title: "The observation window is closed already." },
  INCIDENT_ALREADY_RESOLVED: { status: 409, title: "The incident was resolved already." },
  REGRESSION_ALREADY_RECOVERED: { status: 409, title: "The regression recovered already." },
  MEASUREMENT_ALREADY_INVALIDATED: { status: 409, title: "The measurement was invalidated already." },
  NO_ROLLBACK_DESIGN: { status: 409, title: "The lane has no rollback design." },
  NO_BASELINE_RUN: { status: 409, title: "The lane has no baseline benchmark run." },
  TARGETS_PENDING: { status: 409, title: "A target version waits for approval." },
  TARGETS_NOT_PENDING: { status: 409, title: "The target version is not waiting for approval." },
  TARGETS_FROZEN: { status: 409, title: "The target version is frozen." },
  TARGETS_NOT_FROZEN: { status: 409, title: "The target version is not frozen yet." },
  EXPANSION_GATE_CLOSED: { status: 409, title: "The expansion gate is closed." },
  ONE_LANE_RULE: { status: 409, title: "The one-lane rule holds." },

  INVITATION_INVALID: { status: 410, title: "The invitation is no longer valid." },
  PAYLOAD_TOO_LARGE: { status: 413, title: "The request body is too large." },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: "The request body is not JSON.",
    fix: "Send the body as JSON with Content-Type: application/json.",
  },

  INVALID_STAGE_TRANSITION: { status: 422, title: "The lane cannot move to that stage." },
  REASON_REQUIRED: { status: 422, title: "A reason is required." },
  USER_NOT_FOUND: { status: 422, title: "The person does not exist or is deactivated." },
  UNKNOWN_LANE: { status: 422, title: "A lane does not exist." },
  UNKNOWN_TEAM: {
    status: 422,
    title: "The team does not exist.",
    fix: "Pick one of the teams listed at /teams; a platform lead can add a team there.",
  },
  UNKNOWN_KPI: { status: 422, title: "The release is not judged on that KPI." },
  TAKEN_IN_FUTURE: { status: 422, title: "The time is in the future.", fix: "Give the time the value was measured." },
  OPENED_IN_FUTURE: {
    status: 422,
    title: "The time is in the future.",
    fix: "Give the time the incident was opened.",
  },
  DETECTED_IN_FUTURE: {
    status: 422,
    title: "The time is in the future.",
    fix: "Give the time the regression was detected.",
  },
  DEPLOYED_IN_FUTURE: {
    status: 422,
    title: "The time is in the future.",
    fix: "Leave the deployment time empty to use the current time, or give a past time.",
  },
  DRILL_IN_FUTURE: {
    status: 422,
    title: "The time is in the future.",
    fix: "Enter the time the drill actually happened.",
  },
  RESOLVED_BEFORE_OPENED: { status: 422, title: "The incident cannot be resolved before it was opened." },
  RECOVERED_BEFORE_DETECTED: { status: 422, title: "The regression cannot recover before it was detected." },

  INTERNAL: { status: 500, title: "Something went wrong on the server. The error has been logged." },
  DATABASE_UNAVAILABLE: { status: 503, title: "The database is unavailable right now; retry shortly." },
} as const satisfies Record<string, ErrorKind>;

export type ErrorCode = keyof typeof CODES;
export const ERROR_CODES: Readonly<Record<ErrorCode, ErrorKind>> = CODES;
