import { AUDIT_ACTIONS, isAuditAction } from "./audit-actions";

export interface AuditEventFacts {
  action: string;
  actorLabel: string;
  entityType: string;
  before: unknown;
  after: unknown;
  lane: { name: string } | null;
  /** Names of the people the event's ids refer to (owners assigned, people changed). */
  people: ReadonlyMap<string, string>;
}

const record = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v)) : {};
const text = (v: unknown): string | null =>
  typeof v === "string" && v !== "" ? v : typeof v === "number" && Number.isFinite(v) ? String(v) : null;

/** The detail a sentence adds for an action, read from the event's after (or before) state. */
function detail(e: AuditEventFacts): string | null {
  const a = record(e.after);
  const b = record(e.before);
  const person = (id: unknown) => (typeof id === "string" ? (e.people.get(id) ?? "a former person") : null);
  switch (e.action) {
    case "stage.change":
    case "stage.override":
      return text(b.stage) && text(a.stage) ? `from ${text(b.stage)} to ${text(a.stage)}` : null;
    case "owner.assign": {
      const who = person(a.userId);
      const role = text(a.role)?.toLowerCase();
      return who && role ? `${who} as ${role} owner` : who;
    }
    case "targets.define":
    case "targets.edit":
    case "targets.approve":
    case "targets.reject":
      return text(a.version) ? `version ${text(a.version)}` : null;
    case "release.create":
    case "release.edit":
    case "release.deploy":
    case "release.close":
    case "release.rollback":
      return text(a.versionLabel) ?? text(b.versionLabel);
    case "measurement.record":
      return text(a.kpiKey) && text(a.value) ? `${text(a.kpiKey)} = ${text(a.value)}` : null;
    case "incident.record":
    case "incident.resolve":
      return [text(a.severity), text(a.ref)].filter(Boolean).join(" ") || null;
    case "regression.record":
      return text(a.summary);
    case "plan.capture":
      return text(a.queryName);
    case "drill.record":
      return text(a.recoverySeconds) ? `recovered in ${text(a.recoverySeconds)} s` : null;
    case "person.update":
    case "person.create":
      return text(a.name) ?? text(b.name);
    case "token.create":
    case "token.revoke":
    case "team.create":
      return text(a.name) ?? text(b.name);
    case "webhook.create":
    case "webhook.update":
    case "webhook.delete":
      return text(a.url) ?? text(b.url);
    default:
      return null;
  }
}

/**
 * One audit event as a sentence a person reads: "Priya Raman deployed a release (2026.11.2) on
 * Nightly revenue rollup." The raw before and after stay one click away on the page.
 */
export function describeAuditEvent(e: AuditEventFacts): string {
  const phrase = isAuditAction(e.action) ? AUDIT_ACTIONS[e.action] : `did ${e.action} on ${e.entityType}`;
  const more = detail(e);
  const lane = e.lane && !phrase.includes("the lane") ? ` on ${e.lane.name}` : e.lane ? ` (${e.lane.name})` : "";
  return `${e.actorLabel} ${phrase}${more ? ` — ${more}` : ""}${lane}.`;
}
