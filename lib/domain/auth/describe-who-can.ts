/** Who may take a lane action: a platform lead alone, or also the lane's current owners. */
export type WhoCan = "lead" | "lead-or-owners";

/**
 * The refusal sentence shown beside a control a person may not use and in the API's refusal:
 * it names who can act, never "ask one of this lane's owners" to an owner who is one.
 * `action` reads after "can" ("approve or refuse scope expansion").
 */
export function describeWhoCan({
  who,
  action,
  ownerNames,
}: {
  who: WhoCan;
  action: string;
  /** The lane's current owners; undefined when the caller does not know them (the API's refusal). */
  ownerNames?: readonly string[];
}): string {
  if (who === "lead") return `Only a platform lead can ${action}.`;
  if (ownerNames === undefined) return `Only a platform lead or this lane's planner or executor owner can ${action}.`;
  if (ownerNames.length === 0)
    return `Only a platform lead can ${action} here: this lane has no owner yet (a platform lead assigns them).`;
  return `Only a platform lead or this lane's owners (${ownerNames.join(", ")}) can ${action}.`;
}
