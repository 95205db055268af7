/** What the audit filters offer: values that occur in the trail, lanes that exist. */
export interface AuditFilterOptionsView {
  actors: readonly string[];
  actions: readonly string[];
  entityTypes: readonly string[];
  lanes: readonly { slug: string; name: string }[];
}

/** One audit event as the audit page shows it. */
export interface AuditEventView {
  id: string;
  at: string;
  actorType: "USER" | "TOKEN" | "SYSTEM";
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  lane: { id: string; slug: string | null; name: string } | null;
  sentence: string;
  before: unknown;
  after: unknown;
}
