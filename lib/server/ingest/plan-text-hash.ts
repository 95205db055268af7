import "server-only";
import { createHash } from "node:crypto";

/** SHA-256 (hex) of a plan snapshot's raw text: equal hashes mean byte-identical plans. */
export function planTextHash(rawText: string): string {
  return createHash("sha256").update(rawText, "utf8").digest("hex");
}
