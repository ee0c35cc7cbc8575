// The header switch: the same page in the other architecture (`/monolith/pets/7` ⇄ `/serverless/pets/7`),
// search terms kept; form-only pages fall back to the nearest page that exists in both.

export type Mode = "monolith" | "serverless";

export const MODES: readonly Mode[] = ["monolith", "serverless"];

export function modeOfPath(pathname: string): Mode | null {
  const first = pathname.split("/")[1];
  return first === "monolith" || first === "serverless" ? first : null;
}

export function switchArchitecturePath(pathname: string, search: string, target: Mode): string {
  const mode = modeOfPath(pathname);
  if (!mode) return `/${target}`;
  const rest = pathname.slice(mode.length + 1) || "";
  const params = new URLSearchParams(search);
  // Keep what describes the page (search terms, filters, page number), drop one-off messages.
  for (const key of ["error", "notice", "next", "placed"]) params.delete(key);
  const qs = params.toString();
  return `/${target}${rest}${qs ? `?${qs}` : ""}`;
}

/** One sentence that says what changed when the visitor crossed to `target`. */
export function switchExplanation(target: Mode): string {
  return target === "serverless"
    ? "You are now in the serverless store: this page is a client-side app reading a data API with a short-lived token, and your cart lives in your browser."
    : "You are now in the monolith: one server renders every page, runs search and checkout, and keeps your cart in its database.";
}
