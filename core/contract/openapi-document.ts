// The serverless store's HTTP contract published as OpenAPI 3.1, generated from the same zod schemas the handlers
// answer through (serverless-api.ts) and the edge parses requests with, by zod 4's own JSON Schema output (OpenAPI
// 3.1 schemas are JSON Schema 2020-12). Server-side only: /api/openapi.json serves it, /architecture/api renders it;
// no page imports this module, so none of it reaches a browser bundle.
import * as z from "zod/mini";
import { TOKEN_SCOPES } from "../access/token-scopes";
import { categorySlugSchema, pageParamSchema, petIdSchema } from "../catalog/catalog-schemas";
import { placeOrderSchema } from "../orders/order-schemas";
import {
  blobUploadResponseSchema,
  categoriesResponseSchema,
  categoryPetsResponseSchema,
  errorResponseSchema,
  orderResponseSchema,
  ordersResponseSchema,
  petResponseSchema,
  petsResponseSchema,
  purchaseResponseSchema,
  searchResponseSchema,
  tokenResponseSchema,
  uploadGrantRequestSchema,
  uploadGrantResponseSchema,
  uploadReceivedResponseSchema,
} from "./serverless-api";
import { errorSentence } from "../errors/error-text";

type Json = Record<string, unknown>;

/** Real values for the examples (the seed's categories and named pets), passed in: core reads no data. */
export type OpenApiExamples = {
  category: { id: number; slug: string; name: string; description: string; emoji: string; petCount: number };
  pet: { id: number; name: string; species: string; breed: string; priceCents: number; stock: number; description: string };
  searchQuery: string;
};

function schemaOf(schema: z.core.$ZodType, io: "input" | "output" = "output"): Json {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as Json;
  delete json.$schema; // the document's own dialect (OpenAPI 3.1 = JSON Schema 2020-12) applies
  return json;
}

const RESPONSES = {
  Error: errorResponseSchema,
  TokenResponse: tokenResponseSchema,
  CategoriesResponse: categoriesResponseSchema,
  PetsResponse: petsResponseSchema,
  CategoryPetsResponse: categoryPetsResponseSchema,
  PetResponse: petResponseSchema,
  OrdersResponse: ordersResponseSchema,
  OrderResponse: orderResponseSchema,
  SearchResponse: searchResponseSchema,
  PurchaseResponse: purchaseResponseSchema,
  UploadGrantResponse: uploadGrantResponseSchema,
  BlobUploadResponse: blobUploadResponseSchema,
  UploadReceivedResponse: uploadReceivedResponseSchema,
} as const;
type ResponseName = keyof typeof RESPONSES;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const ERROR_TEXT: Record<number, { code: string; message: string; description: string }> = {
  400: {
    code: "bad_request",
    message: errorSentence("order.empty"),
    description: "The request is not valid: the message says what to fix.",
  },
  401: {
    code: "unauthorized",
    message: "Sign in again: your token is missing, invalid or expired.",
    description: "No token, or a bad or expired one.",
  },
  403: { code: "forbidden", message: "This token may not do that.", description: "The token lacks the scope this call needs." },
  404: { code: "not_found", message: "No such pet.", description: "Nothing with that id or slug." },
  405: { code: "method_not_allowed", message: "This endpoint answers GET only.", description: "A method the route does not answer." },
  409: { code: "out_of_stock", message: "Only 2 left of Pepper.", description: "Not enough stock for the order." },
  413: {
    code: "payload_too_large",
    message: "The request body is too large.",
    description: "The body (or the declared file) is over the limit.",
  },
  429: {
    code: "rate_limited",
    message: "Too many requests. Please try again in a moment.",
    description: "Over the gateway's rate limit (see Retry-After).",
  },
};

function errors(...statuses: number[]): Json {
  return Object.fromEntries(
    statuses.map((s) => {
      const e = ERROR_TEXT[s]!;
      return [
        String(s),
        {
          description: e.description,
          content: { "application/json": { schema: ref("Error"), example: { error: { code: e.code, message: e.message } } } },
        },
      ];
    }),
  );
}

