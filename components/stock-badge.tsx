import { useTranslations } from "next-intl";

export function StockBadge({ stock }: { stock: number }) {
  const t = useTranslations("catalog");
  if (stock <= 0)
    return (
      <span className="whitespace-nowrap rounded-full bg-stone-200 px-2 py-0.5 text-xs font-medium text-stone-600">{t("soldOut")}</span>
    );
  if (stock <= 3)
    return (
      <span className="whitespace-nowrap rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-800">
        {t("onlyLeft", { count: stock })}
      </span>
    );
  return (
    <span className="whitespace-nowrap rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800">{t("inStock")}</span>
  );
}
