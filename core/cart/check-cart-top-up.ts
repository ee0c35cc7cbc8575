// The one rule for adding more of a pet to a cart that may already hold some: the quantity *after* adding
// must be a valid quantity and fit the current stock. A refusal is said in terms of what is already in the
// cart, so both stores explain it in the same words.
import { AppError, isAppError } from "../errors/app-error";
import { errorTextOfWords } from "../errors/error-text";
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
      const reason = e.text ?? errorTextOfWords(e.message, e.code);
      throw room === 0
        ? AppError.of(e.code, "cart.topUpNone", { already, name: pet.name, reason }, e.details)
        : AppError.of(e.code, "cart.topUpSome", { already, name: pet.name, room, reason }, e.details);
    }
    throw e;
  }
  return total;
}
