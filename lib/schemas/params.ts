import { z } from "zod";

export const ZSlug = z
  .string()
  .min(2, "A slug has at least 2 characters")
  .max(64, "A slug has at most 64 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "A slug is lowercase letters, digits and single dashes");

export const ZSlugParams = z.object({ slug: ZSlug });

/** A record id in the URL (people, tokens, webhooks). */
export const ZIdParams = z.object({
  id: z.string().min(1, "An id is required").max(64, "An id has at most 64 characters"),
});
