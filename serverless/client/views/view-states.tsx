// Loading, error and not-found states shared by every view of the serverless store.
// ARCH: the monolith never shows a loading state — the server finishes the page before sending it. A
// browser app fetches after it renders, so each view has a skeleton while the data API answers.
import { useLocale, useTranslations } from "next-intl";
import { wordsIn } from "@/core/errors/error-text";
import { NotFoundCard } from "@/components/not-found-card";
import { ApiError } from "../data-api";

export function SkeletonGrid({ count = 8, label }: { count?: number; label?: string }) {
  const t = useTranslations("states");
  return (
    <div aria-busy="true" aria-live="polite">
      <span className="sr-only">{label ?? t("loadingPets")}…</span>
      <ul aria-hidden className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
        {Array.from({ length: count }, (_, i) => (
          <li key={i} className="card overflow-hidden">
            <div className="aspect-square animate-pulse bg-stone-200/70" />
            <div className="space-y-2 p-4">
              <div className="h-3 w-1/2 animate-pulse rounded bg-stone-200" />
              <div className="h-4 w-2/3 animate-pulse rounded bg-stone-200" />
              <div className="flex justify-between pt-1">
                <div className="h-5 w-16 animate-pulse rounded bg-stone-200" />
                <div className="h-5 w-14 animate-pulse rounded-full bg-stone-100" />
              </div>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SkeletonBlock({ className = "h-6 w-40" }: { className?: string }) {
  return <div aria-hidden className={`animate-pulse rounded-lg bg-stone-200 ${className}`} />;
}

export function Spinner({ label }: { label: string }) {
  return (
    <div aria-busy="true" className="flex items-center justify-center gap-3 py-16 text-stone-500">
      <span aria-hidden className="h-5 w-5 animate-spin rounded-full border-2 border-stone-300 border-t-sls-500" />
      <span>{label}…</span>
    </div>
  );
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return "Something went wrong while loading this page. Please try again.";
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useTranslations("states");
  const locale = useLocale();
  const message = error instanceof ApiError ? wordsIn(error.message, "internal", locale) : t("loadFailed");
  return (
    <div className="card flex flex-col items-center gap-4 px-6 py-12 text-center">
      <svg
        aria-hidden
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        strokeLinecap="round"
        strokeLinejoin="round"
        className="h-12 w-12 rounded-full bg-red-50 p-2.5 text-red-600"
      >
        <path d="M12 9v4m0 4h.01M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" />
      </svg>
      <p role="alert" className="max-w-md rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
        {message}
      </p>
      <button type="button" onClick={onRetry} className="btn-secondary">
        {t("retry")}
      </button>
    </div>
  );
}

export function NotFoundView() {
  return <NotFoundCard storeHref="/serverless" />;
}
