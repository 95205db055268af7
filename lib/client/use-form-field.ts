"use client";

import { type FieldError, type FieldValues, useFormContext } from "react-hook-form";

/** The message under a field: its own, or for a list (KPI targets) the one about the whole list. */
export function fieldErrorMessage(error: FieldError | undefined): string | undefined {
  if (!error) return undefined;
  return error.message ?? ("root" in error && error.root?.message ? error.root.message : undefined);
}

/** An empty input is left out of the body, so the schema decides whether the field was required. */
export const EMPTY_AS_UNDEFINED = { setValueAs: (v: unknown) => (v === "" ? undefined : v) };

/**
 * Fields of the form around a shared section (the lane's own fields, the KPI target rows), by
 * path: `{...field("targets.0.kpiKey")}` registers the input and carries its error.
 */
export function useFormField() {
  const { control, register, getFieldState, formState } = useFormContext<FieldValues>();
  const errorOf = (name: string) => fieldErrorMessage(getFieldState(name, formState).error);
  const field = (name: string, { optional = false }: { optional?: boolean } = {}) => ({
    ...register(name, optional ? EMPTY_AS_UNDEFINED : undefined),
    error: errorOf(name),
  });
  return { control, field, errorOf };
}
