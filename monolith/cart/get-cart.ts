import "server-only";
// The visitor's cart as a DTO: pets from the current catalog (so prices are always today's prices), line
// totals, the total, and a per-line problem when the stock has dropped below the quantity in the cart.
import type { CartDto } from "../../core/cart/cart-dto";
import { priceCart } from "../../core/cart/price-cart";
import { listPetsByIds } from "../../infra/catalog/list-pets-by-ids";
import { prisma } from "../../infra/db/prisma-client";

const EMPTY: CartDto = { lines: [], itemCount: 0, totalCents: 0, hasProblems: false };

export async function getCart(ownerKey: string | undefined): Promise<CartDto> {
  if (!ownerKey) return EMPTY;
  const items = await prisma.cartItem.findMany({
    where: { cart: { ownerKey } },
    select: { petId: true, quantity: true },
    orderBy: { petId: "asc" },
  });
  if (items.length === 0) return EMPTY;
  // A pet deleted from the catalog simply drops out of the server-side cart view.
  const { missing: _missing, ...cart } = priceCart(items, await listPetsByIds(items.map((i) => i.petId)));
  return { ...cart, hasProblems: cart.lines.some((l) => l.problem !== null) };
}
