import "server-only";
// Where a cart form goes back to: the page that posted it (a validated same-site path from the
// `returnTo` field), without a message left over from an earlier redirect.
import { clearFlash } from "../forms/flash-message";
import { safeReturnPath } from "../forms/handle-form-post";

export const CART_PATH = "/monolith/cart";

export function cartReturnPath(form: FormData, fallback = CART_PATH): string {
  const url = new URL(safeReturnPath(form.get("returnTo"), fallback), "http://x");
  clearFlash(url);
  return `${url.pathname}${url.search}`;
}
