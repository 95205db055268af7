import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What the API shows of a token (ZApiTokenRecord): never its hash. */
export const API_TOKEN_FIELDS = {
  id: true,
  name: true,
  prefix: true,
  laneId: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} satisfies Prisma.ApiTokenSelect;
