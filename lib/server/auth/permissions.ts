import "server-only";
/**
 * Everything a caller can ask to do. Lane-scoped permissions are checked against the lane the
 * request touches; the policy (authorize.ts) decides per actor and role.
 */
export const PERMISSIONS = {
  read: { scope: "global", description: "read lanes, releases, decisions and the audit trail" },
  "lane.create": { scope: "global", description: "create a lane" },
  "lane.update": { scope: "lane", description: "edit a lane, pause or retire it, move its stage through the gates" },
  "lane.override": { scope: "lane", description: "override the expansion gate or the one-lane rule" },
  "owner.assign": { scope: "lane", description: "assign the planner or executor owner" },
  "targets.define": {
    scope: "lane",
    description: "define KPI targets before the first deployment, or propose a new version",
  },
  "targets.approve": { scope: "lane", description: "approve or reject a new target version" },
  "release.write": {
    scope: "lane",
    description: "plan, deploy, close and roll back releases; record measurements, incidents, regressions",
  },
  "ingest.write": { scope: "lane", description: "push benchmark runs and plan snapshots" },
  "rollback.write": { scope: "lane", description: "edit the rollback design and record drills" },
  "decision.record": { scope: "lane", description: "approve or refuse scope expansion" },
  "token.manage": { scope: "lane", description: "create and revoke CI tokens for a lane" },
  "people.manage": { scope: "global", description: "invite people and change their roles" },
  "webhook.manage": { scope: "global", description: "configure outgoing webhooks" },
  "team.manage": { scope: "global", description: "create teams" },
  follow: { scope: "global", description: "follow lanes and mark one's own inbox seen" },
} as const;

export type Permission = keyof typeof PERMISSIONS;
