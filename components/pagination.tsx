import { useTranslations } from "next-intl";

// Plain links, so paging works with JavaScript off.
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  const t = useTranslations("catalog");
  if (pageCount <= 1) return null;
  const link = "rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100";
  return (
    <nav aria-label={t("pagination")} className="mt-8 flex items-center justify-center gap-3">
      {page > 1 ? (
        <a className={link} href={hrefFor(page - 1)} rel="prev">
          {t("previous")}
        </a>
      ) : (
        <span className={`${link} opacity-40`} aria-disabled="true">
          {t("previous")}
        </span>
      )}
      <span className="text-sm text-stone-600">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <a className={link} href={hrefFor(page + 1)} rel="next">
          {t("next")}
        </a>
      ) : (
        <span className={`${link} opacity-40`} aria-disabled="true">
          {t("next")}
        </span>
      )}
    </nav>
  );
}
