// ARCH: the monolith keeps "recently viewed" on the server for a logged-in user (monolith/catalog/
// record-recently-viewed.ts, a row per view: the user's session row exists already). An anonymous visitor's
// list lives in this cookie instead, written by proxy.ts on a pet page view, so a plain GET never creates a
// database row (a classroom of cookieless clicks would otherwise fill the table). The serverless store keeps
// its list in localStorage (serverless/client/recently-viewed-store.ts). It holds only public pet ids, so it
// needs no signature: editing it changes nothing but the editor's own list.
import { env } from "../../core/config/env";

export const RECENTLY_VIEWED_COOKIE = "pst_rv";

export function recentlyViewedCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, secure: env().secureCookies, path: "/monolith", maxAge: 60 * 60 * 24 * 30 };
}

/** The pet id of a monolith pet page path, else null. */
export function petIdOfPath(pathname: string): number | null {
  const m = /^\/monolith\/pets\/(\d{1,9})$/.exec(pathname);
  return m ? Number(m[1]) : null;
}
