"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { type DefaultValues, type FieldValues, type Path, type PathValue, useForm } from "react-hook-form";
import type { z } from "zod";
import { ApiError, type ProblemParam, type SchemaSource } from "@/lib/client/api";
import { describeStaleChanges, type StaleChange, type StaleField } from "@/lib/client/describe-stale-changes";
import { mapProblemToFields } from "@/lib/client/map-problem-to-fields";
import { useApiWrite } from "@/lib/client/use-api-write";
import { EMPTY_AS_UNDEFINED, fieldErrorMessage } from "@/lib/client/use-form-field";

/** The record version a form sends back (optimistic concurrency); never shown as a field. */
const VERSION = "version";

/**
 * The one form kit: react-hook-form with the route's own zod schema (zodResolver), so bad input
 * is caught before anything is sent, with the same messages the API would give. The API's field
 * errors (invalid_params pointers) land on the same fields, keyed the same way ("targets.0.baseline");
 * the rest goes to the ProblemAlert. A STALE_VERSION refusal keeps the user's input, moves the
 * form's `version` to the current record's, and lists what changed since the form was opened
 * (`stale`), so saving again applies the input on top of it.
 */
export function useApiForm<S extends z.ZodType<unknown, FieldValues>, R extends z.ZodType>({
  schema,
  defaultValues,
  path,
  method = "POST",
  response,
  send,
  stale,
  onSuccess,
  success,
}: {
  schema: S;
  defaultValues: DefaultValues<z.input<S>>;
  /** A function when the address depends on the input or on which button was pressed. */
  path: string | ((body: z.output<S>) => string);
  method?: "POST" | "PUT" | "PATCH";
  /** The route's response schema, or a loader of it. */
  response: SchemaSource<R>;
  send?: (body: z.output<S>) => Promise<z.output<R>>;
  stale?: { seen: Record<string, unknown>; fields: readonly StaleField[] };
  onSuccess?: (result: z.output<R>, body: z.output<S>) => void;
  /** The success message (a toast): every form says that it worked. */
  success?: string | ((result: z.output<R>, body: z.output<S>) => string);
}) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver: zodResolver(schema), defaultValues });
  const [unmatched, setUnmatched] = useState<ProblemParam[]>([]);
  const [changes, setChanges] = useState<StaleChange[] | null>(null);
  const [seen, setSeen] = useState(stale?.seen ?? {});
  const fieldNames = Object.keys(defaultValues).filter((name) => name !== VERSION);
  const versioned = VERSION in defaultValues;
  const setVersion = (version: unknown) => {
    if (versioned && typeof version === "number")
      form.setValue(VERSION as Path<z.input<S>>, version as PathValue<z.input<S>, Path<z.input<S>>>);
  };

  const write = useApiWrite<R, z.output<S>>({
    method,
    response,
    send,
    success,
    onSuccess: (result, body) => {
      const saved: unknown = result;
      if (saved && typeof saved === "object" && VERSION in saved) setVersion(saved.version);
      onSuccess?.(result, body);
    },
  });

  const showProblem = (error: Error) => {
    if (!(error instanceof ApiError)) return;
    const mapped = mapProblemToFields({ params: error.invalidParams, fieldNames });
    for (const [name, message] of Object.entries(mapped.fields))
      form.setError(name as Path<z.input<S>>, { type: "server", message });
    setUnmatched(mapped.unmatched);
    if (error.code === "STALE_VERSION" && error.current) {
      setChanges(stale ? describeStaleChanges({ fields: stale.fields, seen, current: error.current }) : []);
      setSeen(error.current);
      setVersion(error.current.version);
    }
  };

  const submit = form.handleSubmit(
    (body) => {
      setUnmatched([]);
      setChanges(null);
      write.mutate({ path: typeof path === "function" ? path(body) : path, body }, { onError: showProblem });
    },
    () => write.reset(),
  );

  const errorOf = (name: Path<z.input<S>>) => fieldErrorMessage(form.getFieldState(name, form.formState).error);

  /** A registered text, select, checkbox or radio input with its error; `optional`: an empty input is left out. */
  const field = (name: Path<z.input<S>>, { optional = false }: { optional?: boolean } = {}) => ({
    ...form.register(name, optional ? EMPTY_AS_UNDEFINED : undefined),
    error: errorOf(name),
  });

  return {
    form,
    field,
    errorOf,
    submit,
    pending: write.isPending,
    succeeded: write.isSuccess,
    /** Props for <ProblemAlert>: the refusal, what no field shows, and for a stale save what changed. */
    alert: { error: write.error, unmatched, changes },
  };
}

export type ApiForm = ReturnType<typeof useApiForm>;
