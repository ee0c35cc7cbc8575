// Validates input at an edge (form field, JSON body) with a zod schema and turns a failure into the one
// error type: AppError("bad_request") carrying the first problem's message, written for a person.
import type { z } from "zod";
import { AppError } from "./app-error";

export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  throw new AppError("bad_request", first?.message ?? "That input is not valid.", {
    field: first?.path.map(String).join("."),
  });
}
