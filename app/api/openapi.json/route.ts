// GET /api/openapi.json: the serverless API as OpenAPI 3.1 (generated from core/contract's zod schemas).
import { openApiDocument } from "@/core/contract/openapi-document";
import { seedExamples } from "@/serverless/contract/openapi-examples";

export function GET(): Response {
  return Response.json(openApiDocument(seedExamples()), { headers: { "Cache-Control": "no-store" } });
}
