// Quantities arrive as form fields or JSON: whole numbers from 1 to MAX_QUANTITY, nothing else.
import { z } from "zod";

export const MAX_QUANTITY = 99;

export const quantitySchema = z.coerce
  .number({ error: "Quantity must be a number." })
  .refine((n) => Number.isFinite(n), "Quantity must be a number.")
  .refine((n) => Number.isInteger(n), "Quantity must be a whole number.")
  .refine((n) => n >= 1, "Quantity must be at least 1.")
  .refine((n) => n <= MAX_QUANTITY, `You can buy at most ${MAX_QUANTITY} of one pet at a time.`);

export const cartLineSchema = z.object({
  petId: z.coerce.number({ error: "Unknown pet." }).int("Unknown pet.").positive("Unknown pet.").max(2_147_483_647, "Unknown pet."),
  quantity: quantitySchema,
});

export type CartLineInput = z.infer<typeof cartLineSchema>;
