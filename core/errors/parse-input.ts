// Validates input at an edge (form field, JSON body) with a zod schema and turns a failure into the one
// error type: AppError("bad_request") carrying the first problem's message, written for a person.
// Takes classic zod and zod/mini schemas alike (both are zod core schemas; the ones the browser also runs are
// mini, decision 007).
import { safeParse, type $ZodType, type output } from "zod/v4/core";
import { AppError } from "./app-error";

export function parseInput<S extends $ZodType>(schema: S, value: unknown): output<S> {
  const result = safeParse(schema, value);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  throw new AppError("bad_request", first?.message ?? "That input is not valid.", {
    field: first?.path.map(String).join("."),
  });
}
