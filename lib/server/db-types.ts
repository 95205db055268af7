import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/** The process's Prisma client (lib/server/db.ts creates the one instance). */
export type Db = PrismaClient;

/** The client inside `db.$transaction`: what a use case's `run(tx)` and its helpers receive. */
export type Tx = Prisma.TransactionClient;
