"use client";
// First: switches off zod's eval-compiled parsers before any schema exists (CSP allows no eval).
import "./zod-without-eval";
// The serverless store: a single-page app. The server sent only this shell; from here on the browser
// routes on the URL, draws every view, and reads the catalog from the data API with a short-lived token.
// ARCH: the monolith renders each page on the server (header, session, data and all) and needs no
// JavaScript; this store is nothing but JavaScript talking to managed services and functions.
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { SessionProvider, signOut, useSession } from "./auth-session";
import { arrivedViaSwitch as cameThroughSwitch, switchArchitecturePath, withoutSwitchMarker } from "@/core/architecture/switch-path";
import { SiteFooter } from "@/components/site-footer";
import { MAIN_ID, SiteHeader } from "@/components/site-header";
import { SwitchBanner } from "@/components/switch-banner";
import { LanguageSwitch } from "@/components/language-switch";
import { invalidateToken } from "./baas-token";
import { useCartCount } from "./cart-store";
import { formToUrl, isSpaUrl, navigate } from "./navigation";
import { isAdmin } from "./session-user";
import { HomeView } from "./views/home-view";
import { NotFoundView, Spinner } from "./views/view-states";

// Every view but the home page loads when first visited: a visitor landing on /serverless downloads the
// store's front door, not the admin's upload pipeline or the checkout. (The monolith's server sends each page's
// HTML instead; this is the SPA's way of not paying up front for pages nobody opened.)
const views = {
  admin: () => import("./views/admin-view").then((m) => ({ default: m.AdminView })),
  cart: () => import("./views/cart-view").then((m) => ({ default: m.CartView })),
  category: () => import("./views/category-view").then((m) => ({ default: m.CategoryView })),
  checkout: () => import("./views/checkout-view").then((m) => ({ default: m.CheckoutView })),
  login: () => import("./views/login-view").then((m) => ({ default: m.LoginView })),
  orders: () => import("./views/orders-view").then((m) => ({ default: m.OrdersView })),
  pets: () => import("./views/pet-view").then((m) => ({ default: m.PetView })),
  register: () => import("./views/register-view").then((m) => ({ default: m.RegisterView })),
  search: () => import("./views/search-view").then((m) => ({ default: m.SearchView })),
};
type ViewName = keyof typeof views;
const loading = new Map<ViewName, ReturnType<(typeof views)[ViewName]>>();
/** One download per view, whether the first load's preload below or React.lazy asks first. */
function loadView<N extends ViewName>(name: N): ReturnType<(typeof views)[N]> {
  if (!loading.has(name)) loading.set(name, views[name]());
  return loading.get(name) as ReturnType<(typeof views)[N]>;
}
const AdminView = lazy(() => loadView("admin"));
const CartView = lazy(() => loadView("cart"));
const CategoryView = lazy(() => loadView("category"));
const CheckoutView = lazy(() => loadView("checkout"));
const LoginView = lazy(() => loadView("login"));
const OrdersView = lazy(() => loadView("orders"));
const PetView = lazy(() => loadView("pets"));
const RegisterView = lazy(() => loadView("register"));
const SearchView = lazy(() => loadView("search"));

// The view of the address the page was loaded at starts downloading as this module runs, alongside hydration
// (its data is already on its way: the shell's first script started the reads), not after React first renders.
if (typeof window !== "undefined") {
  const first = window.location.pathname.split("/").filter(Boolean)[1];
  if (first !== undefined && Object.hasOwn(views, first)) void loadView(first as ViewName).catch(() => undefined);
}

// `lens`: the architecture lens's header button, handed in by the route (app/serverless), as the monolith's
// layout does, so the store itself touches the lens only through the observed fetch.
export function ServerlessApp({ showDemoAccounts, lens }: { showDemoAccounts: boolean; lens: ReactNode }) {
  return (
    <SessionProvider>
      <Shell showDemoAccounts={showDemoAccounts} lens={lens} />
    </SessionProvider>
  );
}

