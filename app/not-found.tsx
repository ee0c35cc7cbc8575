import { useTranslations } from "next-intl";
import { PawIcon } from "@/components/paw-icon";

export default function NotFound() {
  const t = useTranslations("notFound");
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <PawIcon className="mx-auto h-16 w-16 text-brand-700" />
      <h1 className="mt-4 text-2xl font-bold">{t("pageTitle")}</h1>
      <p className="mt-2 text-stone-600">{t("siteBody")}</p>
      <a href="/" className="btn-primary mt-6">
        {t("siteBack")}
      </a>
    </main>
  );
}
