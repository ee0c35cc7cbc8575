"use client";
// The header control "Language": "English" and "简体中文", each written in its own language. A plain form of two
// submit buttons, so it works with JavaScript off (a POST that sets the cookie and answers 303 back to the same
// page); with `live`, the browser sends the choice as JSON and re-renders the page in place (no reload).
// ARCH: the monolith's form goes through its CSRF-checked form handler; the SPA (and the pages outside the stores)
// switch in place, keeping the app's state (the cart, the open view).
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALES, LOCALE_NAMES, type Locale } from "../core/i18n/locale";
import { CsrfField } from "./csrf-field";

export function LanguageSwitch({
  current,
  action,
  returnTo,
  csrfToken,
  live = false,
}: {
  current: Locale;
  /** Where the form posts without JavaScript. */
  action: string;
  /** The page to come back to (path and query). */
  returnTo: string;
  csrfToken?: string;
  live?: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    if (!live) return;
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    const locale = submitter instanceof HTMLButtonElement ? submitter.value : "";
    e.preventDefault();
    if (locale === current) return;
    const response = await fetch("/api/language", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ locale }),
    });
    // The server renders the new language: a refresh re-renders this route's server parts with the new
    // messages while the browser app's state stays.
    if (response.ok) startTransition(() => router.refresh());
  }

  return (
    <form action={action} method="post" onSubmit={onSubmit} aria-busy={pending || undefined}>
      {csrfToken ? <CsrfField token={csrfToken} /> : null}
      <input type="hidden" name="next" value={returnTo} />
      <div role="group" aria-label="Language · 语言" className="flex items-center gap-1 rounded-full bg-stone-200/80 p-1">
        {LOCALES.map((locale: Locale) => (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-pressed={locale === current}
            className={`rounded-full px-3 py-1 text-sm font-semibold transition-colors ${
              locale === current ? "bg-white text-stone-900 shadow" : "text-stone-600 hover:text-stone-900"
            }`}
          >
            {LOCALE_NAMES[locale]}
          </button>
        ))}
      </div>
    </form>
  );
}
