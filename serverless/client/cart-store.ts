// The serverless store's cart: pet ids and quantities in localStorage — never prices (those are read fresh
// from the data API, and the purchase function prices the order itself).
// ARCH: the monolith keeps the cart in its database, owned by the server session; here it lives in the
// browser, so it survives reloads but not a change of device, and no server sees it until checkout.
import { cartLineSchema, quantitySchema } from "@/core/cart/cart-schemas";
import { checkCartTopUp } from "@/core/cart/check-cart-top-up";
import { checkCartLine } from "@/core/cart/check-cart-line";
import { errorSentence } from "@/core/errors/error-text";
import { createLocalStore } from "./local-store";

export type StoredCartLine = { petId: number; quantity: number };
export type CartChange = { ok: true; message: string } | { ok: false; error: string };

const EMPTY: StoredCartLine[] = [];

const store = createLocalStore<StoredCartLine[]>("pet-store-twin:serverless:cart", EMPTY, (raw) => {
  if (!Array.isArray(raw)) return EMPTY;
  const lines: StoredCartLine[] = [];
  for (const item of raw) {
    // The same rules the server applies: a line someone edited by hand into nonsense is dropped.
    const line = cartLineSchema.safeParse(item);
    if (line.success && !lines.some((l) => l.petId === line.data.petId)) lines.push(line.data);
  }
  return lines;
});

export const useCartLines = store.use;
export const readCartLines = store.read;

export function useCartCount(): number {
  return store.use().reduce((n, l) => n + l.quantity, 0);
}

type PetForCart = { id: number; name: string; stock: number };

/** Validates the wanted total with the core rules (whole number 1–99, within current stock). */
function checkQuantity(pet: PetForCart, quantity: unknown): { ok: true; quantity: number } | { ok: false; error: string } {
  const parsed = quantitySchema.safeParse(quantity);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? errorSentence("quantity.notWhole") };
  try {
    checkCartLine(pet, parsed.data);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : errorSentence("cart.quantityUnavailable") };
  }
  return { ok: true, quantity: parsed.data };
}

export function addToCart(pet: PetForCart, quantityInput: unknown): CartChange {
  const wanted = quantitySchema.safeParse(quantityInput);
  if (!wanted.success) return { ok: false, error: wanted.error.issues[0]?.message ?? errorSentence("quantity.notWhole") };
  const lines = store.read();
  const already = lines.find((l) => l.petId === pet.id)?.quantity ?? 0;
  let total: number;
  try {
    total = checkCartTopUp(pet, already, wanted.data);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : errorSentence("cart.quantityUnavailable") };
  }
  store.write(
    already > 0 ? lines.map((l) => (l.petId === pet.id ? { ...l, quantity: total } : l)) : [...lines, { petId: pet.id, quantity: total }],
  );
  const what = wanted.data === 1 ? pet.name : `${wanted.data} × ${pet.name}`;
  return { ok: true, message: `Added ${what} to your cart.` };
}

export function setCartQuantity(pet: PetForCart, quantityInput: unknown): CartChange {
  const checked = checkQuantity(pet, quantityInput);
  if (!checked.ok) return checked;
  store.write(store.read().map((l) => (l.petId === pet.id ? { ...l, quantity: checked.quantity } : l)));
  return { ok: true, message: `Updated ${pet.name}: quantity ${checked.quantity}.` };
}

export function removeFromCart(petId: number): void {
  store.write(store.read().filter((l) => l.petId !== petId));
}

/** After a purchase: take exactly what was ordered out of the cart (a line topped up meanwhile keeps the extra). */
export function removePurchased(items: StoredCartLine[]): void {
  store.write(
    store
      .read()
      .map((l) => {
        const bought = items.find((i) => i.petId === l.petId)?.quantity ?? 0;
        return { ...l, quantity: l.quantity - bought };
      })
      .filter((l) => l.quantity > 0),
  );
}

/**
 * The hybrid store's cart handover (when its pages move to this app): lines from the server cart join the browser
 * cart; a pet in both keeps the larger quantity, so handing the same cart over twice adds nothing.
 */
export function receiveHandedOverCart(lines: StoredCartLine[]): number {
  const merged = new Map(store.read().map((l) => [l.petId, l.quantity]));
  for (const line of lines) merged.set(line.petId, Math.max(merged.get(line.petId) ?? 0, line.quantity));
  store.write([...merged].map(([petId, quantity]) => ({ petId, quantity })));
  return lines.length;
}
