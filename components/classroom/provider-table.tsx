// What each component of the serverless store is called on three clouds (data in core/architecture/provider-map).
import { PROVIDERS, PROVIDER_LABELS, type ProviderComponent } from "@/core/architecture/provider-map";

export function ProviderTable({ components, caption = "The same parts on other clouds" }: { components: readonly ProviderComponent[]; caption?: string }) {
  if (components.length === 0) return null;
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="px-4 pt-3 text-left text-sm font-semibold text-stone-700">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-200 text-xs uppercase tracking-wide text-stone-600">
            <th scope="col" className="px-4 py-2">Part</th>
            {PROVIDERS.map((p) => (
              <th key={p} scope="col" className="px-4 py-2">{PROVIDER_LABELS[p]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {components.map((c) => (
            <tr key={c.id} className="border-b border-stone-100 last:border-0">
              <th scope="row" className="px-4 py-2 align-top font-semibold capitalize text-stone-800">{c.id}</th>
              {PROVIDERS.map((p) => (
                <td key={p} className="px-4 py-2 align-top text-stone-700">{c[p]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