function ok(status: number, name: ResponseName, description: string, example: unknown): Json {
  return {
    [String(status)]: {
      description,
      headers: { "x-trace-id": { $ref: "#/components/headers/TraceId" }, "x-served-by": { $ref: "#/components/headers/ServedBy" } },
      content: { "application/json": { schema: ref(name), example } },
    },
  };
}

const query = (name: string, schema: Json, description: string, example?: unknown) => ({
  name,
  in: "query",
  required: false,
  description,
  schema,
  ...(example !== undefined ? { example } : {}),
});
const pathParam = (name: string, schema: Json, example: unknown) => ({ name, in: "path", required: true, schema, example });

const BEARER = [{ bearerToken: [] }];

export function openApiDocument(ex: OpenApiExamples): Json {
  const expiresAt = "2026-12-07T14:05:00.000Z";
  const summary = {
    id: ex.pet.id,
    name: ex.pet.name,
    species: ex.pet.species,
    breed: ex.pet.breed,
    priceCents: ex.pet.priceCents,
    stock: ex.pet.stock,
    category: { slug: ex.category.slug, name: ex.category.name },
    thumbnailUrl: null,
  };
  const order = {
    id: 1,
    createdAt: "2026-12-07T14:00:00.000Z",
    totalCents: ex.pet.priceCents,
    placedVia: "serverless",
    lines: [{ petId: ex.pet.id, petName: ex.pet.name, unitPriceCents: ex.pet.priceCents, quantity: 1 }],
  };
  const idSchema = schemaOf(petIdSchema, "input");
  return {
    openapi: "3.1.0",
    info: {
      title: "Pet Store Twin — serverless API",
      version: "1.0.0",
      summary: "The data API, functions, token service and uploads the serverless store's browser app calls.",
      description:
        "Generated from the zod schemas in core/contract/ (the handlers answer through the same schemas). Money is integer cents in fields named so. Ask GET /api/baas/token for a short-lived bearer token (anonymous: catalog:read; signed in: also orders:read and purchase), then send it as `Authorization: Bearer <token>`. Every error is `{ error: { code, message } }`.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "/", description: "This server" }],
    tags: [
      { name: "Token service", description: "Short-lived bearer tokens for the data API and the functions." },
      { name: "Data API", description: "Read-only catalog and the token owner's orders." },
      { name: "Functions", description: "Search and purchase, behind the gateway." },
      { name: "Uploads", description: "An admin's photo goes straight to storage, then the image pipeline runs." },
    ],
    paths: {
      "/api/baas/token": {
        get: {
          tags: ["Token service"],
          operationId: "getToken",
          summary: "Get a short-lived data-API token",
          description: "Without a next-auth session cookie: an anonymous token (catalog:read). With one: also orders:read and purchase.",
          security: [{}, { baasSession: [] }],
          responses: {
            ...ok(200, "TokenResponse", "A token and when it expires.", {
              token: "eyJhbGciOiJIUzI1NiJ9…",
              expiresAt,
              scopes: ["catalog:read"],
            }),
            ...errors(405, 429),
          },
        },
      },
      "/api/baas/categories": {
        get: {
          tags: ["Data API"],
          operationId: "listCategories",
          summary: "List the categories",
          security: BEARER,
          responses: {
            ...ok(200, "CategoriesResponse", "Every category, in store order.", { categories: [ex.category] }),
            ...errors(401, 403, 429),
          },
        },
      },
      "/api/baas/pets": {
        get: {
          tags: ["Data API"],
          operationId: "listPets",
          summary: "Featured pets, or pets by id",
          description:
            "Either `featured=1` (with `limit` 1–60, default 8) or `ids` (at most 60 ids, answered in the order asked; unknown ids skipped).",
          security: BEARER,
          parameters: [
            query("featured", { type: "string", enum: ["1"] }, "Set to 1 for the featured pets.", "1"),
            query("limit", { type: "integer", minimum: 1, maximum: 60, default: 8 }, "How many featured pets.", 8),
            query("ids", { type: "string", pattern: "^\\d+(,\\d+)*$" }, "Comma-separated pet ids.", String(ex.pet.id)),
          ],
          responses: { ...ok(200, "PetsResponse", "The pets.", { pets: [summary] }), ...errors(400, 401, 403, 429) },
        },
      },
      "/api/baas/categories/{slug}/pets": {
        get: {
          tags: ["Data API"],
          operationId: "listCategoryPets",
          summary: "One page of a category's pets",
          security: BEARER,
          parameters: [
            pathParam("slug", schemaOf(categorySlugSchema, "input"), ex.category.slug),
            query("page", { ...schemaOf(pageParamSchema, "input"), type: "integer", minimum: 1 }, "Page number (a bad one is page 1).", 1),
          ],
          responses: {
            ...ok(200, "CategoryPetsResponse", "The category and one page of its pets.", {
              category: ex.category,
              pets: { items: [summary], total: ex.category.petCount, page: 1, pageSize: 12, pageCount: 1 },
            }),
            ...errors(401, 403, 404, 429),
          },
        },
      },
      "/api/baas/pets/{id}": {
        get: {
          tags: ["Data API"],
          operationId: "getPet",
          summary: "One pet",
          security: BEARER,
          parameters: [pathParam("id", { ...idSchema, type: "integer" }, ex.pet.id)],
          responses: {
            ...ok(200, "PetResponse", "The pet.", { pet: { ...summary, description: ex.pet.description, imageUrl: null } }),
            ...errors(401, 403, 404, 429),
          },
        },
      },
      "/api/baas/orders": {
        get: {
          tags: ["Data API"],
          operationId: "listOrders",
          summary: "The token owner's orders, newest first",
          security: BEARER,
          responses: { ...ok(200, "OrdersResponse", "Only the token owner's orders.", { orders: [order] }), ...errors(401, 403, 429) },
        },
      },
      "/api/baas/orders/{id}": {
        get: {
          tags: ["Data API"],
          operationId: "getOrder",
          summary: "One of the token owner's orders",
          description: "Another user's order answers 404, as if it did not exist.",
          security: BEARER,
          parameters: [pathParam("id", { ...idSchema, type: "integer" }, 1)],
          responses: { ...ok(200, "OrderResponse", "The order.", { order }), ...errors(401, 403, 404, 429) },
        },
      },
      "/api/functions/search": {
        get: {
          tags: ["Functions"],
          operationId: "search",
          summary: "Search the catalog (the search function)",
          description:
            "Public: a token is optional and only makes the rate limit per user. Junk parameters fall back to their defaults (never a 400). An empty `q` lists everything.",
          security: [{}, ...BEARER],
          parameters: [
            query("q", { type: "string", maxLength: 200 }, "Words to search for.", ex.searchQuery),
            query("limit", { type: "integer", minimum: 1, maximum: 60, default: 20 }, "Hits per answer."),
            query("offset", { type: "integer", minimum: 0, maximum: 10000, default: 0 }, "Hits to skip."),
            query("category", { type: "string", pattern: "^[a-z0-9-]{1,64}$" }, "Only this category (its slug)."),
            query("minPrice", { type: "number", minimum: 0 }, "Lowest price, in dollars."),
            query("maxPrice", { type: "number", minimum: 0 }, "Highest price, in dollars."),
          ],
          responses: {
            ...ok(200, "SearchResponse", "The hits (one page) and how many matched.", {
              hits: [
                {
                  id: ex.pet.id,
                  name: ex.pet.name,
                  species: ex.pet.species,
                  breed: ex.pet.breed,
                  priceCents: ex.pet.priceCents,
                  stock: ex.pet.stock,
                  category: ex.category.slug,
                  categoryName: ex.category.name,
                  thumbnailUrl: null,
                },
              ],
              total: 1,
            }),
            ...errors(429),
          },
        },
      },
      "/api/functions/purchase": {
        post: {
          tags: ["Functions"],
          operationId: "purchase",
          summary: "Place an order (the purchase function)",
          description:
            "Needs a signed-in user's token (scope `purchase`). Prices come from the store, never from the request. The same `idempotencyKey` again answers the same order (with `x-idempotent-replay: true`).",
          security: BEARER,
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: schemaOf(placeOrderSchema, "input"),
                example: { items: [{ petId: ex.pet.id, quantity: 1 }], idempotencyKey: "order-2026-12-07-0001" },
              },
            },
          },
          responses: {
            ...ok(201, "PurchaseResponse", "The order was placed.", { orderId: 1, totalCents: ex.pet.priceCents }),
            ...errors(400, 401, 403, 409, 413, 429),
          },
        },
      },
      "/api/serverless/uploads": {
        post: {
          tags: ["Uploads"],
          operationId: "requestUpload",
          summary: "Get a one-use grant to upload one pet photo",
          description:
            "An admin's BaaS session (the next-auth cookie). The pet is checked as the store would admit it before any byte is sent.",
          security: [{ baasSession: [] }],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: schemaOf(uploadGrantRequestSchema, "input"),
                example: { name: "Biscuit II", category: ex.category.slug, price: "950.00", stock: 3, size: 48213 },
              },
            },
          },
          responses: {
            ...ok(201, "UploadGrantResponse", "Where and how to send the bytes.", {
              imageId: "0b6f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b",
              key: "originals/0b6f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b",
              expiresAt,
              maxBytes: 5242880,
              uploadUrl: "/api/serverless/uploads/0b6f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b",
              token: "eyJhbGciOiJIUzI1NiJ9…",
            }),
            ...errors(400, 401, 403, 413, 429),
          },
        },
      },
      "/api/serverless/uploads/{imageId}": {
        put: {
          tags: ["Uploads"],
          operationId: "uploadPhoto",
          summary: "Send the photo's bytes (local storage)",
          description: "With the grant's one-use upload token as the bearer token. Starts the durable image pipeline.",
          security: BEARER,
          parameters: [pathParam("imageId", { type: "string", format: "uuid" }, "0b6f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b")],
          requestBody: {
            required: true,
            content: { "image/jpeg": { schema: {} }, "image/png": { schema: {} }, "image/webp": { schema: {} } },
          },
          responses: {
            ...ok(201, "UploadReceivedResponse", "Stored; the pipeline run has started.", {
              imageId: "0b6f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b",
              runId: "wrun_01JF…",
              statusUrl: "/api/images/0b6f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b",
            }),
            ...errors(400, 401, 404, 413, 429),
          },
        },
      },
      "/api/serverless/uploads/blob": {
        post: {
          tags: ["Uploads"],
          operationId: "blobUpload",
          summary: "Vercel Blob's client-upload protocol (with Vercel Blob as the store)",
          description:
            "Spoken by @vercel/blob/client's upload(): a client token for an admin, Vercel Blob's signed completion callback, and the browser's own \"finished\" call.",
          security: [{ baasSession: [] }, {}],
          requestBody: { required: true, content: { "application/json": { schema: { type: "object" } } } },
          responses: {
            ...ok(200, "BlobUploadResponse", "One of the protocol's answers.", {
              type: "blob.generate-client-token",
              clientToken: "vercel_blob_client_…",
            }),
            ...errors(400, 401, 403, 413),
          },
        },
      },
    },
    components: {
      schemas: Object.fromEntries(Object.entries(RESPONSES).map(([name, schema]) => [name, schemaOf(schema)])),
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description: `A short-lived token from GET /api/baas/token (5 minutes; scopes ${TOKEN_SCOPES.join(", ")}), or an upload grant's one-use token.`,
        },
        baasSession: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The BaaS auth session (next-auth), set by signing in on /serverless/login.",
        },
      },
      headers: {
        TraceId: {
          description: "The W3C trace id of this request (the lens's trace).",
          schema: { type: "string", pattern: "^[0-9a-f]{32}$" },
        },
        ServedBy: {
          description: "Which component answered: data-api, auth, function:search, function:purchase…",
          schema: { type: "string" },
        },
      },
    },
  };
}

/** Every operation the document lists, as "METHOD /path/{param}": the contract tests check they are all served. */
export function documentedOperations(doc: Json): string[] {
  const paths = doc.paths as Record<string, Record<string, unknown>>;
  return Object.entries(paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`));
}
