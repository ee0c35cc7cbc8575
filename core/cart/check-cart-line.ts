// The one rule for "can this quantity of this pet go in a cart": used by both carts and by checkout.
import { AppError } from "../errors/app-error";

export function checkCartLine(pet: { name: string; stock: number } | null, quantity: number): void {
  if (!pet) throw AppError.of("not_found", "pet.gone");
  if (pet.stock <= 0) throw AppError.of("out_of_stock", "stock.soldOut", { name: pet.name });
  if (quantity > pet.stock) {
    throw AppError.of(
      "out_of_stock",
      "stock.fewerLeft",
      { stock: pet.stock, name: pet.name, asked: quantity },
      {
        petId: undefined,
        available: pet.stock,
      },
    );
  }
}
