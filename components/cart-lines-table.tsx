// The cart page's pieces: heading, empty state, the lines and the order summary. Each architecture plugs in
// its own controls — HTML forms with a CSRF token in the monolith, client handlers in the SPA — through the
// render props, so the markup (names, labels, test hooks) is the same in both stores.
import { useLocale, useTranslations } from "next-intl";
import { storePaths, type Mode } from "../core/architecture/mode";
import { breedName, categoryNameOf } from "../core/i18n/catalog-terms";
import { wordsIn } from "../core/errors/error-text";
import type { CartDto, CartLineDto } from "../core/cart/cart-dto";
import { MAX_QUANTITY } from "../core/cart/cart-schemas";
import { formatPrice } from "../core/money/format-price";
import { EmptyState } from "./empty-state";
import { PetThumbnail } from "./pet-thumbnail";

export function CartHeading({ itemCount, note = "" }: { itemCount: number | null; note?: string }) {
  const t = useTranslations("cart");
  return (
    <div className="flex flex-wrap items-end justify-between gap-2">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      {itemCount !== null ? (
        <p className="text-sm text-stone-500">
          {t("summaryLine", { count: itemCount })}
          {note}
        </p>
      ) : null}
    </div>
  );
}

export function EmptyCart({ storeHref }: { storeHref: string }) {
  const t = useTranslations("cart");
  return (
    <EmptyState
      icon="cart"
      title={t("empty")}
      action={
        <a href={storeHref} className="btn-primary px-6 py-2.5">
          {t("browse")}
        </a>
      }
    >
      {t("emptyBody")}
    </EmptyState>
  );
}

/**
 * One line's quantity form: the field and its "Update" button. Each store wires the form its own way, an HTML
 * post (`action`, `method`, hidden fields as children) or a client handler (`onSubmit`).
 */
export function CartQuantityForm({
  line,
  children,
  ...form
}: { line: CartLineDto; children?: React.ReactNode } & Omit<React.FormHTMLAttributes<HTMLFormElement>, "className" | "noValidate">) {
  const t = useTranslations("cart");
  const tc = useTranslations("catalog");
  const qtyId = `quantity-${line.petId}`;
  return (
    <form noValidate className="flex items-end gap-2" {...form}>
      {children}
      <div className="w-20">
        <label htmlFor={qtyId} className="label">
          {tc("quantity")}
          <span className="sr-only">{t("quantityOf", { name: line.name })}</span>
        </label>
        {/* Keyed by the stored quantity: the field resets to it after every accepted change. */}
        <input
          key={line.quantity}
          id={qtyId}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={Math.max(1, Math.min(line.stock, MAX_QUANTITY))}
          step={1}
          defaultValue={line.quantity}
          className="input"
        />
      </div>
      <button type="submit" className="btn-secondary">
        {t("update")}
        <span className="sr-only">{t("updateQuantityOf", { name: line.name })}</span>
      </button>
    </form>
  );
}

/** "Remove": a submit button inside a form, or a plain button with a click handler. */
export function RemoveButton({ what, onClick }: { what: string; onClick?: () => void }) {
  const t = useTranslations("cart");
  return (
    <button
      type={onClick ? "button" : "submit"}
      onClick={onClick}
      className="btn border border-transparent text-red-700 shadow-none hover:bg-red-50"
    >
      {t("remove")}
      <span className="sr-only">{t("removeFromCart", { what })}</span>
    </button>
  );
}

