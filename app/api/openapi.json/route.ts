// GET /api/openapi.json: the serverless API as OpenAPI 3.1 (generated from core/contract's zod schemas).
import { openApiDocument } from "@/core/contract/openapi-document";
import { jsonRoute } from "@/infra/http/json-route";
import { seedExamples } from "@/serverless/contract/openapi-examples";

export const GET = jsonRoute({}, () => openApiDocument(seedExamples()));
