import "server-only";
// Every data-API and function answer goes out through its contract schema (core/contract/serverless-api.ts).
// A body the schema rejects is our bug: it throws, the gateway turns it into a 500, and the tests fail on it,
// instead of the browser receiving a shape nobody declared.
import type * as z from "zod/mini";

export function contractJson<T extends z.ZodMiniType>(schema: T, body: z.input<T>, init?: ResponseInit): Response {
  return Response.json(schema.parse(body), init);
}
