// ARCH: the monolith's header is rendered on the server on every request, from the server session
// (user, cart count) — no JavaScript needed for any of it.
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { arrivedViaSwitch, switchArchitecturePath, withoutSwitchMarker } from "@/core/architecture/switch-path";
import { countCartItems } from "@/monolith/cart/count-cart-items";
import { getSessionContext } from "@/monolith/session/get-session-context";
import { ServerAccountLinks } from "@/components/server-account-links";
import { MAIN_ID, SiteHeader } from "@/components/site-header";
import { LensPanel } from "@/lens/client/lens-panel";
import { PageLoadTiming } from "@/lens/client/page-load-timing";
import { TraceMeta } from "@/lens/client/trace-meta";
import { currentTraceparent } from "@/lens/server/with-lens-span";
import { SiteFooter } from "@/components/site-footer";
import { SwitchBanner } from "@/components/switch-banner";
import { LanguageSwitch } from "@/components/language-switch";

export default async function MonolithLayout({ children }: { children: React.ReactNode }) {
  const h = await headers();
  const path = h.get("x-pst-path") ?? "/monolith";
  const search = h.get("x-pst-search") ?? "";
  const session = await getSessionContext();
  const cartCount = session.fresh ? 0 : await countCartItems(session.ownerKey);
  const locale = await getLocale();
  const q = new URLSearchParams(search).get("q") ?? undefined;
  const account = (
    <ServerAccountLinks
      user={session.user ? { name: session.user.name, isAdmin: session.user.role === "admin" } : null}
      csrfToken={session.csrfToken}
      logoutAction="/api/monolith/logout"
      loginPath="/monolith/login"
      adminPath="/monolith/admin"
      returnTo={path + search}
    />
  );
  // The architecture lens: this render's trace id for the browser's page-load timing to join.
  const traceparent = currentTraceparent();
  return (
    <>
      <TraceMeta traceparent={traceparent} />
      {traceparent ? <PageLoadTiming mode="monolith" /> : null}
      <SiteHeader
        mode="monolith"
        switchHrefs={{
          monolith: switchArchitecturePath(path, search, "monolith"),
          serverless: switchArchitecturePath(path, search, "serverless"),
        }}
        searchDefault={path.startsWith("/monolith/search") ? q : undefined}
        cartCount={cartCount}
        account={account}
        language={
          <LanguageSwitch current={locale} action="/api/monolith/language" returnTo={path + search} csrfToken={session.csrfToken} />
        }
        lens={traceparent ? <LensPanel mode="monolith" /> : null}
      />
      <main id={MAIN_ID} tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {/* Arrived through the header switch: say what changed. "Dismiss" is a plain link (works without JS). */}
        {arrivedViaSwitch(search) ? (
          <SwitchBanner
            mode="monolith"
            dismiss={
              <a href={withoutSwitchMarker(path, search)} className="font-semibold text-mono-600 hover:underline">
                {(await getTranslations("switchBanner"))("dismiss")}
              </a>
            }
          />
        ) : null}
        {children}
      </main>
      <SiteFooter mode="monolith" />
    </>
  );
}
