import { useTranslations } from "next-intl";
import type { Mode } from "../core/architecture/switch-path";

export function SiteFooter({ mode }: { mode: Mode }) {
  const t = useTranslations("footer");
  return (
    <footer className="mt-16 border-t border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-6 text-sm text-stone-500">
        <p>
          {t.rich("youAreBrowsing", {
            build: mode === "monolith" ? t("buildMonolith") : t("buildServerless"),
            strong: (chunks) => <strong className="text-stone-700">{chunks}</strong>,
          })}{" "}
          {mode === "monolith" ? t("aboutMonolith") : t("aboutServerless")}
        </p>
        <nav aria-label={t("aboutNav")} className="flex gap-4">
          <a href="/architecture" className="font-medium text-stone-700 hover:text-brand-700">
            {t("lens")}
          </a>
          <a href="/" className="font-medium text-stone-700 hover:text-brand-700">
            {t("howTheyDiffer")}
          </a>
        </nav>
      </div>
    </footer>
  );
}
