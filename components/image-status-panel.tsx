// The per-step status of one upload (thumbnail → store → metadata → index), shared by both admin pages.
// A failed upload's reason is an alert (role="alert"); progress is a polite live region.
import { useLocale, useTranslations } from "next-intl";
import { wordsIn } from "@/core/errors/error-text";
import type { Locale } from "@/core/i18n/locale";
import type { ImageStatusDto } from "@/core/images/image-status-dto";

const STEPS = new Set(["thumbnail", "store", "metadata", "index"] as const);
type KnownStep = typeof STEPS extends Set<infer S> ? S : never;
export const isKnownStep = (step: string): step is KnownStep => STEPS.has(step as KnownStep);

const BADGE: Record<string, string> = {
  queued: "bg-stone-100 text-stone-700",
  running: "bg-sky-100 text-sky-800",
  waiting: "bg-amber-100 text-amber-900",
  done: "bg-emerald-100 text-emerald-800",
  failed: "bg-red-100 text-red-800",
};

/**
 * `stepCaption` adds a line under each step (the serverless page names the function that ran it);
 * `actions` are extra controls shown once the pet is in the store.
 */
export function ImageStatusPanel({
  status,
  searchHref,
  petHref,
  stepCaption,
  actions,
}: {
  status: ImageStatusDto;
  searchHref?: string;
  petHref?: string;
  stepCaption?: (step: string) => React.ReactNode;
  actions?: React.ReactNode;
}) {
  const t = useTranslations("admin");
  const locale = useLocale() as Locale;
  // The pipeline records a step's reason in English (it is stored); it is put into the visitor's language here.
  const reason = (message: string) => wordsIn(message, "internal", locale);
  return (
    <section aria-labelledby={`upload-${status.id}`} className="space-y-3 rounded-2xl border border-stone-200 bg-white p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`upload-${status.id}`} className="text-lg font-semibold">
          {t("statusPanel.processing", { name: status.petName })}
        </h2>
        <span data-testid="upload-status" className={`rounded-full px-3 py-1 text-sm font-semibold ${BADGE[status.status]}`}>
          {t(`state.${status.status}`)}
        </span>
      </div>
      <ol aria-live="polite" className="grid gap-2 sm:grid-cols-4">
        {status.steps.map((s, i) => (
          <li key={s.step} data-step={s.step} data-status={s.status} className="rounded-xl border border-stone-200 p-3 text-sm">
            <div className="font-medium">
              {i + 1}. {isKnownStep(s.step) ? t(`stepLabel.${s.step}`) : s.step}
            </div>
            <div className="mt-1 flex flex-wrap items-center gap-2">
              <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${BADGE[s.status]}`}>{t(`state.${s.status}`)}</span>
              {s.attempts > 1 ? <span className="text-xs text-stone-600">{t("statusPanel.attempt", { count: s.attempts })}</span> : null}
              {s.durationMs !== null ? <span className="text-xs text-stone-600">{s.durationMs} ms</span> : null}
            </div>
            {stepCaption ? <div className="mt-1 text-xs text-stone-500">{stepCaption(s.step)}</div> : null}
            {s.error ? (
              <p className={`mt-1 text-xs ${s.status === "waiting" ? "text-amber-900" : "text-red-800"}`}>{reason(s.error)}</p>
            ) : null}
          </li>
        ))}
      </ol>
      {status.status === "failed" ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
          {t("statusPanel.notAdded", { reason: status.error ? reason(status.error) : t("statusPanel.processingFailed") })}
        </p>
      ) : null}
      {status.status === "done" ? (
        <div
          role="status"
          className="flex flex-wrap items-center gap-4 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
        >
          {status.thumbnailUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- a 160 px WebP the pipeline just made
            <img
              src={status.thumbnailUrl}
              alt={t("statusPanel.thumbnailOf", { name: status.petName })}
              width={64}
              height={64}
              className="h-16 w-16 rounded-lg object-cover"
            />
          ) : null}
          <span>
            {t("statusPanel.inStore", { name: status.petName })}{" "}
            {petHref ? (
              <a className="font-semibold underline" href={petHref}>
                {t("statusPanel.viewPet")}
              </a>
            ) : null}
            {searchHref ? (
              <>
                {" "}
                ·{" "}
                <a className="font-semibold underline" href={searchHref}>
                  {t("statusPanel.searchFor")}
                </a>
              </>
            ) : null}
            {actions ? <> · {actions}</> : null}
          </span>
        </div>
      ) : null}
    </section>
  );
}