export function CartLinesTable({
  lines,
  hrefForPet,
  quantityControl,
  removeControl,
  children,
}: {
  lines: CartLineDto[];
  hrefForPet: (id: number) => string;
  quantityControl: (line: CartLineDto) => React.ReactNode;
  removeControl: (line: CartLineDto) => React.ReactNode;
  /** Extra rows after the lines. */
  children?: React.ReactNode;
}) {
  const t = useTranslations("cart");
  const locale = useLocale();
  return (
    <ul aria-label={t("items")} className="card divide-y divide-stone-100">
      {lines.map((line) => (
        <li key={line.petId} className="flex flex-col gap-4 p-5 sm:flex-row sm:items-center">
          <a href={hrefForPet(line.petId)} tabIndex={-1} aria-hidden>
            <PetThumbnail url={line.thumbnailUrl} name={line.name} size={88} />
          </a>
          <div className="min-w-0 flex-1 space-y-1">
            <a href={hrefForPet(line.petId)} className="text-lg font-semibold text-stone-900 hover:text-brand-700">
              {line.name}
            </a>
            <p className="text-sm text-stone-500">
              {categoryNameOf(line.categoryName, locale)} · {breedName(line.breed, locale)}
            </p>
            <p className="text-sm text-stone-700">
              {t.rich("each", {
                price: formatPrice(line.unitPriceCents, locale),
                strong: (chunks) => <span className="font-medium">{chunks}</span>,
              })}
            </p>
            {line.problem ? (
              <p className="rounded-md bg-amber-50 px-2 py-1 text-sm font-medium text-amber-900">
                ⚠ {wordsIn(line.problem, "out_of_stock", locale)}
              </p>
            ) : null}
          </div>
          <div className="flex flex-wrap items-end gap-3 sm:justify-end">
            {quantityControl(line)}
            {removeControl(line)}
          </div>
          <p className="text-right text-lg font-bold tabular-nums text-stone-900 sm:w-28">
            <span className="sr-only">{t("lineTotal")}</span>
            {formatPrice(line.lineTotalCents, locale)}
          </p>
        </li>
      ))}
      {children}
    </ul>
  );
}

export function CartSummary({
  itemCount,
  totalCents,
  hasProblems,
  checkoutHref,
  storeHref,
}: {
  itemCount: number;
  totalCents: number;
  hasProblems: boolean;
  checkoutHref: string;
  storeHref: string;
}) {
  const t = useTranslations("cart");
  const locale = useLocale();
  return (
    <aside aria-labelledby="summary-heading" className="card space-y-4 p-6 lg:sticky lg:top-28">
      <h2 id="summary-heading" className="text-lg font-bold">
        {t("summary")}
      </h2>
      <dl className="space-y-2 text-sm">
        <div className="flex justify-between">
          <dt className="text-stone-600">{t("pets")}</dt>
          <dd className="tabular-nums">{itemCount}</dd>
        </div>
        <div className="flex justify-between border-t border-stone-100 pt-3 text-base">
          <dt className="font-semibold">{t("total")}</dt>
          <dd className="font-bold tabular-nums text-brand-700" data-testid="cart-total">
            {formatPrice(totalCents, locale)}
          </dd>
        </div>
      </dl>
      {hasProblems ? <p className="text-sm text-amber-800">{t("problems")}</p> : null}
      <a href={checkoutHref} className="btn-primary w-full py-3 text-base">
        {t("checkout")}
      </a>
      <a href={storeHref} className="block text-center text-sm font-medium text-stone-600 hover:text-brand-700">
        {t("continueShopping")}
      </a>
    </aside>
  );
}

/** The filled cart in either store: the lines beside the order summary, with links into `mode`'s pages. */
export function CartWithSummary({
  cart,
  mode,
  quantityControl,
  removeControl,
  children,
}: {
  cart: CartDto;
  mode: Mode;
  quantityControl: (line: CartLineDto) => React.ReactNode;
  removeControl: (line: CartLineDto) => React.ReactNode;
  /** Extra rows after the lines. */
  children?: React.ReactNode;
}) {
  const paths = storePaths(mode);
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[1fr_20rem]">
      <CartLinesTable lines={cart.lines} hrefForPet={paths.pet} quantityControl={quantityControl} removeControl={removeControl}>
        {children}
      </CartLinesTable>
      <CartSummary
        itemCount={cart.itemCount}
        totalCents={cart.totalCents}
        hasProblems={cart.hasProblems}
        checkoutHref={paths.checkout}
        storeHref={paths.home}
      />
    </div>
  );
}
