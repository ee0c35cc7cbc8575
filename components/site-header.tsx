// The store header shared by both architectures; the mode-specific parts (account area) come in as slots.
import { useTranslations } from "next-intl";
import { storePaths, type Mode, type Store } from "../core/architecture/mode";
import { ArchitectureSwitch } from "./architecture-switch";
import { PawIcon } from "./paw-icon";

/** The id of each store's <main>, the skip link's target. */
export const MAIN_ID = "main";

export function SiteHeader({
  mode,
  switchHrefs,
  searchDefault,
  cartCount,
  account,
  lens,
  language,
}: {
  mode: Store;
  switchHrefs: Record<Mode, string> & { hybrid?: string };
  searchDefault?: string;
  cartCount?: number;
  account: React.ReactNode;
  /** The architecture lens's header button (a client leaf), when the lens is on. */
  lens?: React.ReactNode;
  /** The "Language" control (components/language-switch.tsx), wired by each store. */
  language?: React.ReactNode;
}) {
  const t = useTranslations("header");
  const paths = storePaths(mode);
  const accent = mode === "monolith" ? "border-mono-500" : mode === "hybrid" ? "border-fuchsia-600" : "border-sls-500";
  return (
    <>
      {/* First stop for keyboard users: past the search, navigation, switch and lens straight to the page.
          Both stores give their <main> the id MAIN_ID and tabIndex={-1}. */}
      <a
        href={`#${MAIN_ID}`}
        className="sr-only z-30 rounded-lg bg-white px-4 py-2 font-semibold text-brand-800 shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        {t("skipToMain")}
      </a>
      <header className={`sticky top-0 z-20 border-t-4 ${accent} border-b border-b-stone-200 bg-white/90 backdrop-blur`}>
        {/* On a phone every control of the header is at least 44 × 44 px (WCAG 2.5.5): fingers, not pointers. */}
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 max-sm:gap-x-3 max-sm:[&_:is(a,button,select,input,summary)]:min-h-11 max-sm:[&_:is(a,button,select,summary)]:min-w-11 max-sm:[&_a]:inline-flex max-sm:[&_a]:items-center max-sm:[&_a]:justify-center">
          <a href={paths.home} className="flex items-center gap-2 text-lg font-bold tracking-tight">
            <PawIcon className="h-7 w-7 text-brand-700" />
            <span>
              {t("brandPetStore")} <span className="text-brand-700">{t("brandTwin")}</span>
            </span>
          </a>
          <form
            id="site-search-form"
            action={`${paths.home}/search`}
            method="get"
            role="search"
            className="order-3 flex w-full min-w-56 items-center gap-2 sm:order-none sm:w-auto sm:flex-1"
          >
            <label htmlFor="site-search" className="sr-only">
              {t("searchLabel")}
            </label>
            {/* Keyed by the query, so the uncontrolled box shows the terms after the browser app navigated; only the
                box is remounted, not the header (an open Lens panel and the focus stay). */}
            <input
              key={searchDefault ?? ""}
              id="site-search"
              name="q"
              type="search"
              defaultValue={searchDefault}
              placeholder={t("searchPlaceholder")}
              className="input"
              maxLength={1000}
            />
            <button type="submit" className="btn-secondary whitespace-nowrap">
              {t("searchGo")}
            </button>
          </form>
          <nav aria-label={t("storeNav")} className="flex items-center gap-4 text-sm font-medium">
            <a href={paths.cart} className="hover:text-brand-700">
              {t("cart")}
              {cartCount !== undefined && cartCount > 0 ? (
                <span className="ml-1 rounded-full bg-brand-700 px-2 py-0.5 text-xs text-white">{cartCount}</span>
              ) : null}
            </a>
            <a href={paths.orders} className="hover:text-brand-700">
              {t("orders")}
            </a>
            {account}
          </nav>
          <ArchitectureSwitch current={mode} hrefs={switchHrefs} />
          {language}
          {lens}
        </div>
      </header>
    </>
  );
}
