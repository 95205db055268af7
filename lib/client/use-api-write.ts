"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { z } from "zod";
import { apiFetch, type SchemaSource } from "@/lib/client/api";
import { keysAfterWrite } from "@/lib/client/keys-after-write";
import { useToast } from "@/lib/client/use-toast";

/**
 * A write through /api/v1 (the one write path the UI shares with CI): the answer is parsed with
 * the schema the route declares; on success the queries the write made stale are invalidated
 * (keysAfterWrite) and the server-rendered page refreshes, so every view shows the change.
 * Forms use it through useApiForm; row actions (revoke, pause, change a role) call `write` directly.
 */
export function useApiWrite<R extends z.ZodType, TBody = unknown>({
  method = "POST",
  response,
  send,
  onSuccess,
  success,
}: {
  method?: "POST" | "PUT" | "PATCH" | "DELETE";
  /** What to tell the person when it worked ("Owner assigned."); shown as a toast. */
  success?: string | ((result: z.output<R>, body: TBody) => string);
  /** The route's response schema, or a loader of it (SchemaSource: zod then loads with the first write). */
  response: SchemaSource<R>;
  /** Instead of /api/v1: the sign-in routes, which Better Auth serves. Must throw ApiError on a refusal. */
  send?: (body: TBody) => Promise<z.output<R>>;
  onSuccess?: (result: z.output<R>, body: TBody) => void;
}) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const toast = useToast();
  const mutation = useMutation<z.output<R>, Error, { path: string; body: TBody }>({
    mutationFn: ({ path, body }) =>
      send ? send(body) : apiFetch(path, { method, body: method === "DELETE" ? undefined : body, schema: response }),
    onSuccess: async (result, { path, body }) => {
      await Promise.all(keysAfterWrite(path).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      router.refresh();
      if (success) toast(typeof success === "function" ? success(result, body) : success);
      onSuccess?.(result, body);
    },
  });
  return { ...mutation, write: (path: string, body: TBody) => mutation.mutate({ path, body }) };
}
