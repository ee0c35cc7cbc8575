// The purchase request at the edge. Prices and totals are not part of it: a client cannot set them,
// and any such fields sent anyway are stripped by zod's default object parsing.
import { z } from "zod";
import { cartLineSchema } from "../cart/cart-schemas";
import { errorSentence } from "../errors/error-text";

export const idempotencyKeySchema = z
  .string({ error: errorSentence("purchase.keyRequired") })
  .min(8, errorSentence("purchase.keyLength"))
  .max(100, errorSentence("purchase.keyLength"))
  .regex(/^[A-Za-z0-9_.:-]+$/, errorSentence("purchase.keyCharacters"));

export const placeOrderSchema = z.object({
  items: z
    .array(cartLineSchema, { error: "items must be a list of { petId, quantity }." })
    .min(1, errorSentence("order.empty"))
    .max(50, errorSentence("order.tooManyLines"))
    .refine((items) => new Set(items.map((i) => i.petId)).size === items.length, errorSentence("order.petTwice")),
  idempotencyKey: idempotencyKeySchema,
});

export type PlaceOrderInput = z.infer<typeof placeOrderSchema>;
