// The routing facade once the pages have moved: every /hybrid address now belongs to the browser app. This page
// hands the server cart over to the browser cart (bridge "cart-handover") and sends the visitor on to the app.
// With JavaScript off it says plainly that the browser app needs it and that the server cart cannot follow.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { BRIDGES_NOT_BUILT } from "@/core/migration/route-requests";
import { safeReturnPath } from "@/core/navigation/safe-return-path";
import { prisma } from "@/infra/db/prisma-client";
import { hybridFacade } from "@/hybrid/facade/hybrid-facade";
import { getSessionContext } from "@/monolith/session/get-session-context";
import { AreaMessages } from "@/components/area-messages";
import { CartHandover } from "./cart-handover";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("hybrid"))("handoverMetaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HandoverPage({ searchParams }: Props) {
  const [sp, facade, session, t, tm] = await Promise.all([
    searchParams,
    hybridFacade(),
    getSessionContext(),
    getTranslations("hybrid"),
    getTranslations("migration"),
  ]);
  const from = safeReturnPath(typeof sp.to === "string" ? sp.to : undefined, "/hybrid", ["/hybrid"]);
  if (facade.table.shell === "server-pages") redirect(from);
  const to = `/serverless${from.slice("/hybrid".length)}`;
  const lines = session.ownerKey
    ? await prisma.cartItem.findMany({ where: { cart: { ownerKey: session.ownerKey } }, select: { petId: true, quantity: true } })
    : [];
  const notBuilt = facade.table.bridges.filter((b) => BRIDGES_NOT_BUILT.has(b));
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-2xl space-y-4 px-4 py-16">
      <h1 className="text-3xl font-bold tracking-tight">{t("handoverTitle")}</h1>
      <p className="text-stone-700">
        {t("handoverIntro")} {lines.length > 0 ? t("handoverCart", { count: lines.length }) : t("handoverEmpty")}
      </p>
      {notBuilt.length > 0 ? (
        <div className="rounded-2xl border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950">
          <p className="font-semibold">{t("handoverNotBuilt")}</p>
          <ul className="mt-1 list-disc pl-5">
            {notBuilt.map((b) => (
              <li key={b}>{tm(`bridge.${b}`)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <noscript>
        <p className="rounded-2xl border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950">
          {t.rich("handoverNoscript", {
            link: (chunks) => (
              <a href="/hybrid/migration" className="font-semibold underline">
                {chunks}
              </a>
            ),
          })}
        </p>
      </noscript>
      {/* The handover's client component speaks the hybrid store's words, which the shell does not send. */}
      <AreaMessages areas={[]}>
        <CartHandover lines={lines} to={to} />
      </AreaMessages>
      <p className="text-sm">
        <a href={to} className="font-semibold text-brand-700 underline">
          {t("handoverContinue")}
        </a>
      </p>
    </main>
  );
}
