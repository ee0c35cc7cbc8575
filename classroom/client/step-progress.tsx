// "Step n of N" with a progress bar the screen reader announces as such. Works without JavaScript.
import { useTranslations } from "next-intl";

export function StepProgress({ n, total, size = "md" }: { n: number; total: number; size?: "md" | "lg" }) {
  const t = useTranslations("classroom.progress");
  const pct = Math.round((n / total) * 100);
  return (
    <div className={size === "lg" ? "space-y-2" : "space-y-1.5"}>
      <p className={`${size === "lg" ? "text-base" : "text-sm"} font-semibold text-stone-600`} data-testid="step-counter">
        {t("counter", { n, total })}
      </p>
      <div
        role="progressbar"
        aria-label={t("label")}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={n}
        aria-valuetext={t("counter", { n, total })}
        className={`${size === "lg" ? "h-3" : "h-2"} w-full overflow-hidden rounded-full bg-stone-200`}
      >
        <div
          className="h-full rounded-full bg-gradient-to-r from-brand-500 to-brand-700 transition-[width] duration-500"
          style={{ width: `${pct}%` }}
        />
      </div>
    </div>
  );
}
