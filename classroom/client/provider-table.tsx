// What each component of the serverless store is called on three clouds (data in core/architecture/provider-map).
import { useLocale, useTranslations } from "next-intl";
import { PROVIDERS, type ProviderComponent } from "@/core/architecture/provider-map";
import { componentName, localizedProviderMap, providerLabels } from "@/core/architecture/provider-map-zh";

export function ProviderTable({ components, caption }: { components: readonly ProviderComponent[]; caption?: string }) {
  const locale = useLocale();
  const t = useTranslations("classroom.providers");
  const title = caption ?? t("caption");
  const labels = providerLabels(locale);
  if (components.length === 0) return null;
  return (
    <div className="rounded-xl border border-stone-200 bg-white">
      {/* Phones: one small card per part; wider screens: the table. */}
      <div className="divide-y divide-stone-100 sm:hidden">
        <p className="px-4 pt-3 text-sm font-semibold text-stone-700">{title}</p>
        {localizedProviderMap(locale, components).map((c) => (
          <dl key={c.id} className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-0.5 px-4 py-3 text-sm">
            <dt className="col-span-2 font-semibold capitalize text-stone-900">{componentName(c.id, locale)}</dt>
            {PROVIDERS.map((p) => (
              <div key={p} className="contents">
                <dt className="text-stone-600">{labels[p]}</dt>
                <dd className="text-stone-800">{c[p]}</dd>
              </div>
            ))}
          </dl>
        ))}
      </div>
      <table className="hidden w-full text-left text-sm sm:table">
        <caption className="px-4 pt-3 text-left text-sm font-semibold text-stone-700">{title}</caption>
        <thead>
          <tr className="border-b border-stone-200 text-xs uppercase tracking-wide text-stone-600">
            <th scope="col" className="whitespace-nowrap px-4 py-2">
              {t("part")}
            </th>
            {PROVIDERS.map((p) => (
              <th key={p} scope="col" className="px-4 py-2">
                {labels[p]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {localizedProviderMap(locale, components).map((c) => (
            <tr key={c.id} className="border-b border-stone-100 last:border-0">
              <th scope="row" className="whitespace-nowrap px-4 py-2 align-top font-semibold capitalize text-stone-800">
                {componentName(c.id, locale)}
              </th>
              {PROVIDERS.map((p) => (
                <td key={p} className="px-4 py-2 align-top text-stone-700">
                  {c[p]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
