// /architecture/compare — one action, both architectures, two traces side by side with the differences named.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { CompareClient } from "@/lens/client/compare/compare-client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("lens.compare"))("metaTitle") };
}

export default async function ComparePage() {
  const t = await getTranslations("lens.compare");
  return (
    <main className="mx-auto w-full max-w-7xl px-4 py-10">
      <Breadcrumb
        label={t("breadcrumb")}
        crumbs={[{ label: t("home"), href: "/" }, { label: t("lens"), href: "/architecture" }, { label: t("crumb") }]}
      />
      <h1 className="mt-2 text-4xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t("intro")}</p>
      <div className="mt-8">
        <CompareClient />
      </div>
    </main>
  );
}
