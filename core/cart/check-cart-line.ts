// The one rule for "can this quantity of this pet go in a cart": used by both carts and by checkout.
import { AppError } from "../errors/app-error";

export function checkCartLine(pet: { name: string; stock: number } | null, quantity: number): void {
  if (!pet) throw new AppError("not_found", "That pet is no longer in the store.");
  if (pet.stock <= 0) throw new AppError("out_of_stock", `Sorry, ${pet.name} is sold out.`);
  if (quantity > pet.stock) {
    throw new AppError("out_of_stock", `Only ${pet.stock} of ${pet.name} left in stock; you asked for ${quantity}.`, {
      petId: undefined,
      available: pet.stock,
    });
  }
}
