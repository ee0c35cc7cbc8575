// The header control "Architecture": a link group (works without JavaScript) with "Monolith" and
// "Serverless", each pointing at the same page in that architecture.
import { useTranslations } from "next-intl";
import type { Mode } from "../core/architecture/switch-path";

export function ArchitectureSwitch({ current, hrefs }: { current: Mode | null; hrefs: Record<Mode, string> }) {
  const t = useTranslations("header");
  const item = (mode: Mode, label: string, dot: string) => {
    const active = current === mode;
    return (
      <a
        href={hrefs[mode]}
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
      {item("serverless", t("serverless"), "bg-sls-500")}
    </div>
  );
}
