import "server-only";
// Where a cart form goes back to: the page that posted it (a validated same-site path from the
// `returnTo` field), without a message left over from an earlier redirect.
import { safeReturnPath } from "../forms/handle-form-post";

export const CART_PATH = "/monolith/cart";

export function cartReturnPath(form: FormData, fallback = CART_PATH): string {
  const url = new URL(safeReturnPath(form.get("returnTo"), fallback), "http://x");
  url.searchParams.delete("error");
  url.searchParams.delete("notice");
  return `${url.pathname}${url.search}`;
}
