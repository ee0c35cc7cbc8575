// Maps an order row (with its lines) to the OrderDto the UI and the data API see.
import type { OrderDto } from "../../core/orders/order-dto";

export const orderSelect = {
  id: true,
  createdAt: true,
  placedVia: true,
  totalCents: true,
  lines: { select: { petId: true, petName: true, unitPriceCents: true, quantity: true }, orderBy: { id: "asc" as const } },
} as const;

type OrderRow = {
  id: number;
  createdAt: Date;
  placedVia: string;
  totalCents: number;
  lines: { petId: number; petName: string; unitPriceCents: number; quantity: number }[];
};

export function toOrderDto(o: OrderRow): OrderDto {
  return {
    id: o.id,
    createdAt: o.createdAt.toISOString(),
    placedVia: o.placedVia === "serverless" ? "serverless" : "monolith",
    totalCents: o.totalCents,
    lines: o.lines,
  };
}
