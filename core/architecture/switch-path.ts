// The header switch: the same page in the other architecture (`/monolith/pets/7` ⇄ `/serverless/pets/7`),
// search terms kept; form-only pages fall back to the nearest page that exists in both.

import { parseMode, type Mode } from "./mode";

export { MODES, type Mode } from "./mode";

/** `?via=switch` marks an arrival through the header switch (appended last, after the page's own params). */
export const SWITCH_PARAM = "via";
export const SWITCH_VALUE = "switch";

export function arrivedViaSwitch(search: string): boolean {
  return new URLSearchParams(search).get(SWITCH_PARAM) === SWITCH_VALUE;
}

/** The same address without the switch marker (where "Dismiss" leads). */
export function withoutSwitchMarker(pathname: string, search: string): string {
  const params = new URLSearchParams(search);
  params.delete(SWITCH_PARAM);
  const qs = params.toString();
  return `${pathname}${qs ? `?${qs}` : ""}`;
}

export function modeOfPath(pathname: string): Mode | null {
  return parseMode(pathname.split("/")[1]) ?? null;
}

export function switchArchitecturePath(pathname: string, search: string, target: Mode): string {
  const mode = modeOfPath(pathname);
  if (!mode) return `/${target}`;
  const rest = pathname.slice(mode.length + 1) || "";
  const params = new URLSearchParams(search);
  // Keep what describes the page (search terms, filters, page number), drop one-off messages.
  for (const key of ["error", "notice", "next", "placed", SWITCH_PARAM]) params.delete(key);
  // Crossing to the other store is marked, so the page there can say in one sentence what changed.
  if (target !== mode) params.set(SWITCH_PARAM, SWITCH_VALUE);
  const qs = params.toString();
  return `/${target}${rest}${qs ? `?${qs}` : ""}`;
}

/** One sentence that says what changed when the visitor crossed to `target`. */
export function switchExplanation(target: Mode): string {
  return target === "serverless"
    ? "You are now in the serverless store: this page is a client-side app reading a data API with a short-lived token, and your cart lives in your browser."
    : "You are now in the monolith: one server renders every page, runs search and checkout, and keeps your cart in its database.";
}

/** The second sentence of the arrival banner: the two carts are separate on purpose. */
export function switchCartNote(target: Mode): string {
  return target === "serverless"
    ? "Your monolith cart stays on the server; this store's cart lives in your browser."
    : "Your serverless cart stays in your browser; this store's cart lives on the server.";
}
