// What a cart looks like to the UI: current catalog prices (a cart never stores a price) and, per line,
// a problem message when the stock has dropped below the quantity in the cart.

export type CartLineDto = {
  petId: number;
  name: string;
  breed: string;
  categoryName: string;
  thumbnailUrl: string | null;
  unitPriceCents: number;
  quantity: number;
  stock: number;
  lineTotalCents: number;
  /** Why this line cannot be bought as it is (sold out, fewer left), or null when it can. */
  problem: string | null;
};

export type CartDto = {
  lines: CartLineDto[];
  /** Number of pets (sum of quantities). */
  itemCount: number;
  totalCents: number;
  hasProblems: boolean;
};
