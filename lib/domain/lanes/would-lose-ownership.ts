import type { OwnerRole } from "../readiness/types";

/**
 * Whether assigning `role` to `assigneeId` leaves the person assigning it without any owner role
 * on the lane, and so without the right to change it (platform leads keep every right). The
 * owner form warns and asks for confirmation before an owner locks themselves out.
 */
export function wouldLoseOwnership({
  viewerId,
  viewerIsLead,
  currentOwners,
  role,
  assigneeId,
}: {
  viewerId: string;
  viewerIsLead: boolean;
  currentOwners: Partial<Record<OwnerRole, string>>;
  role: OwnerRole;
  assigneeId: string;
}): boolean {
  if (viewerIsLead || assigneeId === "" || assigneeId === viewerId) return false;
  if (currentOwners[role] !== viewerId) return false;
  const other: OwnerRole = role === "PLANNER" ? "EXECUTOR" : "PLANNER";
  return currentOwners[other] !== viewerId;
}
