// Quantities arrive as form fields or JSON: whole numbers from 1 to MAX_QUANTITY, nothing else.
// zod/mini (decision 007): the serverless SPA's cart checks quantities with these in the browser.
import * as z from "zod/mini";

export const MAX_QUANTITY = 99;

export const quantitySchema = z.coerce.number({ error: "Quantity must be a number." }).check(
  z.refine((n) => Number.isFinite(n), "Quantity must be a number."),
  z.refine((n) => Number.isInteger(n), "Quantity must be a whole number."),
  z.refine((n) => n >= 1, "Quantity must be at least 1."),
  z.refine((n) => n <= MAX_QUANTITY, `You can buy at most ${MAX_QUANTITY} of one pet at a time.`),
);

export const cartLineSchema = z.object({
  petId: z.coerce.number({ error: "Unknown pet." }).check(
    z.refine((n) => Number.isInteger(n), "Unknown pet."),
    z.positive("Unknown pet."),
    z.maximum(2_147_483_647, "Unknown pet."),
  ),
  quantity: quantitySchema,
});

export type CartLineInput = z.infer<typeof cartLineSchema>;
