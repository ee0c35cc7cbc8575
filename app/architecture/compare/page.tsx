// /architecture/compare — one action, both architectures, two traces side by side with the differences named.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CompareClient } from "@/lens/client/compare/compare-client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("lens.compare"))("metaTitle") };
}

export default async function ComparePage() {
  const t = await getTranslations("lens.compare");
  return (
    <main className="mx-auto w-full max-w-7xl px-4 py-10">
      <nav aria-label={t("breadcrumb")} className="text-sm text-stone-500">
        <a href="/" className="hover:text-brand-700">
          {t("home")}
        </a>{" "}
        /{" "}
        <a href="/architecture" className="hover:text-brand-700">
          {t("lens")}
        </a>{" "}
        / {t("crumb")}
      </nav>
      <h1 className="mt-2 text-4xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t("intro")}</p>
      <div className="mt-8">
        <CompareClient />
      </div>
    </main>
  );
}
