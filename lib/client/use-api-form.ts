"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";
import { ApiError, apiFetch } from "@/lib/client/api";
import { laneKeys } from "@/lib/client/keys";

/**
 * A form that writes through /api/v1: the shared zod schema checks the input first (errors next
 * to the fields, nothing sent), then the API answers; its field errors land next to the fields and
 * a business-rule refusal stays in `error` for the alert. On success every lane query is
 * invalidated and the server components re-render, so readiness, lane and release pages agree.
 */
export function useApiForm<S extends z.ZodType, R = unknown>({
  schema,
  path,
  method = "POST",
  onSuccess,
}: {
  schema: S;
  path: string;
  method?: "POST" | "PATCH";
  onSuccess?: (result: R) => void;
}) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: (body: z.output<S>) => apiFetch<R>(path, { method, body }),
    onSuccess: async (result) => {
      setFieldErrors({});
      await queryClient.invalidateQueries({ queryKey: laneKeys.all });
      router.refresh();
      onSuccess?.(result);
    },
    onError: (error) => setFieldErrors(error instanceof ApiError ? error.fieldErrors() : {}),
  });

  function submit(raw: unknown) {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      mutation.reset();
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "");
        if (field && !(field in errors)) errors[field] = issue.message;
      }
      setFieldErrors(errors);
      return;
    }
    setFieldErrors({});
    mutation.mutate(parsed.data);
  }

  return { submit, fieldErrors, error: mutation.error, pending: mutation.isPending, succeeded: mutation.isSuccess };
}
