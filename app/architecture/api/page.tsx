// /architecture/api — the serverless API's reference, rendered from /api/openapi.json by Swagger UI (served by this
// server: lens/server/serve-viewer-file.ts), with "Try it" against this server using the visitor's own token.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { ApiReference } from "@/lens/client/api-reference";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("lens.api"))("title") };
}

export default async function ApiReferencePage() {
  const t = await getTranslations("lens.api");
  return (
    <main className="mx-auto w-full max-w-7xl px-4 py-10">
      <Breadcrumb
        label={t("breadcrumb")}
        crumbs={[{ label: t("home"), href: "/" }, { label: t("lens"), href: "/architecture" }, { label: t("crumb") }]}
      />
      <h1 className="mt-2 text-4xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t("intro")}</p>
      <p className="mt-2 text-sm">
        <a href="/api/openapi.json" className="text-brand-700 underline underline-offset-2">
          {t("document")}
        </a>
      </p>
      <div className="mt-6">
        <ApiReference />
      </div>
    </main>
  );
}
