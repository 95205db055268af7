/** The three roles of DESIGN.md (same values as the UserRole enum in the schema). */
export type RoleKey = "PLATFORM_LEAD" | "LANE_OWNER" | "STAKEHOLDER";

export const ROLE_LABELS: Record<RoleKey, string> = {
  PLATFORM_LEAD: "Platform lead",
  LANE_OWNER: "Lane owner",
  STAKEHOLDER: "Stakeholder",
};
