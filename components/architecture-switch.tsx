// The header control "Architecture": a link group (works without JavaScript) with "Monolith", "Hybrid" and
// "Serverless", each pointing at the same page in that store (the hybrid: its home, unless a page says otherwise).
import { useTranslations } from "next-intl";
import type { Store } from "../core/architecture/mode";
import type { Mode } from "../core/architecture/switch-path";

export function ArchitectureSwitch({ current, hrefs }: { current: Store | null; hrefs: Record<Mode, string> & { hybrid?: string } }) {
  const t = useTranslations("header");
  const all = { hybrid: "/hybrid", ...hrefs };
  const item = (mode: Store, label: string, dot: string) => {
    const active = current === mode;
    return (
      <a
        href={all[mode]}
        aria-current={active ? "page" : undefined}
        className={`flex items-center gap-1.5 rounded-full px-3 py-1 text-sm font-semibold transition-colors ${
          active ? "bg-white text-stone-900 shadow" : "text-stone-600 hover:text-stone-900"
        }`}
      >
        <span aria-hidden className={`h-2 w-2 rounded-full ${dot}`} />
        {label}
      </a>
    );
  };
  return (
    <div role="group" aria-label={t("architecture")} className="flex items-center gap-1 rounded-full bg-stone-200/80 p-1">
      {item("monolith", t("monolith"), "bg-mono-500")}
      {item("hybrid", t("hybrid"), "bg-fuchsia-600")}
      {item("serverless", t("serverless"), "bg-sls-500")}
    </div>
  );
}
