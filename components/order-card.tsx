// One order in order history: number, date, where it was placed, snapshot lines and the total.
import type { OrderDto } from "../core/orders/order-dto";
import { formatPrice } from "../core/money/format-price";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function PlacedViaBadge({ placedVia }: { placedVia: OrderDto["placedVia"] }) {
  const style = placedVia === "monolith" ? "bg-mono-50 text-mono-600 ring-mono-500/30" : "bg-sls-50 text-sls-600 ring-sls-500/30";
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ${style}`}>
      <span aria-hidden className={`h-1.5 w-1.5 rounded-full ${placedVia === "monolith" ? "bg-mono-500" : "bg-sls-500"}`} />
      Placed via {placedVia === "monolith" ? "Monolith" : "Serverless"}
    </span>
  );
}

export function OrderCard({
  order,
  highlight = false,
  hrefForPet,
}: {
  order: OrderDto;
  highlight?: boolean;
  hrefForPet?: (id: number) => string;
}) {
  const itemCount = order.lines.reduce((n, l) => n + l.quantity, 0);
  const headingId = `order-${order.id}-heading`;
  return (
    <article aria-labelledby={headingId} className={`card overflow-hidden ${highlight ? "ring-2 ring-emerald-400" : ""}`}>
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-stone-100 bg-stone-50/70 px-6 py-4">
        <div>
          <h2 id={headingId} className="text-lg font-bold text-stone-900">
            Order #{order.id}
          </h2>
          <p className="text-sm text-stone-500">
            <time dateTime={order.createdAt}>{dateFormat.format(new Date(order.createdAt))} UTC</time> · {itemCount}{" "}
            {itemCount === 1 ? "pet" : "pets"}
          </p>
        </div>
        <PlacedViaBadge placedVia={order.placedVia} />
      </header>
      <ul className="divide-y divide-stone-100 px-6">
        {order.lines.map((line) => (
          <li key={line.petId} className="flex items-center justify-between gap-4 py-3 text-sm">
            <span className="text-stone-800">
              {hrefForPet ? (
                <a href={hrefForPet(line.petId)} className="font-semibold hover:text-brand-700">
                  {line.petName}
                </a>
              ) : (
                <span className="font-semibold">{line.petName}</span>
              )}{" "}
              <span className="text-stone-500">
                × {line.quantity} @ {formatPrice(line.unitPriceCents)}
              </span>
            </span>
            <span className="font-medium tabular-nums text-stone-900">{formatPrice(line.unitPriceCents * line.quantity)}</span>
          </li>
        ))}
      </ul>
      <footer className="flex items-center justify-between border-t border-stone-100 px-6 py-4">
        <span className="text-sm font-medium text-stone-600">Total</span>
        <span className="text-lg font-bold tabular-nums text-brand-700">{formatPrice(order.totalCents)}</span>
      </footer>
    </article>
  );
}
