// The differences between the two traces of one action, in words: round trips from the browser, total time,
// cold starts, where auth ran and which components took part.
import type { LensSpan } from "@/lens/model/span";
import type { BrowserCall } from "./traced-fetch";

export type SideTrace = { calls: BrowserCall[]; spans: LensSpan[]; totalMs: number };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function describeDifferences(mono: SideTrace, sls: SideTrace): string[] {
  const out: string[] = [];
  const monoTrips = mono.calls.reduce((n, c) => n + (c.redirected ? 2 : 1), 0);
  const slsTrips = sls.calls.reduce((n, c) => n + (c.redirected ? 2 : 1), 0);
  out.push(
    `Serverless: ${plural(slsTrips, "network round trip")} from the browser vs ${monoTrips} for the monolith${monoTrips > mono.calls.length ? " (form posts answer with a redirect the browser follows)" : ""}.`,
  );
  const faster = sls.totalMs < mono.totalMs ? "serverless" : "monolith";
  out.push(
    `End to end the ${faster} side was faster: ${Math.round(mono.totalMs)} ms (monolith) vs ${Math.round(sls.totalMs)} ms (serverless).`,
  );
  for (const c of sls.calls.filter((c) => c.coldStart)) {
    out.push(
      `Cold start: ${c.servedBy ?? "a function"} started a new instance; that call took ${Math.round(c.functionMs ?? c.durationMs)} ms in the function (initialisation included).`,
    );
  }
  if (sls.calls.some((c) => c.coldStart === false))
    out.push("The serverless functions ran warm (an instance was reused), so no initialisation was paid.");
  if (sls.calls.some((c) => c.url.startsWith("/api/auth/")) || mono.calls.some((c) => c.url.includes("login"))) {
    out.push(
      "Auth ran in next-auth (the BaaS stand-in) and the browser then fetched a token for the functions, vs a password check and a session row inside the one monolith server.",
    );
  } else if (sls.calls.some((c) => c.url.startsWith("/api/baas/token"))) {
    out.push(
      "The serverless browser first asks the token service for a short-lived data-API token; the monolith checks its session cookie in-process.",
    );
  }
  const comps = (t: SideTrace) => [...new Set(t.spans.map((s) => s.component))];
  const monoComps = comps(mono);
  const slsComps = comps(sls);
  if (monoComps.length + slsComps.length > 0)
    out.push(
      `Components involved — monolith: ${monoComps.join(", ") || "none recorded"}; serverless: ${slsComps.join(", ") || "none recorded"}.`,
    );
  return out;
}
