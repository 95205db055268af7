import "server-only";
import { AppError } from "@/lib/server/errors";

/** Default limit for JSON bodies; ingestion routes (plans, benchmark runs) raise it. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * Reads a JSON body with its size checked before parsing: the Content-Length header first, then
 * the bytes actually read, so a lying or missing header cannot make the server parse a huge body.
 */
export async function readJsonBody(req: Request, maxBytes: number): Promise<{ value: unknown; text: string }> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "The body was not sent as JSON.");
  }
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const reader = req.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "")
    throw new AppError("INVALID_BODY", "The request body is empty; send a JSON object.", {
      params: [{ pointer: "/", message: "Body is empty" }],
    });
  try {
    return { value: JSON.parse(text), text };
  } catch (error) {
    throw new AppError("INVALID_BODY", "The request body is not valid JSON.", {
      params: [{ pointer: "/", message: error instanceof Error ? error.message : "Invalid JSON" }],
    });
  }
}

function tooLarge(maxBytes: number) {
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `The request body is larger than the ${Math.round(maxBytes / 1024)} KiB this endpoint accepts.`,
  );
}
