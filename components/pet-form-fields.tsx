// The fields of both "Add pet" forms (monolith admin page, serverless admin SPA): one markup, so the two stores
// ask for a new pet in the same words. The labels — Name, Category, Price (in dollars), Stock, Image — are a
// public contract (tests and screen-reader users find the fields by them). Each form wraps these fields in its
// own <form> and wires its own submit; the server checks the same rule either way (core/catalog/new-pet).
import { useLocale, useTranslations } from "next-intl";
import type { CategoryDto } from "@/core/catalog/pet-dto";
import { categoryName } from "@/core/i18n/catalog-terms";

type Props = {
  categories: CategoryDto[];
  maxBytes: number;
  /** Where the photo goes, said under the Image field (e.g. "It goes straight to blob storage."). */
  imageNote?: string;
};

export function PetFormFields({ categories, maxBytes, imageNote }: Props) {
  const t = useTranslations("admin.fields");
  const locale = useLocale();
  return (
    <>
      <label className="label">
        {t("name")}
        <input name="name" required maxLength={80} className="input mt-1" />
      </label>
      <label className="label">
        {t("category")}
        <select name="category" required className="input mt-1" defaultValue={categories[0]?.slug}>
          {categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {categoryName(c.slug, c.name, locale)}
            </option>
          ))}
        </select>
      </label>
      <label className="label">
        {t("price")}
        <span className="font-normal text-stone-500">{t("inDollars")}</span>
        <input name="price" required inputMode="decimal" pattern="\d{1,6}(\.\d{1,2})?" placeholder="49.99" className="input mt-1" />
      </label>
      <label className="label">
        {t("stock")}
        <input name="stock" required type="number" min={0} max={99999} step={1} defaultValue={1} className="input mt-1" />
      </label>
      <label className="label sm:col-span-2">
        {t("image")}
        <span className="font-normal text-stone-500">
          {t("imageHint", { mb: Math.round(maxBytes / 1024 / 1024) })}
          {imageNote ? ` ${imageNote}` : ""}
        </span>
        <input name="image" required type="file" accept="image/jpeg,image/png,image/webp" className="input mt-1" />
      </label>
    </>
  );
}
