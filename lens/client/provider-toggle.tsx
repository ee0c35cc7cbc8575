"use client";
// "On your cloud": the serverless store's parts under the names one provider uses (data: core/architecture/provider-map).
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { componentName, localizedProviderMap, providerLabels } from "@/core/architecture/provider-map-zh";
import { PROVIDERS, type Provider } from "@/core/architecture/provider-map";

export function ProviderToggle() {
  const [provider, setProvider] = useState<Provider>("alibaba");
  const t = useTranslations("architecture");
  const locale = useLocale();
  const labels = providerLabels(locale);
  return (
    <div className="card p-5">
      <fieldset>
        <legend className="text-sm font-semibold text-stone-700">{t("providerLegend")}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {PROVIDERS.map((p) => (
            <label
              key={p}
              className={`cursor-pointer rounded-full border px-3 py-1.5 text-sm font-semibold has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-500 ${provider === p ? "border-stone-900 bg-stone-900 text-white" : "border-stone-300 bg-white text-stone-800 hover:bg-stone-100"}`}
            >
              <input type="radio" name="provider" value={p} checked={provider === p} onChange={() => setProvider(p)} className="sr-only" />
              {labels[p]}
            </label>
          ))}
        </div>
      </fieldset>
      <dl className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="provider-map" data-provider={provider}>
        {localizedProviderMap(locale).map((c) => (
          <div key={c.id} className="rounded-xl border border-stone-200 p-3">
            <dt className="text-xs font-semibold uppercase tracking-wide text-stone-600">{componentName(c.id, locale)}</dt>
            <dd className="mt-1 font-semibold text-stone-900">{c[provider]}</dd>
            <dd className="mt-1 text-xs text-stone-600">{c.role}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
