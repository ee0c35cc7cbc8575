// The one rule for adding more of a pet to a cart that may already hold some: the quantity *after* adding
// must be a valid quantity and fit the current stock. A refusal is said in terms of what is already in the
// cart, so both stores explain it in the same words.
import { AppError, isAppError } from "../errors/app-error";
import { parseInput } from "../errors/parse-input";
import { MAX_QUANTITY, quantitySchema } from "./cart-schemas";
import { checkCartLine } from "./check-cart-line";

/** Returns the new quantity in the cart, or throws AppError with a message a shopper understands. */
export function checkCartTopUp(pet: { name: string; stock: number } | null, already: number, adding: number): number {
  const total = already + adding;
  try {
    parseInput(quantitySchema, total);
    checkCartLine(pet, total);
  } catch (e) {
    if (already > 0 && isAppError(e) && pet) {
      const room = Math.max(0, Math.min(pet.stock, MAX_QUANTITY) - already);
      const more = room === 0 ? "you cannot add more" : `you can add at most ${room} more`;
      throw new AppError(e.code, `You already have ${already} of ${pet.name} in your cart, so ${more}. ${e.message}`, e.details);
    }
    throw e;
  }
  return total;
}
