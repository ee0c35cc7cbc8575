// The purchase request at the edge. Prices and totals are not part of it: a client cannot set them,
// and any such fields sent anyway are stripped by zod's default object parsing.
import { z } from "zod";
import { cartLineSchema } from "../cart/cart-schemas";

export const idempotencyKeySchema = z
  .string({ error: "idempotencyKey is required." })
  .min(8, "idempotencyKey must be 8 to 100 characters.")
  .max(100, "idempotencyKey must be 8 to 100 characters.")
  .regex(/^[A-Za-z0-9_.:-]+$/, "idempotencyKey may use letters, digits and - _ . : only.");

export const placeOrderSchema = z.object({
  items: z
    .array(cartLineSchema, { error: "items must be a list of { petId, quantity }." })
    .min(1, "Your order is empty.")
    .max(50, "At most 50 different pets per order.")
    .refine((items) => new Set(items.map((i) => i.petId)).size === items.length, "Each pet may appear once."),
  idempotencyKey: idempotencyKeySchema,
});

export type PlaceOrderInput = z.infer<typeof placeOrderSchema>;