function Shell({ showDemoAccounts, lens }: { showDemoAccounts: boolean; lens: ReactNode }) {
  const pathname = usePathname() ?? "/serverless";
  const params = useSearchParams();
  const query = params?.toString() ?? "";
  const search = query ? `?${query}` : "";
  const cartCount = useCartCount();
  const { data: session, status } = useSession();
  const t = useTranslations("header");
  const locale = useLocale();
  const tBanner = useTranslations("switchBanner");
  const tStates = useTranslations("states");
  const [arrivedViaSwitch, setArrivedViaSwitch] = useState(() => cameThroughSwitch(query));

  // The switch marks arrivals with ?via=switch; once read, take it out of the address bar (and history),
  // so a reload or a shared link does not announce the switch again.
  useEffect(() => {
    if (cameThroughSwitch(window.location.search)) {
      navigate(withoutSwitchMarker(window.location.pathname, window.location.search), { replace: true });
    }
  }, []);

  // Whoever signs in or out (here, in another tab, or by session expiry), the cached data-API token
  // belongs to the previous identity: drop it so the next request fetches one with the right scopes.
  const identity = status === "loading" ? null : (session?.user?.email ?? "");
  const lastIdentity = useRef<string | null>(null);
  useEffect(() => {
    if (identity === null) return;
    if (lastIdentity.current !== null && lastIdentity.current !== identity) invalidateToken();
    lastIdentity.current = identity;
  }, [identity]);

  // One delegated handler turns every same-origin link into /serverless/... — including the plain <a>s of
  // the shared components — into a client-side navigation. Links elsewhere (/monolith, /) load normally.
  function onClick(e: React.MouseEvent<HTMLDivElement>) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const anchor = (e.target as Element).closest?.("a");
    if (!anchor || !anchor.href || anchor.hasAttribute("download")) return;
    if (anchor.target && anchor.target !== "_self") return;
    const url = new URL(anchor.href);
    if (!isSpaUrl(url)) return;
    // A link to a place on this page (the skip link): the browser scrolls and moves focus itself.
    if (url.hash && url.pathname === window.location.pathname && url.search === window.location.search) return;
    e.preventDefault();
    navigate(url.href);
  }

  // ARCH: a full page load in the monolith starts keyboard and screen-reader users at the top of the new page.
  // Here the document stays, and the link that was activated is usually gone with the old view, leaving focus
  // nowhere; so after each client-side navigation focus moves to the new view (<main>), not on the first load.
  const firstPath = useRef(pathname);
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = "";
    const main = document.getElementById(MAIN_ID);
    if (main && !main.contains(document.activeElement)) main.focus({ preventScroll: true });
  }, [pathname]);

  // GET forms (the header search, with the filters that belong to it) navigate the same way.
  function onSubmit(e: React.FormEvent<HTMLDivElement>) {
    const form = e.target;
    if (e.defaultPrevented || !(form instanceof HTMLFormElement) || form.method.toLowerCase() !== "get") return;
    const url = formToUrl(form, (e.nativeEvent as SubmitEvent).submitter ?? null);
    if (!isSpaUrl(url)) return;
    e.preventDefault();
    navigate(url.href);
  }

  const onSearch = pathname === "/serverless/search";
  const searchDefault = onSearch ? (params?.get("q") ?? undefined) : undefined;
  const account =
    status === "loading" ? (
      <span aria-hidden className="inline-block h-4 w-14 animate-pulse rounded bg-stone-200" />
    ) : session?.user ? (
      <span className="flex items-center gap-3">
        {isAdmin(session) ? (
          <a href="/serverless/admin" className="hover:text-brand-700">
            {t("admin")}
          </a>
        ) : null}
        <span className="hidden text-stone-500 xl:inline">{t("greeting", { name: session.user.name ?? session.user.email ?? "" })}</span>
        <button
          type="button"
          className="font-medium hover:text-brand-700"
          onClick={async () => {
            // ARCH: logging out is the auth service's job; the app only forgets its user token.
            await signOut({ redirect: false });
            invalidateToken();
          }}
        >
          {t("logOut")}
        </button>
      </span>
    ) : (
      <a
        href={`/serverless/login?next=${encodeURIComponent(pathname === "/serverless/login" ? "/serverless" : pathname + search)}`}
        className="hover:text-brand-700"
      >
        {t("logIn")}
      </a>
    );

  return (
    <div onClick={onClick} onSubmit={onSubmit} className="flex min-h-screen flex-col">
      <SiteHeader
        mode="serverless"
        switchHrefs={{
          monolith: switchArchitecturePath(pathname, search, "monolith"),
          serverless: switchArchitecturePath(pathname, search, "serverless"),
        }}
        searchDefault={searchDefault}
        cartCount={cartCount}
        account={account}
        language={<LanguageSwitch current={locale} action="/api/language" returnTo={pathname + search} live />}
        lens={lens}
      />
      <main id={MAIN_ID} tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {arrivedViaSwitch ? (
          <SwitchBanner
            mode="serverless"
            dismiss={
              <button type="button" onClick={() => setArrivedViaSwitch(false)} className="font-semibold text-sls-600 hover:underline">
                {tBanner("dismiss")}
              </button>
            }
          />
        ) : null}
        <Suspense fallback={<Spinner label={tStates("loadingView")} />}>
          <Route key={pathname} pathname={pathname} params={params ?? new URLSearchParams()} showDemoAccounts={showDemoAccounts} />
        </Suspense>
      </main>
      <SiteFooter mode="serverless" />
    </div>
  );
}

function Route({ pathname, params, showDemoAccounts }: { pathname: string; params: URLSearchParams; showDemoAccounts: boolean }) {
  const segments = pathname.split("/").filter(Boolean).slice(1).map(safeDecode);
  const [first, second, ...rest] = segments;
  if (rest.length > 0) return <NotFoundView />;
  if (first === undefined) return <HomeView />;
  if (first === "category" && second !== undefined) return <CategoryView slug={second} pageParam={params.get("page")} />;
  if (first === "pets" && second !== undefined) return <PetView idParam={second} />;
  if (second !== undefined) return <NotFoundView />;
  switch (first) {
    case "search":
      return <SearchView params={params} />;
    case "cart":
      return <CartView />;
    case "checkout":
      return <CheckoutView />;
    case "orders":
      return <OrdersView placedParam={params.get("placed")} />;
    case "login":
      return <LoginView nextParam={params.get("next")} showDemoAccounts={showDemoAccounts} />;
    case "register":
      return <RegisterView />;
    case "admin":
      return <AdminView />;
    default:
      return <NotFoundView />;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
