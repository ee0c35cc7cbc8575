// Validates input at an edge (form field, JSON body) with a zod schema and turns a failure into the one
// error type: AppError("bad_request") carrying the first problem's message, written for a person. A schema's
// message is a catalog sentence rendered in English (errorSentence: zod takes strings, and the browser runs the same
// schemas), so its id is found again by its words; zod's own wording falls back to the code's sentence.
// Takes classic zod and zod/mini schemas alike (both are zod core schemas; the ones the browser also runs are
// mini, decision 007).
import { safeParse, type $ZodType, type output } from "zod/v4/core";
import { AppError } from "./app-error";
import { errorTextOfWords } from "./error-text";

export function parseInput<S extends $ZodType>(schema: S, value: unknown): output<S> {
  const result = safeParse(schema, value);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const message = first?.message;
  const text = message ? errorTextOfWords(message, "bad_request") : { id: "invalidInput" as const };
  throw new AppError("bad_request", text, {
    field: first?.path.map(String).join("."),
  });
}
