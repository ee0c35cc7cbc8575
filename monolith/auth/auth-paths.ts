// Where the monolith's auth forms send the browser: after success (the safe `next` target) and back to the
// form after an error (with the non-secret fields prefilled — never the password).
import { clearFlash } from "../forms/flash-message";
import { safeReturnPath } from "../forms/handle-form-post";

export const LOGIN_PATH = "/monolith/login";
export const REGISTER_PATH = "/monolith/register";

/** The safe place to continue after logging in; never back to the login or register form itself. */
export function afterAuthPath(next: unknown): string {
  const target = safeReturnPath(next, "/monolith");
  if (/^\/monolith\/(login|register)(\/|$|\?)/.test(target)) return "/monolith";
  // A one-off message in the page we came from ("You are logged out.") must not show again afterwards.
  const url = new URL(target, "http://x");
  clearFlash(url);
  return `${url.pathname}${url.search}`;
}

export function backToForm(path: string, form: FormData, fields: readonly string[]): string {
  const params = new URLSearchParams();
  for (const field of fields) {
    const value = form.get(field);
    if (typeof value === "string" && value.length > 0 && value.length <= 300) params.set(field, value);
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

export function loginFormPath(form: FormData): string {
  return backToForm(LOGIN_PATH, form, ["next", "email"]);
}

export function registerFormPath(form: FormData): string {
  return backToForm(REGISTER_PATH, form, ["next", "name", "email"]);
}
