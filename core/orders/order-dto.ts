// An order as the UI and the data API see it (lines carry the price snapshot taken at purchase).
import type { Mode } from "../architecture/mode";
export type OrderLineDto = { petId: number; petName: string; unitPriceCents: number; quantity: number };
export type OrderDto = {
  id: number;
  createdAt: string; // ISO 8601
  totalCents: number;
  placedVia: Mode;
  lines: OrderLineDto[];
};
