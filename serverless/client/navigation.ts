// Client-side navigation for the single-page app.
// ARCH: in the monolith every link and form is a full round trip to the server, which renders the next
// page. Here the browser changes the URL with the History API and renders the next view itself; Next.js
// keeps usePathname()/useSearchParams() in sync with native pushState/replaceState, and back/forward
// simply re-render from the URL.

import { safeReturnPath } from "../../core/navigation/safe-return-path";

export const BASE = "/serverless";

/** True for same-origin URLs inside the serverless store (and only those: /monolith and / load normally). */
export function isSpaUrl(url: URL): boolean {
  return url.origin === window.location.origin && (url.pathname === BASE || url.pathname.startsWith(`${BASE}/`));
}

export function navigate(href: string, options: { replace?: boolean } = {}): void {
  const url = new URL(href, window.location.href);
  if (!isSpaUrl(url)) {
    window.location.assign(url.href);
    return;
  }
  const target = url.pathname + url.search + url.hash;
  if (options.replace) {
    window.history.replaceState(null, "", target);
  } else {
    if (target === window.location.pathname + window.location.search + window.location.hash) return;
    window.history.pushState(null, "", target);
    // A new page starts at the top, as a full page load would.
    window.scrollTo({ top: 0 });
  }
}

/** `?next=` after login: only a path inside this store (never another site, never `//host`, never `/..//host`). */
export function safeNext(next: string | null | undefined): string {
  return safeReturnPath(next, BASE, [BASE]);
}

/** A GET form's fields as a URL (empty fields dropped, so the address stays readable). */
export function formToUrl(form: HTMLFormElement, submitter: HTMLElement | null): URL {
  const url = new URL(form.action, window.location.href);
  const params = new URLSearchParams();
  const data = new FormData(form, submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement ? submitter : null);
  for (const [key, value] of data) {
    if (typeof value === "string" && value.trim() !== "") params.append(key, value);
  }
  url.search = params.toString();
  return url;
}
