import "server-only";
import type { NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { type Actor, actorKey } from "@/lib/server/auth/actor";
import { authenticate } from "@/lib/server/auth/authenticate";
import { checkSameOrigin } from "@/lib/server/api/check-same-origin";
import { authorize } from "@/lib/server/auth/authorize";
import { getDb } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { DEFAULT_MAX_BODY_BYTES, readJsonBody } from "@/lib/server/api/read-json-body";
import { toProblemResponse } from "@/lib/server/api/to-problem-response";
import type { RouteDefinition } from "@/lib/server/api/route-definition";
import { withIdempotency } from "@/lib/server/api/with-idempotency";
import { zodIssuesToParams } from "@/lib/server/api/zod-issues-to-params";
import { findUnstorableText } from "@/lib/domain/validation/find-unstorable-text";

type RouteContext = { params: Promise<Record<string, string | string[]>> };

const NoParams = z.object({});

type Input<P extends z.ZodType, B, Q> = {
  req: NextRequest;
  params: z.infer<P>;
  body: B extends z.ZodType ? z.infer<B> : undefined;
  query: Q extends z.ZodType ? z.infer<Q> : undefined;
  actor: Actor;
};

function parse<S extends z.ZodType>(
  schema: S,
  value: unknown,
  prefix: string,
  code: "INVALID_PARAMS" | "INVALID_QUERY" | "INVALID_BODY",
): z.infer<S> {
  // Text Postgres cannot store (NUL, lone surrogates) anywhere in the input: one check for every route.
  const unstorable = findUnstorableText(value, prefix);
  if (unstorable) throw new AppError(code, undefined, { params: [unstorable] });
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError(code, undefined, { params: zodIssuesToParams(parsed.error.issues, prefix) });
  return parsed.data;
}

/**
 * The one wrapper every /api/v1 route goes through: authentication (bearer token or session
 * cookie), a read check for every caller, a same-origin check for cookie writes (CSRF), size-limited JSON parsing, zod validation, Idempotency-Key replay and error mapping.
 * Write permissions are checked by the use case (runMutation), where the lane is known.
 * The route's definition rides on the handler, so the OpenAPI document is generated from it.
 */
export function withApi<
  P extends z.ZodType = typeof NoParams,
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
>(options: RouteDefinition<P, B, Q>, handler: (input: Input<P, B, Q>) => Promise<NextResponse>) {
  const route = async (req: NextRequest, ctx: RouteContext): Promise<NextResponse> => {
    try {
      const actor = await authenticate(req);
      if (!(options.allowAnonymous && actor.type === "ANONYMOUS")) authorize(actor, "read");
      if (actor.type === "USER") checkSameOrigin(req);
      const params = parse(options.params ?? NoParams, (await ctx?.params) ?? {}, "/params", "INVALID_PARAMS");
      const query = options.query
        ? parse(options.query, Object.fromEntries(req.nextUrl.searchParams), "/query", "INVALID_QUERY")
        : undefined;
      const raw = options.body ? await readJsonBody(req, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES) : undefined;
      const body = options.body && raw ? parse(options.body, raw.value, "", "INVALID_BODY") : undefined;
      const run = () => handler({ req, params, body, query, actor } as Input<P, B, Q>);
      const key = req.headers.get("idempotency-key");
      if (key && req.method !== "GET") {
        return await withIdempotency({
          db: getDb(),
          scope: actorKey(actor),
          key,
          method: req.method,
          path: req.nextUrl.pathname,
          bodyText: raw?.text ?? "",
          run,
        });
      }
      return await run();
    } catch (error) {
      return toProblemResponse(error);
    }
  };
  return Object.assign(route, { definition: options as RouteDefinition });
}
