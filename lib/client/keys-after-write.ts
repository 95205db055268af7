import {
  auditKeys,
  decisionKeys,
  inboxKeys,
  laneKeys,
  peopleKeys,
  teamKeys,
  tokenKeys,
  webhookKeys,
} from "@/lib/client/keys";

const FAMILIES: Record<string, readonly string[]> = {
  tokens: tokenKeys.all,
  webhooks: webhookKeys.all,
  people: peopleKeys.all,
  invitations: peopleKeys.all,
  teams: teamKeys.all,
  inbox: inboxKeys.all,
};

/**
 * The queries a write through /api/v1 makes stale. Every write runs through runMutation, which
 * writes an audit event and re-evaluates the lane it touches (readiness, history, decisions under
 * review), so those always go; the resource family the path names (tokens, webhooks, people) too.
 */
export function keysAfterWrite(path: string): (readonly string[])[] {
  const family = FAMILIES[path.replace(/^\/api\/v1\//, "").split(/[/?]/)[0] ?? ""];
  // Following a lane changes what the person's inbox lists.
  const follow = /^\/api\/v1\/lanes\/[^/]+\/follow$/.test(path) ? [inboxKeys.all] : [];
  return [laneKeys.all, decisionKeys.all, auditKeys.all, ...(family ? [family] : []), ...follow];
}
