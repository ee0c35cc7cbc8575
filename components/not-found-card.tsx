// The "no such page" card both stores show for an unknown pet, category or path.
import { useTranslations } from "next-intl";
import { PawIcon } from "./paw-icon";

export function NotFoundCard({ storeHref }: { storeHref: string }) {
  const t = useTranslations("notFound");
  return (
    <div className="card mx-auto max-w-lg p-10 text-center">
      <PawIcon className="mx-auto h-16 w-16 text-brand-700" />
      <h1 className="mt-4 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-600">{t("body")}</p>
      <a href={storeHref} className="btn-primary mt-6">
        {t("back")}
      </a>
    </div>
  );
}
