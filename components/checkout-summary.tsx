// The checkout page's heading, its read-only order summary (lines at today's prices and the total) and the
// "stock has changed" warning. Placing the order is wired by each architecture.
import { useLocale, useTranslations } from "next-intl";
import { wordsIn } from "../core/errors/error-text";
import type { CartLineDto } from "../core/cart/cart-dto";
import { formatPrice } from "../core/money/format-price";
import { EmptyState } from "./empty-state";
import { PetThumbnail } from "./pet-thumbnail";

export function CheckoutHeading({ signedInAs }: { signedInAs: string | null | undefined }) {
  const t = useTranslations("checkout");
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-1 text-sm text-stone-500">{t("signedInAs", { who: signedInAs ?? "" })}</p>
    </div>
  );
}

export function CheckoutSummary({ lines, totalCents }: { lines: CartLineDto[]; totalCents: number }) {
  const t = useTranslations("cart");
  const locale = useLocale();
  return (
    <section aria-labelledby="checkout-summary" className="card overflow-hidden">
      <h2 id="checkout-summary" className="border-b border-stone-100 bg-stone-50/70 px-6 py-4 text-lg font-bold">
        {t("summary")}
      </h2>
      <ul className="divide-y divide-stone-100 px-6">
        {lines.map((line) => (
          <li key={line.petId} className="flex items-center gap-4 py-4">
            <PetThumbnail url={line.thumbnailUrl} name={line.name} size={56} />
            <div className="min-w-0 flex-1">
              <p className="font-semibold text-stone-900">{line.name}</p>
              <p className="text-sm text-stone-500">
                {line.quantity} × {formatPrice(line.unitPriceCents, locale)}
              </p>
              {line.problem ? (
                <p className="mt-1 text-sm font-medium text-amber-800">⚠ {wordsIn(line.problem, "out_of_stock", locale)}</p>
              ) : null}
            </div>
            <span className="font-semibold tabular-nums">{formatPrice(line.lineTotalCents, locale)}</span>
          </li>
        ))}
      </ul>
      <div className="flex items-center justify-between border-t border-stone-200 px-6 py-4">
        <span className="font-semibold">{t("total")}</span>
        <span className="text-2xl font-bold tabular-nums text-brand-700">{formatPrice(totalCents, locale)}</span>
      </div>
    </section>
  );
}

export function StockChangedNotice({ cartHref }: { cartHref: string }) {
  const t = useTranslations("checkout");
  return (
    <p className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      {t.rich("stockChanged", {
        link: (chunks) => (
          <a href={cartHref} className="font-semibold underline">
            {chunks}
          </a>
        ),
      })}
    </p>
  );
}

export function EmptyCheckout({ storePath }: { storePath: string }) {
  const t = useTranslations("checkout");
  const tc = useTranslations("cart");
  return (
    <EmptyState
      icon="cart"
      title={tc("empty")}
      action={
        <a href={storePath} className="btn-primary px-6 py-2.5">
          {tc("browse")}
        </a>
      }
    >
      {t.rich("emptyBody", {
        link: (chunks) => (
          <a href={`${storePath}/orders`} className="font-semibold text-brand-700 underline">
            {chunks}
          </a>
        ),
      })}
    </EmptyState>
  );
}
