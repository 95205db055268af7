// Every audit action, named <noun>.<verb> (noun in snake_case, verb in the present tense), with
// the phrase a sentence about it uses. runMutation takes only these names, so a writer cannot
// invent a second spelling; the teams migration renamed the stored events to this scheme.
export const AUDIT_ACTIONS = {
  "lane.create": "created the lane",
  "lane.update": "edited the lane",
  "lane.follow": "followed the lane",
  "lane.unfollow": "stopped following the lane",
  "stage.change": "moved the lane's stage",
  "stage.override": "moved the lane's stage by override",
  "owner.assign": "assigned an owner",
  "targets.define": "defined KPI targets",
  "targets.edit": "proposed new KPI targets",
  "targets.approve": "approved KPI targets",
  "targets.reject": "rejected KPI targets",
  "release.create": "planned a release",
  "release.edit": "edited a release",
  "release.deploy": "deployed a release",
  "release.close": "closed a release's observation window",
  "release.rollback": "rolled back a release",
  "measurement.record": "recorded a measurement",
  "measurement.invalidate": "invalidated a measurement",
  "incident.record": "recorded an incident",
  "incident.resolve": "resolved an incident",
  "regression.record": "recorded a regression",
  "regression.recover": "recorded a regression's recovery",
  "rollback_design.save": "saved the rollback design",
  "drill.record": "recorded a rollback drill",
  "plan.capture": "captured a query plan",
  "benchmark_run.push": "pushed a benchmark run",
  "decision.approve": "approved scope expansion",
  "decision.refuse": "refused scope expansion",
  "token.create": "created an API token",
  "token.revoke": "revoked an API token",
  "person.create": "added a person",
  "person.update": "changed a person",
  "invitation.create": "invited a person",
  "invitation.accept": "accepted an invitation",
  "webhook.create": "added a webhook",
  "webhook.update": "changed a webhook",
  "webhook.delete": "deleted a webhook",
  "team.create": "created a team",
  "inbox.mark_seen": "marked their inbox seen",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const isAuditAction = (value: string): value is AuditAction => Object.hasOwn(AUDIT_ACTIONS, value);
