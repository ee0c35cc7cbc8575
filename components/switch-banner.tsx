// Shown once after crossing the header switch: one sentence on what changed, and that the carts are separate.
// `dismiss` is the store's own control (a plain link in the monolith, a button in the browser app).
import { useTranslations } from "next-intl";
import type { Mode } from "../core/architecture/switch-path";

export function SwitchBanner({ mode, dismiss }: { mode: Mode; dismiss: React.ReactNode }) {
  const t = useTranslations("switchBanner");
  const tone = mode === "monolith" ? "border-mono-500/30 bg-mono-50" : "border-sls-500/30 bg-sls-50";
  const dot = mode === "monolith" ? "bg-mono-500" : "bg-sls-500";
  return (
    <div role="status" className={`mb-6 flex flex-wrap items-start gap-3 rounded-2xl border px-5 py-4 text-sm text-stone-800 ${tone}`}>
      <span aria-hidden className={`mt-1.5 h-2.5 w-2.5 flex-none rounded-full ${dot}`} />
      <p className="min-w-0 flex-1">
        {mode === "serverless" ? t("toServerless") : t("toMonolith")} {mode === "serverless" ? t("cartToServerless") : t("cartToMonolith")}
      </p>
      {dismiss}
    </div>
  );
}
