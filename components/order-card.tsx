// One order in order history: number, date, where it was placed, snapshot lines and the total.
import { useLocale, useTranslations } from "next-intl";
import type { OrderDto } from "../core/orders/order-dto";
import { formatPrice } from "../core/money/format-price";

export function PlacedViaBadge({ placedVia }: { placedVia: OrderDto["placedVia"] }) {
  const t = useTranslations("header");
  const to = useTranslations("orders");
  const style = placedVia === "monolith" ? "bg-mono-50 text-mono-600 ring-mono-500/30" : "bg-sls-50 text-sls-600 ring-sls-500/30";
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ${style}`}>
      <span aria-hidden className={`h-1.5 w-1.5 rounded-full ${placedVia === "monolith" ? "bg-mono-500" : "bg-sls-500"}`} />
      {to("placedVia", { via: placedVia === "monolith" ? t("monolith") : t("serverless") })}
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
  const t = useTranslations("orders");
  const locale = useLocale();
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const itemCount = order.lines.reduce((n, l) => n + l.quantity, 0);
  const headingId = `order-${order.id}-heading`;
  return (
    <article aria-labelledby={headingId} className={`card overflow-hidden ${highlight ? "ring-2 ring-emerald-400" : ""}`}>
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-stone-100 bg-stone-50/70 px-6 py-4">
        <div>
          <h2 id={headingId} className="text-lg font-bold text-stone-900">
            {t("order", { id: order.id })}
          </h2>
          <p className="text-sm text-stone-500">
            <time dateTime={order.createdAt}>
              {t("orderMeta", { date: dateFormat.format(new Date(order.createdAt)), count: itemCount })}
            </time>
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
                {t("line", { quantity: line.quantity, price: formatPrice(line.unitPriceCents, locale) })}
              </span>
            </span>
            <span className="font-medium tabular-nums text-stone-900">{formatPrice(line.unitPriceCents * line.quantity, locale)}</span>
          </li>
        ))}
      </ul>
      <footer className="flex items-center justify-between border-t border-stone-100 px-6 py-4">
        <span className="text-sm font-medium text-stone-600">{t("total")}</span>
        <span className="text-lg font-bold tabular-nums text-brand-700">{formatPrice(order.totalCents, locale)}</span>
      </footer>
    </article>
  );
}
