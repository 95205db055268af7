import { z } from "zod";

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
