import { z } from "zod";

export const ZSlug = z
  .string()
  .min(2, "A slug has at least 2 characters")
  .max(64, "A slug has at most 64 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "A slug is lowercase letters, digits and single dashes");

export const ZSlugParams = z.object({ slug: ZSlug });
