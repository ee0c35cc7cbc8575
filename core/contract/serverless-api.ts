// The serverless store's HTTP contract as code: one zod schema per response body. The route handlers answer
// through these schemas (a body that does not match is a bug and fails the tests), the single-page app parses
// every answer with them (`callApi(schema, path)`), and the tests use them too. The DTO types the UI imports
// are inferred from here, so a shape is declared exactly once.
// Money is integer cents everywhere in this API, in fields whose names say so (`priceCents`, `totalCents`);
// dollars appear only when a price is formatted for a person.
// zod/mini (decision 007): the same schemas run in the browser, and mini's functions tree-shake where classic
// zod's methods cannot (~30 kB gzip of the SPA's JavaScript before, a few kB now).
import * as z from "zod/mini";
import { TOKEN_SCOPES } from "../access/token-scopes";
import { MODES } from "../architecture/mode";

const id = z.int().check(z.positive());
const cents = z.int().check(z.nonnegative());
const count = z.int().check(z.nonnegative());

export const categorySchema = z.object({
  id,
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  emoji: z.string(),
  petCount: z.optional(count),
});

export const petSummarySchema = z.object({
  id,
  name: z.string(),
  species: z.string(),
  breed: z.string(),
  priceCents: cents,
  stock: count,
  category: z.object({ slug: z.string(), name: z.string() }),
  thumbnailUrl: z.nullable(z.string()),
});

export const petDetailSchema = z.extend(petSummarySchema, {
  description: z.string(),
  imageUrl: z.nullable(z.string()),
});

export function pageSchema<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    total: count,
    page: z.int().check(z.positive()),
    pageSize: z.int().check(z.positive()),
    pageCount: count,
  });
}

export const orderLineSchema = z.object({ petId: id, petName: z.string(), unitPriceCents: cents, quantity: z.int().check(z.positive()) });
export const orderSchema = z.object({
  id,
  createdAt: z.string(), // ISO 8601
  totalCents: cents,
  placedVia: z.enum(MODES),
  lines: z.array(orderLineSchema),
});

/** A search hit carries everything a result card shows, so a search is one round trip. */
export const searchHitSchema = z.object({
  id,
  name: z.string(),
  species: z.string(),
  breed: z.string(),
  priceCents: cents,
  stock: count,
  category: z.string(), // the category slug
  categoryName: z.string(),
  thumbnailUrl: z.nullable(z.string()),
});

// ---- response bodies, one per endpoint ----
export const tokenResponseSchema = z.object({ token: z.string(), expiresAt: z.string(), scopes: z.array(z.enum(TOKEN_SCOPES)) });
export const categoriesResponseSchema = z.object({ categories: z.array(categorySchema) });
export const petsResponseSchema = z.object({ pets: z.array(petSummarySchema) });
export const categoryPetsResponseSchema = z.object({ category: categorySchema, pets: pageSchema(petSummarySchema) });
export const petResponseSchema = z.object({ pet: petDetailSchema });
export const ordersResponseSchema = z.object({ orders: z.array(orderSchema) });
export const orderResponseSchema = z.object({ order: orderSchema });
export const searchResponseSchema = z.object({ hits: z.array(searchHitSchema), total: count });
export const purchaseResponseSchema = z.object({ orderId: id, totalCents: cents });
export const errorResponseSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export type CategoryDto = z.infer<typeof categorySchema>;
export type PetSummaryDto = z.infer<typeof petSummarySchema>;
export type PetDetailDto = z.infer<typeof petDetailSchema>;
export type OrderLineDto = z.infer<typeof orderLineSchema>;
export type OrderDto = z.infer<typeof orderSchema>;
export type SearchHitDto = z.infer<typeof searchHitSchema>;
export type TokenResponse = z.infer<typeof tokenResponseSchema>;
export type SearchResponse = z.infer<typeof searchResponseSchema>;
export type PurchaseResponse = z.infer<typeof purchaseResponseSchema>;
export type CategoryPetsResponse = z.infer<typeof categoryPetsResponseSchema>;

// ---- the admin's direct-to-storage upload: POST /api/serverless/uploads, then PUT /api/serverless/uploads/{imageId} ----
const uploadGrantBase = {
  imageId: z.string(),
  key: z.string(),
  expiresAt: z.string(), // ISO 8601
  maxBytes: z.int().check(z.positive()),
};
/**
 * One photo's upload grant: PUT the bytes to `uploadUrl` with `token` (local storage), or, with Vercel Blob, hand
 * `clientPayload` to `@vercel/blob/client`'s upload() through the `handleUploadUrl` route.
 */
export const uploadGrantResponseSchema = z.union([
  z.object({ ...uploadGrantBase, uploadUrl: z.string(), token: z.string() }),
  z.object({ ...uploadGrantBase, handleUploadUrl: z.string(), clientPayload: z.string() }),
]);
/**
 * POST /api/serverless/uploads/blob (Vercel Blob's client-upload protocol): the SDK's own answers (a client token,
 * or "ok" to the store's signed callback), and ours to the browser's "finished" call (whether it started the run).
 */
export const blobUploadResponseSchema = z.union([
  z.object({ type: z.literal("blob.generate-client-token"), clientToken: z.string() }),
  z.object({ type: z.literal("blob.upload-completed"), response: z.literal("ok") }),
  z.object({ type: z.literal("pst.upload-finished"), imageId: z.string(), started: z.boolean() }),
]);
export const uploadReceivedResponseSchema = z.object({ imageId: z.string(), runId: z.string(), statusUrl: z.string() });

// ---- request bodies the published document describes (/api/openapi.json) ----
/**
 * POST /api/serverless/uploads: the pet as the admin's form has it, and the photo's size in bytes. Its fields' rules
 * are the store's admission rule (core/catalog/new-pet-admission: name, category, price in dollars, stock), applied
 * by the handler; this schema states the shape for the published document.
 */
export const uploadGrantRequestSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  category: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  price: z.union([z.string(), z.number()]),
  stock: z.union([z.string(), z.int()]),
  size: z.int().check(z.nonnegative()),
});
