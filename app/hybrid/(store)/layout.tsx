// The hybrid store's frame while its pages are server-rendered: the routing facade decides, for this request,
// where each capability goes; the header shows who is signed in according to whichever auth is in charge.
// Once the pages have moved, every address here hands the visitor to the browser app (/hybrid/handover).
import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { switchArchitecturePath } from "@/core/architecture/switch-path";
import { hybridFacade } from "@/hybrid/facade/hybrid-facade";
import { hybridUser } from "@/hybrid/auth/hybrid-user";
import { countCartItems } from "@/monolith/cart/count-cart-items";
import { getSessionContext } from "@/monolith/session/get-session-context";
import { ServerAccountLinks } from "@/components/server-account-links";
import { LanguageSwitch } from "@/components/language-switch";
import { MAIN_ID, SiteHeader } from "@/components/site-header";
import { LensPanel } from "@/lens/client/lens-panel";
import { PageLoadTiming } from "@/lens/client/page-load-timing";
import { TraceMeta } from "@/lens/client/trace-meta";
import { FacadeStrip } from "@/components/migration/facade-strip";
import { currentTraceparent } from "@/lens/server/with-lens-span";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("hybrid");
  return { title: { default: t("metaDefault"), template: t("metaTemplate") } };
}

export default async function HybridLayout({ children }: { children: React.ReactNode }) {
  const h = await headers();
  const path = h.get("x-pst-path") ?? "/hybrid";
  const search = h.get("x-pst-search") ?? "";
  const facade = await hybridFacade();
  // The pages have moved: the facade sends this address to the browser app, handing the server cart over first.
  if (facade.table.shell === "spa" && !path.startsWith("/hybrid/migration"))
    redirect(`/hybrid/handover?to=${encodeURIComponent(path + search)}`);
  const [user, session] = await Promise.all([hybridUser(facade), getSessionContext()]);
  const cartCount = await countCartItems(session.ownerKey);
  const [th, locale] = await Promise.all([getTranslations("hybrid"), getLocale()]);
  const q = new URLSearchParams(search).get("q") ?? undefined;
  const asMonolithPath = `/monolith${path.slice("/hybrid".length)}`;
  const account = (
    <ServerAccountLinks
      user={user ? { name: user.name, isAdmin: user.role === "admin" } : null}
      csrfToken={session.csrfToken}
      logoutAction="/api/hybrid/logout"
      loginPath="/hybrid/login"
      adminPath="/hybrid/admin"
      returnTo={path + search}
    />
  );
  const traceparent = currentTraceparent();
  return (
    <>
      <TraceMeta traceparent={traceparent} />
      {traceparent ? <PageLoadTiming mode="monolith" /> : null}
      <SiteHeader
        mode="hybrid"
        switchHrefs={{
          monolith: switchArchitecturePath(asMonolithPath, search, "monolith"),
          serverless: switchArchitecturePath(asMonolithPath, search, "serverless"),
          hybrid: path + search,
        }}
        searchDefault={path.startsWith("/hybrid/search") ? q : undefined}
        cartCount={cartCount}
        account={account}
        language={
          <LanguageSwitch current={locale} action="/api/monolith/language" returnTo={path + search} csrfToken={session.csrfToken} />
        }
        lens={traceparent ? <LensPanel mode="monolith" store="hybrid" /> : null}
      />
      <FacadeStrip state={facade.state} table={facade.table} source={facade.source} panelHref="/hybrid/migration" />
      <main id={MAIN_ID} tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <footer className="border-t border-stone-200 bg-white">
        <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-stone-600">
          {th.rich("footer", { strong: (chunks) => <strong className="text-stone-700">{chunks}</strong> })}{" "}
          <a href="/architecture" className="font-semibold text-brand-700 underline">
            {th("openLens")}
          </a>
          .
        </p>
      </footer>
    </>
  );
}
