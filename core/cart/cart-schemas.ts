// Quantities arrive as form fields or JSON: whole numbers from 1 to MAX_QUANTITY, nothing else.
// zod/mini (decision 007): the serverless SPA's cart checks quantities with these in the browser.
import * as z from "zod/mini";
import { errorSentence } from "../errors/error-text";

export const MAX_QUANTITY = 99;

export const quantitySchema = z.coerce.number({ error: errorSentence("quantity.notNumber") }).check(
  z.refine((n) => Number.isFinite(n), errorSentence("quantity.notNumber")),
  z.refine((n) => Number.isInteger(n), errorSentence("quantity.notWhole")),
  z.refine((n) => n >= 1, errorSentence("quantity.tooSmall")),
  z.refine((n) => n <= MAX_QUANTITY, errorSentence("quantity.tooLarge", { max: MAX_QUANTITY })),
);

export const cartLineSchema = z.object({
  petId: z.coerce.number({ error: errorSentence("pet.unknown") }).check(
    z.refine((n) => Number.isInteger(n), errorSentence("pet.unknown")),
    z.positive(errorSentence("pet.unknown")),
    z.maximum(2_147_483_647, errorSentence("pet.unknown")),
  ),
  quantity: quantitySchema,
});

export type CartLineInput = z.infer<typeof cartLineSchema>;
