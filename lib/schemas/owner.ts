import { z } from "zod";
import { ZIsoTime } from "@/lib/schemas/json";

/** Assigning (or replacing) a lane's planner or executor owner. */
export const ZAssignOwner = z.object({
  role: z.enum(["PLANNER", "EXECUTOR"], { error: "Pick the planner or the executor role" }),
  userId: z.string().trim().min(1, "Pick a person"),
  reason: z
    .string()
    .trim()
    .min(5, "Say why, in at least 5 characters")
    .max(2000, "A reason has at most 2,000 characters"),
});
export type TAssignOwner = z.infer<typeof ZAssignOwner>;

/** The new assignment; the one it replaced ends at the same instant. */
export const ZOwnerAssigned = z.object({
  id: z.string(),
  laneId: z.string(),
  role: z.enum(["PLANNER", "EXECUTOR"]),
  userId: z.string(),
  userName: z.string(),
  assignedById: z.string().nullable(),
  reason: z.string(),
  assignedAt: ZIsoTime,
  endedAt: ZIsoTime.nullable(),
});
