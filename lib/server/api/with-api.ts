import "server-only";
import type { NextRequest, NextResponse } from "next/server";
import type { z } from "zod";
import { AppError } from "@/lib/server/errors";
import { toProblemResponse } from "@/lib/server/api/to-problem-response";
import { zodIssuesToParams } from "@/lib/server/api/zod-issues-to-params";
import { authenticate, type Actor } from "@/lib/server/api/authenticate";

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/**
 * The one wrapper every /api/v1 route goes through: authentication, parameter parsing and error
 * mapping live here so that no handler can forget them.
 */
export function withApi<P extends z.ZodType>(
  options: { params: P },
  handler: (input: { req: NextRequest; params: z.infer<P>; actor: Actor }) => Promise<NextResponse>,
) {
  return async (req: NextRequest, ctx: RouteContext): Promise<NextResponse> => {
    try {
      const actor = await authenticate(req);
      const parsed = options.params.safeParse(await ctx.params);
      if (!parsed.success) {
        throw new AppError("INVALID_PARAMS", 400, "The URL parameters are invalid.", {
          params: zodIssuesToParams(parsed.error.issues, "/params"),
        });
      }
      return await handler({ req, params: parsed.data, actor });
    } catch (error) {
      return toProblemResponse(error);
    }
  };
}
