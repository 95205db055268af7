import type { UserRole } from "@/lib/generated/prisma/enums";

export const ROLE_LABELS: Record<UserRole, string> = {
  PLATFORM_LEAD: "Platform lead",
  LANE_OWNER: "Lane owner",
  STAKEHOLDER: "Stakeholder",
};
