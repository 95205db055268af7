import { z } from "zod";
import { ZExpectedVersion } from "@/lib/schemas/instant";
import { ZIsoTime } from "@/lib/schemas/json";
import { ZSlug } from "@/lib/schemas/params";

export const ZUserRole = z.enum(["PLATFORM_LEAD", "LANE_OWNER", "STAKEHOLDER"], {
  error: "Pick a role: platform lead, lane owner or stakeholder",
});
export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter an email address like name@example.com").max(254));
export const ZPersonName = z
  .string()
  .trim()
  .min(1, "Enter the person's name")
  .max(120, "A name has at most 120 characters");
export const ZPassword = z.string().min(12, "Use at least 12 characters").max(128, "Use at most 128 characters");

/** Signing in with a password (Better Auth's /api/auth/sign-in/email checks it). */
export const ZSignIn = z.object({
  email: z.string().trim().min(1, "Enter your email"),
  password: z.string().min(1, "Enter your password"),
});

/** The first platform lead (CLI) and any person created with a password. */
export const ZCreateUser = z.object({ email: ZEmail, name: ZPersonName, role: ZUserRole, password: ZPassword });
export type TCreateUser = z.infer<typeof ZCreateUser>;

export const ZCreateInvitation = z.object({ email: ZEmail, role: ZUserRole });
export type TCreateInvitation = z.infer<typeof ZCreateInvitation>;

export const ZAcceptInvitation = z.object({
  token: z.string().min(10).max(200),
  name: ZPersonName,
  password: ZPassword,
});
export type TAcceptInvitation = z.infer<typeof ZAcceptInvitation>;

export const ZUpdatePerson = z
  .object({
    role: ZUserRole.optional(),
    active: z.boolean().optional(),
    /** The person's version when the page was opened; a change based on an older one is refused. */
    version: ZExpectedVersion.optional(),
  })
  .refine((v) => v.role !== undefined || v.active !== undefined, { message: "Send a role or active", path: ["role"] });
export type TUpdatePerson = z.infer<typeof ZUpdatePerson>;

export const ZCreateApiToken = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Name the token after the pipeline that uses it, e.g. github-actions-nightly")
    .max(80, "A token name has at most 80 characters"),
  /** A lane slug, or null for an all-lanes token (platform leads only). */
  lane: z.string().trim().min(1).max(100).nullable(),
});
export type TCreateApiToken = z.infer<typeof ZCreateApiToken>;

/** Whose tokens to list: a lane's (by slug), or the all-lane tokens without it. */
export const ZApiTokenQuery = z.object({ lane: ZSlug.optional() });

/** A created invitation; the accept link (`acceptPath`) is in this answer only. */
export const ZInvitationCreated = z.object({
  id: z.string(),
  email: z.string(),
  role: ZUserRole,
  expiresAt: ZIsoTime,
  createdAt: ZIsoTime,
  acceptPath: z.string(),
});

/** The account an accepted invitation created. */
export const ZAccountCreated = z.object({ id: z.string(), email: z.string(), name: z.string(), role: ZUserRole });

export const ZPersonRecord = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: ZUserRole,
  deactivatedAt: ZIsoTime.nullable(),
  version: z.number().int(),
});

/** A CI token without its secret. */
export const ZApiTokenRecord = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  laneId: z.string().nullable(),
  createdAt: ZIsoTime,
  lastUsedAt: ZIsoTime.nullable(),
  revokedAt: ZIsoTime.nullable(),
});

export const ZApiTokenList = z.object({
  tokens: z.array(
    ZApiTokenRecord.extend({
      createdBy: z.object({
        name: z.string(),
        deactivated: z.boolean(),
        /** Whether the creator could still create or revoke this token themselves. */
        hasRights: z.boolean(),
      }),
      /** Revoked tokens and tokens of a deactivated creator are refused (401). */
      works: z.boolean(),
    }),
  ),
});
export type TApiTokenListItem = z.infer<typeof ZApiTokenList>["tokens"][number];

/** A created CI token: `token` is its secret, shown this once. */
export const ZApiTokenCreated = ZApiTokenRecord.extend({
  lane: z.object({ slug: z.string(), name: z.string() }).nullable(),
  token: z.string(),
});
